import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { partyMentions } from './parties.ts';

/** Commitments of a text dated 1401/03/11 (2022-06-01). */
function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2022-06-01', resolutions: [] });
}

describe('party words at a letter boundary (letter classes of parse/boundary.ts)', () => {
  it('a body followed by «،» is found; a week or day named after a body is not a party', () => {
    expect(partyMentions('در این جلسه شهرداری، تامین اعتبار را بر عهده گرفت.').map((m) => m.name)).toEqual(['شهرداری']);
    const [c] = find('مدیر شعب بانک ملت گفت: در هفته دولت، شعبه جدید بانک ملت در شهرستان نور راه اندازی می‌شود.');
    expect(c!.parties).toEqual(['بانک ملت']);
  });
});
