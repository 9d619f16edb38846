import type { ArchiveStore } from '@sanad/ingest/store/store.ts';
import { CANCELLED_MESSAGE, type CancelResult, type JobControl } from './job-runner.ts';

/**
 * Cancel a job through the runner that works it; without a runner (an API-only app) a job
 * that has not finished is marked cancelled in the store and will never be claimed.
 */
export async function cancelJob(store: ArchiveStore, jobs: JobControl | undefined, id: string): Promise<CancelResult> {
  if (jobs) return jobs.cancel(id);
  const job = store.getJob(id);
  if (!job) return 'not_found';
  if (job.status === 'done' || job.status === 'failed') return 'finished';
  store.failJob(id, 'cancelled', CANCELLED_MESSAGE);
  return 'cancelled';
}
