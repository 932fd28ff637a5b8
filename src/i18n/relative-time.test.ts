import { describe, expect, it } from 'vitest';
import { formatRelative } from './format';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { ru } from './messages/ru';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();

describe('relative times', () => {
  it('says minutes and hours ago in English', () => {
    expect(formatRelative(ago(5), NOW, 'en-GB', en)).toBe('5 minutes ago');
    expect(formatRelative(ago(180), NOW, 'en-GB', en)).toBe('3 hours ago');
  });

  it('uses the three Russian plural forms', () => {
    expect(formatRelative(ago(60), NOW, 'ru-RU', ru)).toBe('1 час назад');
    expect(formatRelative(ago(180), NOW, 'ru-RU', ru)).toBe('3 часа назад');
    expect(formatRelative(ago(300), NOW, 'ru-RU', ru)).toBe('5 часов назад');
  });

  it('speaks German and French', () => {
    expect(formatRelative(ago(120), NOW, 'de-DE', de)).toBe('vor 2 Stunden');
    expect(formatRelative(ago(10), NOW, 'fr-FR', fr)).toBe('il y a 10 minutes');
  });

  it('leaves stories older than a day, or dated in the future, to the absolute date', () => {
    expect(formatRelative(ago(60 * 25), NOW, 'en-GB', en)).toBeUndefined();
    expect(formatRelative(ago(-120), NOW, 'en-GB', en)).toBeUndefined();
  });
});
