/**
 * Where a body's name ends, from data rather than stop words: the names of the agency, ministry
 * and bank/fund registries and of councils named by two words («هیئت مدیره») run on through
 * words that elsewhere end a subject («سازمان مدیریت و برنامه‌ریزی» holds the object noun
 * «برنامه»; «منشی هیئت مدیره است» keeps «مدیره» before its verb), and a place or jurisdiction
 * word closes a name («… منابع طبیعی شهرستان می‌باشد»). Pure.
 */
import { fold, compactKey } from '../fold.ts';
import { MINISTRIES, PROVINCIAL_AGENCIES } from '../data/bodies.ts';
import { FUNDING_BODIES } from '../data/funding-bodies.ts';
import { NAMED_BODIES } from '../lexicon.ts';
import { PLACE_KEYS } from '../organisations/words.ts';

/** Bodies named by a head and one more word: the council of a company, a foundation, a city. */
const COUNCIL_NAMES = [
  'هیئت مدیره',
  'هیئت امنا',
  'هیئت امنای',
  'هیئت رئیسه',
  'شورای شهر',
  'شورای اسلامی شهر',
  'مجمع عمومی',
];

const nameWords = (n: string) =>
  fold(n)
    .replace(/[،,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');

// Registry names of two words or more, as folded words; longest first.
const KNOWN_NAMES: string[][] = [
  ...PROVINCIAL_AGENCIES.flatMap((a) => [a.canonical, ...a.aliases]),
  ...MINISTRIES.flatMap((m) => [m.canonical, ...m.aliases]),
  ...FUNDING_BODIES.flatMap((b) => [b.name, ...b.aliases]),
  ...NAMED_BODIES,
  ...COUNCIL_NAMES,
]
  .map(nameWords)
  .filter((ws) => ws.length >= 2)
  .sort((a, b) => b.length - a.length);

// «هیات»/«هیئت»/«هیأت» fold apart; the key of a word compares them as one.
const key = (w: string) => fold(w.replace(/[،,:؛.!؟]+$/, '')).replace(/هی[یا]ت/g, 'هیات');

/**
 * Indices of the words from `start` on that lie inside a registry name begun at or after
 * `start` (not its first word): the name goes on through them.
 */
export function insideKnownNames(ws: readonly string[], start: number): Set<number> {
  const inside = new Set<number>();
  for (let j = start; j < ws.length && j < start + 24; j++) {
    for (const n of KNOWN_NAMES) {
      if (j + n.length > ws.length) continue;
      if (!n.every((w, k) => key(ws[j + k]!) === key(w))) continue;
      for (let k = 1; k < n.length; k++) inside.add(j + k);
      break;
    }
  }
  return inside;
}

// Jurisdiction words that usually close a body's name («… استان», «… شهرستان»).
export const JURISDICTION = new Set(['استان', 'شهرستان', 'کشور']);

/** Whether a word closes a body's name: a jurisdiction word or a province's or county's name. */
export function closesWithPlace(word: string): boolean {
  const f = fold(word.replace(/[،,:؛.!؟]+$/, ''));
  return JURISDICTION.has(f) || PLACE_KEYS.has(compactKey(f));
}

/** Predicates before a copula («موظف است», «مسئول است», «ضروری است»), folded: no name's last word. */
export const PREDICATES = new Set(
  (
    'موظف مکلف ملزم مسئول متعهد مامور مأمور عهده‌دار عهده دار ضروری لازم الزامی مجاز ممنوع موافق مخالف ' +
    'هماهنگ همراه مرتبط مشترک ممکن میسر منوط مشروط بلامانع موکول'
  )
    .split(' ')
    .map((w) => fold(w)),
);

/** Whether word `i` is a copula («است», «می‌باشد», «باشد», «هستند»). */
export function copulaAt(ws: readonly string[], i: number): boolean {
  const f = (k: number) => fold((ws[k] ?? '').replace(/[.،,:؛!؟]+$/, ''));
  return /^(?:است|باشد|باشند|هستند|میباشد|میباشند)$/.test(f(i)) || (f(i) === 'می' && /^(?:باشد|باشند)$/.test(f(i + 1)));
}
