/**
 * How the reader points and types, for useSyncExternalStore. The snapshot is a cached value that only
 * `subscribe` (run by React after commit, like an effect) refreshes from the browser, so rendering —
 * on the server or while hydrating — never touches `window` or `navigator`, and the first client render
 * matches the prerendered HTML ("keys", no touch) before switching.
 */

/** `keys`: Ctrl+Enter; `mac`: ⌘+Enter; `touch`: a touch screen is the main pointer. */
export type HintStyle = 'keys' | 'mac' | 'touch';

const SERVER_STYLE = 'keys' as const;
let hint: HintStyle = SERVER_STYLE;
/** Any touch input at all (a phone, a tablet, a touch-screen laptop): the "Report a typo" button shows. */
let touch = false;

const QUERIES = ['(pointer: coarse)', '(any-pointer: coarse)'] as const;

/** Media queries, or none where the environment lacks matchMedia (jsdom, very old browsers). */
const media = () => (typeof window.matchMedia === 'function' ? QUERIES.map((query) => window.matchMedia(query)) : []);

function read(): void {
  const [primary, any] = media();
  const coarse = primary?.matches ?? false;
  touch = coarse || (any?.matches ?? false) || navigator.maxTouchPoints > 0;
  // userAgentData is Chromium-only; `platform` is deprecated but still the one signal Safari gives.
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  hint = coarse ? 'touch' : /mac/i.test(platform) ? 'mac' : 'keys';
}

function subscribe(onChange: () => void): () => void {
  const queries = media();
  const update = () => {
    const before = `${hint}|${String(touch)}`;
    read();
    if (`${hint}|${String(touch)}` !== before) onChange();
  };
  update();
  for (const query of queries) query.addEventListener('change', update);
  return () => {
    for (const query of queries) query.removeEventListener('change', update);
  };
}

export const hintStyleStore = {
  subscribe,
  getSnapshot: (): HintStyle => hint,
  getServerSnapshot: (): HintStyle => SERVER_STYLE,
};

export const touchStore = {
  subscribe,
  getSnapshot: (): boolean => touch,
  getServerSnapshot: (): boolean => false,
};
