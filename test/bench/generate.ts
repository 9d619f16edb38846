/**
 * Synthetic archive for the search benchmark: Persian minutes and news built from templates,
 * a real word list (Hunspell fa_IR, Zipf-distributed), the project's gazetteer, funding bodies
 * and given names, dates over ten Jalali years. Deterministic for a given seed.
 */
import fs from 'node:fs';
import { FUNDING_BODIES } from '../../ingest/src/parse/data/funding-bodies.ts';
import { PROVINCES } from '../../ingest/src/parse/data/gazetteer.ts';
import { GIVEN_NAMES } from '../../ingest/src/parse/data/persons.ts';
import type { DocumentRecord, Resolution } from '../../ingest/src/schema.ts';
import { jalaliToIso } from '../../ingest/src/text/index.ts';
import { rng } from '../helpers/prng.ts';
export { rng } from '../helpers/prng.ts';

const FUNCTION_WORDS =
  'و در به از که این با را برای تا بر آن یک هم نیز شد است بود می‌شود شده کرد کرد‌ند باید اما یا هر خود'.split(' ');
const FAMILY_SUFFIXES = ['ی', 'ی', 'ی', '‌زاده', 'پور', 'یان', 'نژاد', '‌فر'];
const ROLES = [
  'فرماندار',
  'معاون استاندار',
  'مدیرکل',
  'رئیس اداره کار',
  'نماینده بانک',
  'شهردار',
  'بخشدار',
  'رئیس شورا',
  'دبیر کارگروه',
  'مدیر تعاون روستایی',
];
const ORG_TEMPLATES = [
  (c: string) => `کارگروه اشتغال و سرمایه‌گذاری شهرستان ${c}`,
  (c: string) => `شورای اسلامی شهر ${c}`,
  (c: string) => `ستاد تسهیل و رفع موانع تولید شهرستان ${c}`,
  (c: string) => `شورای برنامه‌ریزی و توسعه شهرستان ${c}`,
  (c: string) => `قرارگاه اجتماعی شهرستان ${c}`,
];
const TOPICS = [
  'تسهیلات اشتغال روستایی',
  'مشاغل خانگی',
  'دفاتر تسهیلگری',
  'طرح‌های نیمه‌تمام',
  'آب شرب روستاها',
  'آرد و نان',
  'بازارچه مرزی',
  'سرمایه‌گذاری صنعتی',
  'واحدهای تولیدی راکد',
  'میز خدمت',
  'بیمه روستاییان',
  'تبصره ۱۸ قانون بودجه',
  'ساماندهی حاشیه شهر',
  'گردشگری روستایی',
  'صنایع دستی',
  'آسفالت معابر',
  'طرح هادی روستایی',
  'مسکن ملی',
];
const ORDINALS = [
  'اولین',
  'دومین',
  'سومین',
  'چهارمین',
  'پنجمین',
  'ششمین',
  'هفتمین',
  'هشتمین',
  'نهمین',
  'دهمین',
  'یازدهمین',
  'دوازدهمین',
];
const ACTIONS = [
  'نسبت به پیگیری',
  'نسبت به تأمین اعتبار',
  'نسبت به بررسی و ارائه گزارش',
  'نسبت به پرداخت تسهیلات',
  'نسبت به تکمیل',
];

function loadWords(): string[] {
  const dic = ['/usr/share/hunspell/fa_IR.dic', '/usr/share/hunspell/fa.dic'].find((p) => fs.existsSync(p));
  if (!dic) throw new Error('no Persian word list in /usr/share/hunspell: apt-get install myspell-fa');
  const lines = fs.readFileSync(dic, 'utf8').split('\n');
  const words: string[] = [];
  for (const l of lines.slice(1)) {
    const w = l.split('/')[0]!.trim();
    if (w.length >= 2 && /^(?:(?=\p{Script=Arabic})[\p{L}\p{M}]|\u200c)+$/u.test(w)) words.push(w);
  }
  return words;
}

export interface GenerateOptions {
  docs: number;
  seed?: number;
}

/** Generate `docs` records lazily (memory stays flat). */
export function* generateArchive(opts: GenerateOptions): Generator<DocumentRecord> {
  const r = rng(opts.seed ?? 42);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const all = loadWords();
  // A fixed random vocabulary of 40 000 words, Zipf-distributed (rank^-1).
  const vocab: string[] = [];
  for (let i = 0; i < 40_000; i++) vocab.push(all[Math.floor(r() * all.length)]!);
  const zipfCum: number[] = [];
  let acc = 0;
  for (let i = 0; i < vocab.length; i++) zipfCum.push((acc += 1 / (i + 1)));
  const zipf = () => {
    const x = r() * acc;
    let lo = 0;
    let hi = zipfCum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (zipfCum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const given: string[] = (
    Array.isArray(GIVEN_NAMES) ? [...(GIVEN_NAMES as readonly string[])] : String(GIVEN_NAMES).split(/\s+/)
  ).filter(Boolean);
  const families = Array.from({ length: 3000 }, () => pick(given).replace(/\s+/g, '') + pick(FAMILY_SUFFIXES));
  const places = PROVINCES.map((p) => ({
    name: p.name,
    counties: p.counties.map((c) => c.replace(/^\?/, '').split('|')[0]!),
  }));
  const funding = FUNDING_BODIES.map((f) => f.name);

  const sentence = (extra: string[] = []) => {
    const n = 8 + Math.floor(r() * 14);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(r() < 0.35 ? pick(FUNCTION_WORDS) : zipf());
    for (const e of extra) words.splice(Math.floor(r() * words.length), 0, e);
    return words.join(' ') + '.';
  };

  for (let i = 0; i < opts.docs; i++) {
    const kindRoll = r();
    const kind: DocumentRecord['kind'] = kindRoll < 0.6 ? 'minutes' : kindRoll < 0.95 ? 'news' : 'other';
    const prov = pick(places);
    const county = pick(prov.counties);
    const counties = r() < 0.2 ? [county, pick(prov.counties)].filter((c, j, a) => a.indexOf(c) === j) : [county];
    const jy = 1394 + Math.floor(r() * 10);
    const jm = 1 + Math.floor(r() * 12);
    const jd = 1 + Math.floor(r() * 29);
    const dateJalali = `${jy}/${String(jm).padStart(2, '0')}/${String(jd).padStart(2, '0')}`;
    const date = jalaliToIso(dateJalali);
    const org = pick(ORG_TEMPLATES)(county);
    const organisations = [org, r() < 0.5 ? `فرمانداری ${county}` : `استانداری ${prov.name}`];
    const topic = pick(TOPICS);
    const speakers = Array.from({ length: kind === 'minutes' ? 2 + Math.floor(r() * 5) : Math.floor(r() * 2) }, () => ({
      name: pick(families),
      role: `${pick(ROLES)} ${county}`,
    }));
    const fundingBodies = Array.from({ length: Math.floor(r() * 3) }, () => pick(funding)).filter(
      (f, j, a) => a.indexOf(f) === j,
    );
    const id = `b${i.toString(16).padStart(8, '0')}`;
    const resolutions: Resolution[] = [];
    const paragraphs: string[] = [];
    let title: string;
    if (kind === 'minutes') {
      title = `صورتجلسه ${pick(ORDINALS)} جلسه ${org} در خصوص ${topic}`;
      paragraphs.push(
        `${title}\nتاریخ: ${dateJalali}\nحاضران: ${speakers.map((s) => `${s.name} ${s.role}`).join('، ')}`,
      );
      const sections = 2 + Math.floor(r() * 5);
      for (let s = 0; s < sections; s++) {
        const sp = speakers.length > 0 ? pick(speakers) : null;
        const lines = [sp ? `${sp.role} آقای ${sp.name} گفت:` : ''];
        const m = 3 + Math.floor(r() * 5);
        for (let k = 0; k < m; k++) lines.push(sentence(r() < 0.3 ? [topic] : r() < 0.2 ? [pick(funding)] : []));
        paragraphs.push(lines.join(' '));
      }
      const nres = 2 + Math.floor(r() * 8);
      const resLines = ['مصوبات:'];
      for (let k = 0; k < nres; k++) {
        const who =
          r() < 0.5 && fundingBodies.length > 0
            ? pick(fundingBodies)
            : pick(ROLES).replace(/^رئیس /, 'اداره ') + ` ${county}`;
        const text = `مقرر گردید ${who} ${pick(ACTIONS)} ${topic} ${sentence()} اقدام نماید.`;
        resLines.push(`${k + 1}- ${text}`);
        resolutions.push({
          id: `${id}:${k + 1}`,
          number: k + 1,
          text,
          responsible: [who],
          supervisor: [],
          deadline: r() < 0.4 ? `${jy}/${String(Math.min(12, jm + 1)).padStart(2, '0')}/15` : null,
          fundingBodies: fundingBodies.includes(who) ? [who] : [],
          amounts: [],
          page: null,
        });
      }
      paragraphs.push(resLines.join('\n'));
    } else {
      title = `${pick(['برگزاری', 'تصویب', 'پرداخت', 'افتتاح', 'بررسی'])} ${topic} در ${county}`;
      paragraphs.push(title);
      const m = 5 + Math.floor(r() * 14);
      const lines: string[] = [];
      for (let k = 0; k < m; k++) lines.push(sentence(r() < 0.2 ? [county] : r() < 0.15 ? [topic] : []));
      paragraphs.push(lines.join(' '));
    }
    // pages of ~300 words
    const pages: DocumentRecord['pages'] = [];
    let buf: string[] = [];
    let words = 0;
    for (const p of paragraphs) {
      buf.push(p);
      words += p.split(/\s+/).length;
      if (words > 300) {
        pages.push({ number: pages.length + 1, text: buf.join('\n\n'), source: 'plain', quality: 1 });
        buf = [];
        words = 0;
      }
    }
    if (buf.length > 0) pages.push({ number: pages.length + 1, text: buf.join('\n\n'), source: 'plain', quality: 1 });
    for (const res of resolutions)
      res.page = pages.findIndex((p) => p.text.includes(res.text.slice(0, 30))) + 1 || null;
    yield {
      id,
      kind,
      title,
      meetingNumber: kind === 'minutes' ? 1 + Math.floor(r() * 12) : null,
      date,
      dateJalali,
      meetingTime: null,
      place: null,
      organisations,
      province: prov.name,
      counties,
      chair: speakers[0]?.name ?? null,
      speakers,
      peopleMentioned: [],
      resolutions,
      commitments: [],
      fundingBodies,
      amounts: [],
      text: pages.map((p) => p.text).join('\n\n'),
      pages,
      source: { filename: `${id}.txt`, mime: 'text/plain', sha256: id, bytes: 0 },
      ingestedAt: '2026-01-01T00:00:00.000Z',
      parserVersion: 'bench',
    };
  }
}
