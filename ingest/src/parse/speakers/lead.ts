/**
 * The subject of a news lead given by its office, whatever its verb: «بوشهر - خبرگزاری فارس -
 * معاون وزیر نیرو … از آب‌شیرین‌کن‌ها بازدید کرد.» ⏎ «به گفته صفایی، …»: the name first written
 * without a role is that office. Pure.
 */
import { sentenceEnd } from '../sentences.ts';
import { stripLeadIn } from './clauses.ts';
import { clauseSpeaker } from './patterns.ts';
import { isRoleHead, words } from './words.ts';
import type { RawSpeaker } from './words.ts';

// The lead opens within the first lines, under the headline and the outlet's line.
const LEAD_LINES = 6;

/** The office that is the subject of the lead sentence «PLACE - OUTLET - ROLE …», if any. */
export function leadSubject(text: string): RawSpeaker[] {
  let at = 0;
  for (let k = 0; k < LEAD_LINES && at < text.length; k++) {
    const eol = text.indexOf('\n', at);
    const line = text.slice(at, eol < 0 ? text.length : eol);
    const body = stripLeadIn(line);
    // A dateline or an opener stripped, and an office right after it.
    if (body.length < line.trim().length && isRoleHead(words(body)[0] ?? '')) {
      const from = at + line.length - body.length;
      const found = clauseSpeaker(text.slice(from, sentenceEnd(text, from)), from);
      return found && !found.name && found.role ? [{ name: null, role: found.role, pos: from }] : [];
    }
    if (eol < 0) break;
    at = eol + 1;
  }
  return [];
}
