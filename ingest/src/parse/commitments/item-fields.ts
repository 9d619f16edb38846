/**
 * «label: value» lines right under an item of minutes («مسئول پیگیری: …», «مهلت: …», «ناظر: …»):
 * the responsible bodies, deadline and supervisor the item's own sentence leaves out. Pure.
 */
import { fold, tidy } from '../fold.ts';
import { canonicalParty } from './parties.ts';

/** What the field lines under an item say. */
export interface ItemFields {
  responsible: string[];
  deadline: string | null;
  supervisor: string[];
}

/** The «label: value» lines right under the line ending at `end`, up to the next line of another kind. */
export function fieldLines(text: string, end: number): string {
  const nl = text.indexOf('\n', end);
  if (nl < 0 || text.slice(end, nl).trim() !== '') return '';
  const out: string[] = [];
  for (const line of text.slice(nl + 1, nl + 600).split('\n')) {
    if (!/^[ \t]*[^:\n\d۰-۹]{2,25}[:：]/.test(line)) break;
    out.push(line);
  }
  return out.join('\n');
}

// Labels as folded («مسئول» folds to «مسیول»).
const RESPONSIBLE = /^(?:(?:دستگاه\s+)?مس[ئیو]?و?ل(?:ین)?(?:\s+(?:پیگیری|اجرا|اقدام))?|مجری|اقدام(?:\s*کننده)?)$/;
const DEADLINE = /^(?:مهلت|مهلت\s+اجرا|زمان\s+اجرا|زمان|موعد)$/;
const SUPERVISOR = /^(?:ناظر|ناظرین)$/;

/** Split a field value into names («X / Y», «X، Y», «X - Y»); a dash alone is no value. */
function names(value: string): string[] {
  return value
    .split(/\s*(?:[/،,]|\s-\s)\s*/)
    .map((n) => tidy(n))
    .filter((n) => n.length > 1 && !/^[-—–.]+$/.test(n))
    .map(canonicalParty);
}

/** Read the field lines under the item that ends at `end`. */
export function itemFields(text: string, end: number): ItemFields {
  const out: ItemFields = { responsible: [], deadline: null, supervisor: [] };
  for (const line of fieldLines(text, end).split('\n')) {
    const m = /^[ \t]*([^:\n]+?)[ \t]*[:：][ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const label = tidy(fold(m[1]!));
    const value = tidy(m[2]!);
    if (RESPONSIBLE.test(label)) out.responsible.push(...names(value));
    else if (SUPERVISOR.test(label)) out.supervisor.push(...names(value));
    else if (DEADLINE.test(label) && !/^[-—–.]*$/.test(value)) out.deadline = value;
  }
  return out;
}
