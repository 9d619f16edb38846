import type { DocumentRecord, Resolution } from '@sanad/ingest/schema.ts';
import { fa, faId, jalaliLong, KIND_LABEL } from './format.ts';

/**
 * A citation for legal checks and letters: convening body, meeting number, Jalali date,
 * the resolution (بند) when given, the subject and a link back to the archive.
 */
export function citation(
  doc: Pick<DocumentRecord, 'kind' | 'title' | 'organisations' | 'meetingNumber' | 'dateJalali'>,
  link: string,
  resolution?: Pick<Resolution, 'number'> | null,
): string {
  const parts: string[] = [];
  parts.push(doc.organisations[0] ?? KIND_LABEL[doc.kind] ?? 'سند');
  if (doc.meetingNumber !== null) parts.push(`جلسهٔ شمارهٔ ${faId(doc.meetingNumber)}`);
  parts.push(doc.dateJalali ? `مورخ ${jalaliLong(doc.dateJalali)}` : 'بی‌تاریخ');
  if (resolution && resolution.number !== null) parts.push(`بند ${fa(resolution.number)}`);
  const head = parts.join('، ');
  const subject = doc.title ? ` — موضوع: ${doc.title}` : '';
  return `${head}${subject} (${link})`;
}
