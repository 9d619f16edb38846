/**
 * The document page's «تعهدات» list (pure): one item per commitment with the anchor ledger
 * links use (`commitment-c3`); the page finds the clause's passage by its text.
 */
import type { Commitment, DocumentRecord } from '@sanad/ingest/schema.ts';
import { commitmentAnchor } from '@sanad/ingest/search/commitments.ts';

/** One line of the document page's «تعهدات» list. */
export interface CommitmentItem extends Pick<
  Commitment,
  'id' | 'parties' | 'amounts' | 'purpose' | 'deadline' | 'page' | 'source' | 'text'
> {
  anchor: string;
}

export function commitmentItems(record: Pick<DocumentRecord, 'commitments'>): CommitmentItem[] {
  return record.commitments.map((c) => ({
    id: c.id,
    anchor: commitmentAnchor(c.id),
    source: c.source,
    parties: c.parties,
    amounts: c.amounts,
    purpose: c.purpose,
    deadline: c.deadline,
    page: c.page,
    text: c.text,
  }));
}
