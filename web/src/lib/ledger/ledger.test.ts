import { describe, expect, it } from 'vitest';
import { ledgerCsvHref, ledgerRequest, overdue, sameFilter, tomanCompact } from './ledger.ts';

describe('ledger URL state', () => {
  it('reads filters, Jalali dates, a known sort and due; ignores unknown ones', () => {
    const r = ledgerRequest(
      new URLSearchParams(
        'q=وام&party=بانک+ملی&party=بنیاد+برکت&year=۱۴۰۱&from=۱۴۰۱&sort=amount_desc&due=passed&page=2',
      ),
    );
    expect(r.api.getAll('party')).toEqual(['بانک ملی', 'بنیاد برکت']);
    expect(r.api.get('year')).toBe('1401');
    expect(r.api.get('from')).toBe('1401/01/01');
    expect(r.api.get('sort')).toBe('amount_desc');
    expect(r.api.get('due')).toBe('passed');
    expect(r.page).toBe(2);
    const bad = ledgerRequest(new URLSearchParams('sort=cheap&due=soon'));
    expect(bad.sort).toBe('relevance');
    expect(bad.due).toBeNull();
    expect(bad.api.has('sort')).toBe(false);
    expect(bad.api.has('due')).toBe(false);
  });

  it('builds the CSV and summary requests of the same filter', () => {
    const { api } = ledgerRequest(new URLSearchParams('party=بانک+ملی&sort=due_asc&page=3'));
    const csv = new URL(ledgerCsvHref(api), 'http://x');
    expect(csv.pathname).toBe('/api/commitments');
    expect(csv.searchParams.get('format')).toBe('csv');
    expect(csv.searchParams.get('sort')).toBe('due_asc');
    expect(csv.searchParams.has('page')).toBe(false);
    const sum = sameFilter(api, { by: 'year' });
    expect(sum.get('by')).toBe('year');
    expect(sum.getAll('party')).toEqual(['بانک ملی']);
    expect(sum.has('sort') || sum.has('page') || sum.has('perPage')).toBe(false);
  });
});

describe('ledger formatting', () => {
  it('marks a due date before today as passed', () => {
    expect(overdue({ deadline: { text: 'ظرف یک ماه', due: '2022-10-09' } }, '2024-01-01')).toBe(true);
    expect(overdue({ deadline: { text: 'تا ۱۵ مهر ۱۴۰۳', due: '2024-10-06' } }, '2024-01-01')).toBe(false);
    expect(overdue({ deadline: { text: 'در اسرع وقت', due: null } }, '2024-01-01')).toBe(false);
    expect(overdue({ deadline: null }, '2024-01-01')).toBe(false);
  });

  it('writes sums compactly in Persian digits', () => {
    expect(tomanCompact(46_000_000_000)).toBe('۴۶ میلیارد تومان');
    expect(tomanCompact(2_500_000)).toBe('۲٫۵ میلیون تومان');
    expect(tomanCompact(2_500_000_000_000)).toBe('۲٫۵ هزار میلیارد تومان');
    expect(tomanCompact(950_000)).toBe('۹۵۰٬۰۰۰ تومان');
  });
});
