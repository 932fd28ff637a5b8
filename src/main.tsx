import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { serviceWorkerUrl } from '@/lib/trusted-types';
import { yieldToMain } from '@/lib/yield-to-main';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page is already readable (prerendered HTML), so the app starts in steps, each its own task:
// this script evaluates React DOM; the router, the query cache and the app's code come in a second
// chunk (src/app/start.tsx); then the page hydrates in slices. One long task would freeze a phone
// while the reader is already scrolling.
await yieldToMain();
const { prepareApp } = await import('@/app/start');
const { element, hydrate } = await prepareApp(root);
await yieldToMain();
// From here React owns the page's controls (it replays a click that comes before hydration ends);
// the head script's stand-in for the phone menu stops. RootLayout marks the app `running`.
document.documentElement.dataset.app = 'starting';
if (hydrate) {
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread for the whole page: the reader can scroll and tap while it runs.
  startTransition(() => {
    hydrateRoot(root, element);
  });
} else {
  root.replaceChildren();
  createRoot(root).render(element);
}

// Offline reading (vite-plugin-pwa's service worker). Registered after load so it never competes
// with the page's own requests; production builds only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => {
    navigator.serviceWorker.register(serviceWorkerUrl()).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
