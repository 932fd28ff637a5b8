import { useEffect } from 'react';
import { Outlet } from 'react-router-dom';
import { RouteAnnouncer } from '@/components/route-announcer';
import { ScrollManager } from './scroll-manager';

/**
 * New pages start at the top; back and forward restore where the reader was (ScrollManager). Each client-side
 * navigation moves focus to the new page and announces it (RouteAnnouncer).
 */
export function RootLayout() {
  // Controls that need the app (theme, text size, share) show once it runs: see global.css.
  useEffect(() => {
    document.documentElement.dataset.app = 'running';
  }, []);
  return (
    <>
      <ScrollManager />
      <Outlet />
      <RouteAnnouncer />
    </>
  );
}
