import { describe, expect, it } from 'vitest';
import { JobViewSchema } from '@sanad/ingest/schema.ts';
import type { JobRow } from '@sanad/ingest/store/store.ts';
import { jobView } from './api.routes.ts';

const job: JobRow = {
  id: 'j1',
  status: 'done',
  filename: 'scan.jpg',
  sha256: 'a'.repeat(64),
  mime: 'image/jpeg',
  bytes: 10,
  documentId: 'd1',
  error: null,
  errorCode: null,
  progress: { stage: 'done', fraction: 1 },
  attempts: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('job view', () => {
  it("carries the document's page warnings when a finished job's pages could not be read", () => {
    const v = jobView(job, [{ code: 'page_unreadable', page: 2 }]);
    expect(v.warnings).toEqual([{ code: 'page_unreadable', page: 2 }]);
    expect(JobViewSchema.parse(v)).toEqual(v);
  });

  it('has no warnings field when every page read', () => {
    expect(jobView(job, [])).not.toHaveProperty('warnings');
    expect(jobView(job)).not.toHaveProperty('warnings');
  });
});
