import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Route tests load lazy page chunks: give them time on a busy two-core CI machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: scroll restoration has nothing to do in unit tests.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});
