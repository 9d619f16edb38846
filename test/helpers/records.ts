export { blankRecord, blankResolution } from '@sanad/ingest/blank-record.ts';
