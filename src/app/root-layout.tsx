import { Outlet } from 'react-router-dom';
import { RouteAnnouncer } from '@/components/route-announcer';
import { ScrollManager } from './scroll-manager';

/**
 * New pages start at the top; back and forward restore where the reader was (ScrollManager). Each client-side
 * navigation moves focus to the new page and announces it (RouteAnnouncer).
 */
export function RootLayout() {
  return (
    <>
      <ScrollManager />
      <Outlet />
      <RouteAnnouncer />
    </>
  );
}
