/**
 * Organisations: the convening body first (قرارگاه اجتماعی استان، شورای هماهنگی …،
 * کارگروه …، شورای اسلامی شهر …), then the parent offices from the letterhead
 * («وزارت …», «اداره کل …», «معاونت …»), then — in short documents (news items, excerpts),
 * where every named body is part of what the document is about — the other bodies named.
 * Long minutes mention dozens of bodies in passing; there only the convening and parent
 * bodies (and the استانداری/فرمانداری hosting the meeting) are kept. Pure.
 */
import { compactKey, fold, tidy } from './fold.ts';

const HEADS =
  'قرارگاه|شورای\\s+اسلامی\\s+شهر|شورای|کارگروه|ستاد|کمیسیون|کمیته\\s+امداد|کمیته|اداره\\s+کل|اداره|استانداری|فرمانداری|شهرداری|سازمان|وزارت|بانک|صندوق|بنیاد|شبکه\\s+بهداشت|جهاد\\s+کشاورزی|میراث\\s+فرهنگی|بهزیستی|مرکز\\s+آمار|مجلس\\s+شورای\\s+اسلامی|سپاه|قوه\\s+قضاییه|قوه\\s+قضائیه|شرکت|دفتر|معاونت|کارخانه|هلال\\s+احمر|بنیاد\\s+شهید';
const HEAD_RE = new RegExp(`(?<![\\u0600-\\u06FF])(?:${HEADS})(?![\\u0600-\\u06FF])`, 'g');

// Tokens after which an organisation name stops.
const STOP = new Set(
  (
    'در با به از که را برای جهت ضمن نیز هم گفت افزود اظهار تصریح عنوان بیان است بود شد شده می نمی این آن ' +
    'تشکیل برگزار برگزارشد مورخ مورخه روز ساعت پیرامون درباره خبر اعلام تاکید خواست دارد دارند داشت ' +
    'نسبت طی پس اقدام اعضای اعضا مدیران مدیر مدیرکل معاون رئیس رییس حضور توسط تا بر هر همه کلیه سایر ' +
    'مبلغ میزان تسهیلات اعتبارات طرح طرحهای طرح‌های'
  )
    .split(' ')
    .map((w) => fold(w)),
);
// After «و», these words continue the same name («تعاون، کار و رفاه اجتماعی»).
const AND_CONTINUES = new Set(
  'کار رفاه درمان فرهنگی اجتماعی بودجه عمران خانواده امنیتی ایثارگران امور شکوفایی معدن نان رفع توسعه سرمایه سرمایه‌گذاری سرمایهگذاری روستائیان روستاییان عشایر مهاجرین حرفه بختیاری بلوچستان برنامه‌ریزی برنامهریزی برنامه سلامت زنان مدیریت اشتغال بهداشت'
    .split(' ')
    .map((w) => fold(w)),
);

/** Organisation phrases starting with a head word, in text order (light-folded text in, as written out). */
export function findOrganisationMentions(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/[\n.:؛()«»"*|]/)[0]!;
    const ws = rest.trim() === '' ? [] : tidy(rest).split(' ');
    const name: string[] = [m[0]];
    for (let i = 0; i < ws.length && name.length < 12; i++) {
      const w = ws[i]!;
      const bare = w.replace(/[،,]$/, '');
      const f = fold(bare);
      if (f === 'و') {
        const next = fold((ws[i + 1] ?? '').replace(/[،,]$/, ''));
        if (AND_CONTINUES.has(next)) {
          name.push(w);
          continue;
        }
        break;
      }
      if (f === 'در' && /^(استان|شهرستان)$/.test(fold(ws[i + 1] ?? ''))) {
        name.push(w);
        continue;
      }
      if (STOP.has(f) || /^\d/.test(f)) break;
      name.push(bare);
      if (w !== bare) {
        // A comma continues only inside enumerated names («تعاون، کار و رفاه»).
        const next = fold((ws[i + 1] ?? '').replace(/[،,]$/, ''));
        if (!AND_CONTINUES.has(next) && !/^(فرهنگی|اجتماعی|سلامت|امنیتی|اشتغال)$/.test(next)) break;
      }
    }
    const phrase = tidy(name.join(' ')).replace(/[،,]+$/, '');
    // A bare head is a mention only for bodies that are complete on their own.
    if (phrase.split(' ').length === 1 && !/^(استانداری|فرمانداری|شهرداری|بهزیستی)$/.test(fold(phrase))) continue;
    out.push({ name: phrase, index: m.index });
  }
  return out;
}

/** The convening body from the title / session sentence. */
export function findConveningBody(title: string | null, text: string): string | null {
  const sources = [title ?? '', text.slice(0, 3000)];
  for (const src of sources) {
    const re = /(?:جلسه|نشست|صورتجلسه|صورت\s*جلسه)\s+(?:رسمی\s+)?((?:قرارگاه|شورای|شورا|کارگروه|ستاد|کمیسیون|کمیته)[^\n]*)/;
    const m = re.exec(src);
    if (!m) continue;
    const mention = findOrganisationMentions(m[1]!)[0];
    if (mention) return mention.name;
  }
  return null;
}

/** Parent offices from letterhead lines («وزارت …», «اداره کل …», «معاونت … - اداره کل …»). */
function letterheadOrganisations(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const part of line.split(/\s+-\s+/)) {
      const p = tidy(part.replace(/[*#]/g, ' '));
      if (/^(وزارت|اداره|معاونت|سازمان|استانداری|فرمانداری|شهرداری|بنیاد|بانک|صندوق)/.test(fold(p)) && p.split(' ').length <= 12) out.push(p);
    }
  }
  return out;
}

/**
 * Organisations of a document, convening body first, without duplicates (an organisation
 * contained in one already listed is dropped).
 */
export function findOrganisations(input: {
  text: string;
  title: string | null;
  letterhead: string[];
  short: boolean;
}): string[] {
  const list: string[] = [];
  const convening = findConveningBody(input.title, input.text);
  if (convening) list.push(convening);
  const heads = letterheadOrganisations(input.letterhead);
  // Letterhead: the office (اداره کل) before the ministry, the order the archive uses.
  heads.sort((a, b) => Number(/^وزارت/.test(fold(a))) - Number(/^وزارت/.test(fold(b))));
  list.push(...heads);
  const mentions = findOrganisationMentions(input.text);
  if (input.short) list.push(...mentions.map((m) => m.name));
  else {
    const host = mentions.find((m) => /^(استانداری|فرمانداری)/.test(fold(m.name)));
    if (host) list.push(host.name.split(' ').length <= 3 ? host.name : host.name.split(' ')[0]!);
  }
  const kept: string[] = [];
  for (const o of list) {
    const k = compactKey(o);
    if (k.length < 3) continue;
    if (kept.some((x) => compactKey(x).includes(k) || (k.includes(compactKey(x)) && compactKey(x).length >= k.length - 2))) continue;
    kept.push(o);
  }
  return kept;
}
