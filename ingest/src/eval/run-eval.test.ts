import { describe, expect, it } from 'vitest';
import { formatReport, type EvalReport } from './run-eval.ts';

describe('formatReport: misses of chosen fields', () => {
  const report: EvalReport = {
    sets: [],
    overall: {},
    missingDocuments: [],
    relevance: null,
    failures: [
      {
        set: 'real2',
        id: '301',
        failures: [
          { field: 'speakers', missing: ['خانی (نایب رئیس)'], extra: [] },
          { field: 'organisations', missing: ['شهرداری'], extra: [] },
        ],
      },
      { set: 'real2', id: '303', failures: [{ field: 'organisations', missing: [], extra: ['شورا'] }] },
      { set: 'real2', id: '305', failures: [{ field: 'commit_parties @ مقرر شد', missing: ['بانک ملی'], extra: [] }] },
    ],
  };
  it('lists only documents and fields asked for, sub-keyed fields by their name', () => {
    const out = formatReport(report, { failures: true, fields: ['speakers', 'commit_parties'] });
    expect(out).toContain('-- real2/301');
    expect(out).toContain('speakers: missing [خانی (نایب رئیس)]');
    expect(out).not.toContain('organisations');
    expect(out).not.toContain('real2/303');
    expect(out).toContain('commit_parties @ مقرر شد: missing [بانک ملی]');
  });
  it('without fields, every failure', () => {
    expect(formatReport(report, { failures: true })).toContain('-- real2/303');
  });
});
