/**
 * Parties named by reference rather than as a subject: the members a body is made of, the sender
 * of a letter or request, a body referred back to («بانک مذکور»), the addressees of an
 * instruction, and persons named with a title («آقای X»). Pure.
 */
import { fold, tidy } from '../fold.ts';
import { L, re } from '../boundary.ts';
import { foldedSet } from '../lexicon.ts';
import { SUBJECT_STOPS, SUBJECT_VERBS, isBodyHead, isPartyHead, partyPhrase, parties } from './parties.ts';

// «متشکل از X جهت …», «کارگروه مربوطه از X تشکیل …»: the members are responsible.
export const MADE_OF = /(?:متشکل\s+از|(?:^|\s)از)\s+([^.]{3,160}?)(?:\s+(?:جهت|برای|به\s+منظور)\s|\s+تشکیل(?:\s|$))/;
// «نامه شماره … مورخ … X در خصوص …», «درخواست X مبنی بر …»: the sender is the party.
export const SENDER =
  /(?:نامه|درخواست|لایحه|پیشنهاد)(?:\s+(?:شماره|ش)\s*:?\s*\S+)?(?:\s+(?:مورخ|مورخه)\s*:?\s*\S+)?\s+(.*)$/;

// «… و بانک مذکور نسبت به …»: a second party referred back to by «مذکور/مزبور/یادشده».
export const ANAPHOR = re('g')`(?:^|\s)(?:و|،)\s*([^\s،]+)\s+(?:مذکور|مزبور|یاد\s*شده|فوق\s*الذکر)(?![${L}])`;
// Nouns of light verbs («معرفی کند», «ارسال نماید») that end a body named as an object.
export const ACTION_NOUNS = new Set('معرفی ارسال ارائه اعلام ابلاغ تحویل واگذار پرداخت منعکس'.split(' '));

/**
 * Bodies a decision refers back to («… را به بانک توسعه تعاون معرفی و بانک مذکور نسبت به
 * بررسی آنها اقدام نماید»): the last earlier mention with the same head word, up to a stop.
 */
export function anaphorBodies(tail: string): string[] {
  const out: string[] = [];
  ANAPHOR.lastIndex = 0;
  for (let m = ANAPHOR.exec(tail); m; m = ANAPHOR.exec(tail)) {
    const head = fold(m[1]!);
    if (!isBodyHead(head)) continue;
    const ws = tidy(tail.slice(0, m.index)).split(' ');
    const j = ws.map((w) => fold(w)).lastIndexOf(head);
    if (j < 0) continue;
    const body: string[] = [ws[j]!];
    for (let i = j + 1; i < ws.length && body.length < 8; i++) {
      const f = fold(ws[i]!.replace(/[،,.]+$/, ''));
      if (SUBJECT_STOPS.has(f) || ACTION_NOUNS.has(f) || f === 'و' || SUBJECT_VERBS.test(f)) break;
      body.push(ws[i]!.replace(/[،,.]+$/, ''));
      if (/[،,.]$/.test(ws[i]!)) break;
    }
    if (body.length >= 2 && !out.includes(body.join(' '))) out.push(body.join(' '));
  }
  return out;
}

// «دستور رییس جمهور به A، B و C مبنی بر …», «A و B را مکلف کرد»: who was instructed.
export const ADDRESSEES =
  /دستور\s+(?:[^\s.]+\s+){0,4}?به\s+([^.]{3,200}?)\s+(?:مبنی|جهت|برای|در\s+خصوص|درباره|که|ابلاغ)(?:\s|$)/g;

/**
 * Parties instructed in a sentence before a decision («دستور وزیر به استاندار و فرماندار
 * مبنی بر …» ⏎ «مقرر شد …»): the decision that names no body of its own falls to them.
 */
export function addresseeBodies(context: string): string[] {
  const out: string[] = [];
  ADDRESSEES.lastIndex = 0;
  for (let m = ADDRESSEES.exec(context); m; m = ADDRESSEES.exec(context)) {
    const ws = tidy(m[1]!.replace(/([،,])(?=\S)/g, '$1 ')).split(' ');
    if (!isPartyHead(ws[0]!)) continue;
    for (const b of parties(partyPhrase(ws, 0, true))) if (!out.includes(b)) out.push(b);
  }
  return out;
}

// Titles before a person's name («آقای», «خانم», «مهندس», «دکتر», «جناب»).
const PERSON_TITLES = foldedSet('آقای اقای خانم مهندس دکتر جناب سرکار');
/** Whether a word is a title before a person's name («آقای», «مهندس»). */
export function isPersonTitle(word: string): boolean {
  return PERSON_TITLES.has(fold(word.replace(/[،,:؛.!؟]+$/, '')));
}

// Words after a name that start the rest of the clause («… آقای X تهیه می‌گردد», «… آقای X است»).
const AFTER_NAME = foldedSet(
  'است بوده خواهد می باشد هستند تهیه انجام اجرا ارائه ارسال تنظیم تامین تأمین اعلام ابلاغ پرداخت تکمیل صادر منعقد تدوین دنبال',
);

/**
 * A person named with a title from word `i` («آقای کاظمی», «مهندس افشار اصل», «جناب آقای
 * سید X»): the titles and at most two name words (three after «سید»), or null.
 */
export function personAt(ws: readonly string[], i: number): string | null {
  const bare = (w: string) => w.replace(/[،,:؛.!؟]+$/, '');
  let k = i;
  while (k < ws.length && PERSON_TITLES.has(fold(bare(ws[k]!)))) k++;
  if (k === i) return null;
  const titles = ws.slice(i, k).map(bare);
  const name: string[] = [];
  let most = 2;
  for (; k < ws.length && name.length < most; k++) {
    const b = bare(ws[k]!);
    const f = fold(b);
    if (b === '' || f === 'و' || SUBJECT_STOPS.has(f) || SUBJECT_VERBS.test(f) || AFTER_NAME.has(f) || isPartyHead(b))
      break;
    if (name.length === 0 && /^(?:سید|سیده|میر)$/.test(f)) most = 3;
    name.push(b);
    if (/[،,:؛.!؟]$/.test(ws[k]!)) break;
  }
  return name.length > 0 ? [...titles, ...name].join(' ') : null;
}
