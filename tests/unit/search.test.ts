import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../src/search/excerpt';

describe(excerptParts.name, () => {
  test('returns plain and marked runs in order when Pagefind marks words', () => {
    expect(excerptParts('nginx logs <mark>prematurely</mark> <mark class="">closed</mark> here')).toEqual([
      { text: 'nginx logs ', marked: false },
      { text: 'prematurely', marked: true },
      { text: ' ', marked: false },
      { text: 'closed', marked: true },
      { text: ' here', marked: false },
    ]);
  });

  test('returns escaped page text as the characters it stands for, once', () => {
    expect(excerptParts('grep &#39;&lt;title&gt;&#39; &amp;lt; &quot;x&quot;')).toEqual([
      { text: `grep '<title>' &lt; "x"`, marked: false },
    ]);
  });

  test('returns markup other than <mark> as text, never as elements', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><mark><b>bold</b></mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: '<b>bold</b>', marked: true },
    ]);
  });

  test('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
