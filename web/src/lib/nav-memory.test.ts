import { describe, expect, it } from 'vitest';
import { backToResultsHref, rememberNavigation } from './nav-memory.ts';

describe('back to results', () => {
  it('falls back to a search for the query, then remembers the search a document was opened from', () => {
    expect(backToResultsHref('')).toBe('/');
    expect(backToResultsHref('بانک')).toBe(`/?q=${encodeURIComponent('بانک')}`);
    const search = new URL('http://x/?q=a&kind=news&page=2');
    rememberNavigation(search, new URL('http://x/documents/0123456789abcdef?q=a#page-2'));
    rememberNavigation(new URL('http://x/documents/0123456789abcdef'), new URL('http://x/commitments'));
    expect(backToResultsHref('a')).toBe('/?q=a&kind=news&page=2');
  });
});
