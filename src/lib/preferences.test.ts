import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/* Each test gets a fresh module: the choices of this visit live in module state. */
async function load() {
  vi.resetModules();
  return import('./preferences');
}

beforeEach(() => {
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-text-size');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading preferences', () => {
  it('start from the system theme and the standard text size', async () => {
    const { readTextSize, readTheme } = await load();
    expect(readTheme()).toBe('system');
    expect(readTextSize()).toBe('standard');
  });

  it('read back what was stored, and ignore anything that is not one of ours', async () => {
    localStorage.setItem('meridian:theme', 'dark');
    localStorage.setItem('meridian:text-size', 'larger');
    const first = await load();
    expect(first.readTheme()).toBe('dark');
    expect(first.readTextSize()).toBe('larger');

    localStorage.setItem('meridian:theme', '<script>');
    localStorage.setItem('meridian:text-size', '999');
    const second = await load();
    expect(second.readTheme()).toBe('system');
    expect(second.readTextSize()).toBe('standard');
  });

  it('remember a choice and put it on the document element, removing it for the defaults', async () => {
    const { setTextSize, setTheme } = await load();
    setTheme('dark');
    setTextSize('large');
    expect(localStorage.getItem('meridian:theme')).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.textSize).toBe('large');

    setTheme('system');
    setTextSize('standard');
    expect(localStorage.getItem('meridian:theme')).toBe('system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
  });

  it('keep a choice for the visit when storage refuses it', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { readTheme, setTheme } = await load();
    expect(() => {
      setTheme('light');
    }).not.toThrow();
    expect(readTheme()).toBe('light');
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('tell subscribers about changes here and in other tabs', async () => {
    const { readTheme, setTheme, subscribePreferences } = await load();
    const listener = vi.fn();
    const unsubscribe = subscribePreferences(listener);
    setTheme('dark');
    expect(listener).toHaveBeenCalledTimes(1);

    localStorage.setItem('meridian:theme', 'light');
    window.dispatchEvent(new StorageEvent('storage', { key: 'meridian:theme' }));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(readTheme()).toBe('light');
    expect(document.documentElement.dataset.theme).toBe('light');

    unsubscribe();
    setTheme('system');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
