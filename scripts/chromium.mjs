// Which Chromium the browser tests and the benchmark drive, and how: Debian's package (or
// CHROME_PATH), since Playwright's own browser download is not available here.

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Needed as root in CI, and to keep Chromium off the network it cannot reach here. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
