import { describe, expect, it } from 'vitest';
import { readDateBound } from './date-bounds.ts';

describe('readDateBound: one end of a date range as typed', () => {
  it.each([
    ['1395', 'start', '1395/01/01', '2016-03-20'],
    ['1395', 'end', '1395/12/30', '2017-03-20'],
    ['۱۴۰۱', 'end', '1401/12/29', '2023-03-20'],
    ['1401/7', 'start', '1401/07/01', '2022-09-23'],
    ['۱۴۰۱/۰۷', 'end', '1401/07/30', '2022-10-22'],
    ['1401/06', 'end', '1401/06/31', '2022-09-22'],
    ['1401/08/05', 'start', '1401/08/05', '2022-10-27'],
    ['2022-03-21', 'end', '1401/01/01', '2022-03-21'],
  ] as const)('%s (%s)', (raw, end, jalali, iso) => {
    expect(readDateBound(raw, end)).toEqual({ jalali, iso });
  });

  it.each(['', 'abc', '1401/13', '2022-02-30', '99', '1401/02/40'])('«%s» is not a date', (raw) => {
    expect(readDateBound(raw, 'start')).toBeNull();
  });
});
