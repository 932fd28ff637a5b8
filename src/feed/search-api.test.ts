import { excerptParts } from './search-api';

describe('a search result’s excerpt', () => {
  it('marks the words that matched and keeps the rest as text', () => {
    expect(excerptParts('The <mark>tide</mark> gauges and <mark>tides</mark>.')).toEqual([
      { text: 'The ', marked: false },
      { text: 'tide', marked: true },
      { text: ' gauges and ', marked: false },
      { text: 'tides', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('reads escaped characters as the characters they stand for, never as markup', () => {
    expect(excerptParts('&lt;script&gt; &amp; <mark>caf&#39;s</mark>')).toEqual([
      { text: '<script> & ', marked: false },
      { text: "caf's", marked: true },
    ]);
  });
});
