/**
 * HTML news pages: the article's main content (Mozilla Readability on linkedom), its title
 * and publication date (meta tags, `<time>`, JSON-LD, or a Persian date near the top).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { findDates, isoToJalali } from '../text/index.ts';
import { ExtractError } from './errors.ts';
import { mb, type ExtractLimits } from './limits.ts';

export interface HtmlExtract {
  text: string;
  title: string | null;
  publishedAt: string | null;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
];

/** ISO date (yyyy-mm-dd) of an ISO/RFC date string, or null. */
function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return isoToJalali(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  // A Jalali or Persian written date in an attribute.
  const d = findDates(value)[0];
  return d?.iso ?? null;
}

function blockText(el: {
  querySelectorAll(sel: string): Iterable<{ textContent: string | null }>;
  textContent: string | null;
}): string {
  const parts: string[] = [];
  for (const n of el.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,tr,td,th,div')) {
    // Only leaf-ish blocks: skip containers whose text is repeated by their children.
    const t = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  return parts.join('\n');
}

/**
 * Refuse an HTML page too large to build a DOM for, before any parser sees it: by its bytes,
 * then by its element count (start tags, counted in one linear pass). A DOM and Readability
 * grow faster than linearly with both.
 */
export function checkHtmlSize(bytes: Uint8Array, limits: Pick<ExtractLimits, 'maxHtmlBytes' | 'maxHtmlNodes'>): void {
  if (bytes.length > limits.maxHtmlBytes) {
    throw new ExtractError(
      'html_too_large',
      `The HTML page is ${mb(bytes.length)}, more than the ${mb(limits.maxHtmlBytes)} that can be processed.`,
    );
  }
  let tags = 0;
  for (let i = 0, n = bytes.length - 1; i < n; i++) {
    if (bytes[i] !== 0x3c) continue; // '<'
    const c = bytes[i + 1]! | 0x20; // ASCII letter, case folded
    if (c >= 0x61 && c <= 0x7a && ++tags > limits.maxHtmlNodes) {
      throw new ExtractError(
        'html_too_many_elements',
        `The HTML page has more than ${limits.maxHtmlNodes} elements, more than can be processed.`,
      );
    }
  }
}

/** Extract the main text and metadata of an HTML page. */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  const meta = (name: string): string | null => {
    const el =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`) ??
      document.querySelector(`meta[itemprop="${name}"]`);
    return el?.getAttribute('content')?.trim() || null;
  };
  let publishedAt: string | null = null;
  for (const name of DATE_META) {
    publishedAt = isoDay(meta(name));
    if (publishedAt) break;
  }
  if (!publishedAt) {
    for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
      const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
      publishedAt = isoDay(m?.[1]);
      if (publishedAt) break;
    }
  }
  if (!publishedAt) {
    const time = document.querySelector('time[datetime]') ?? document.querySelector('time');
    publishedAt = isoDay(time?.getAttribute('datetime')) ?? isoDay(time?.textContent);
  }
  const metaTitle = meta('og:title') ?? meta('twitter:title');
  const reader = new Readability(document.cloneNode(true) as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  });
  const article = reader.parse();
  let text: string;
  if (article?.content) {
    const { document: doc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const br of doc.querySelectorAll('br')) br.replaceWith(doc.createTextNode('\n'));
    const blocks = [...doc.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,tr')];
    text = blocks.length
      ? blocks
          .filter((b) => !blocks.some((o) => o !== b && o.contains(b)))
          .map((b) => (b.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').trim())
          .filter(Boolean)
          .join('\n')
      : (article.textContent ?? '').trim();
  } else {
    text = blockText(document.body as never);
  }
  const title =
    (metaTitle ?? article?.title ?? document.querySelector('h1')?.textContent ?? document.title ?? '').trim() || null;
  if (!publishedAt) {
    // A Persian date in the first lines of the article («۱۵ آبان ۱۴۰۲», «۱۴۰۲/۰۸/۱۵»).
    publishedAt = findDates(text.slice(0, 600))[0]?.iso ?? null;
  }
  return { text, title, publishedAt };
}
