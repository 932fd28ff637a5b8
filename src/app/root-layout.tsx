import { Outlet, ScrollRestoration } from 'react-router-dom';
import { RouteAnnouncer } from '@/components/route-announcer';

/**
 * New pages start at the top; back and forward restore where the reader was. Each client-side
 * navigation moves focus to the new page and announces it (RouteAnnouncer).
 */
export function RootLayout() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
      <RouteAnnouncer />
    </>
  );
}
