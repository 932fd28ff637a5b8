import { Outlet, ScrollRestoration } from 'react-router-dom';

/** New pages start at the top; back and forward restore where the reader was. */
export function RootLayout() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}
