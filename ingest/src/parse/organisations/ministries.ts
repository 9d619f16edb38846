/**
 * Ministries named as «وزارت X» or through their minister («وزیر محترم X», «معاون وزیر X»),
 * by the registry of data/bodies.ts; the mention carries the ministry's official name. The
 * common slip «وزرات» for «وزارت» names the ministry too. Pure.
 */
import { MINISTRIES } from '../data/bodies.ts';
import { escapeRegex, fold, foldWithMap, sourceSpan } from '../fold.ts';
import { AR_LETTER } from '../../text/chars.ts';

/** An alias as a pattern: words separated by any spaces, none, or a «،». */
function aliasSource(alias: string): string {
  return fold(alias).trim().split(/\s+/).map(escapeRegex).join('\\s*[،,]?\\s*');
}

const FORMS = MINISTRIES.flatMap((m) =>
  m.aliases.map((a) => ({ canonical: m.canonical, source: aliasSource(a) })),
).sort((a, b) => b.source.length - a.source.length);
const MINISTRY_RE = new RegExp(
  `(?<![${AR_LETTER}])(وزارت|وزرات|وزیر)(?:\\s+محترم)?\\s*(?:${FORMS.map((f) => `(${f.source})`).join('|')})(?![${AR_LETTER}])`,
  'g',
);

/** A ministry named in the text: canonical name and its span in the (light-folded) text. */
export interface MinistryMention {
  name: string;
  index: number;
  end: number;
  /** Named through its minister («وزیر X»), not as a body. */
  byMinister: boolean;
}

/** Ministries named in a light-folded text, in text order. */
export function findMinistries(text: string): MinistryMention[] {
  const folded = foldWithMap(text);
  const out: MinistryMention[] = [];
  MINISTRY_RE.lastIndex = 0;
  for (let m = MINISTRY_RE.exec(folded.text); m; m = MINISTRY_RE.exec(folded.text)) {
    const at = m.slice(2).findIndex((g) => g !== undefined);
    if (at < 0) continue;
    const [index, end] = sourceSpan(folded, m.index, m.index + m[0].length);
    out.push({ name: FORMS[at]!.canonical, index, end, byMinister: m[1] === 'وزیر' });
  }
  return out;
}
