export { blankRecord } from '@sanad/ingest/blank-record.ts';
