/**
 * Site furniture at the foot of a news page: tags, share buttons, related-news headlines and
 * comment prompts («برچسب‌ها: …», «اشتراک‌گذاری: …», «اخبار مرتبط:», «نظرات کاربران», «ارسال
 * نظر»). Not content: the bodies, places and amounts in the related headlines or the tags belong
 * to other stories. Pure.
 */
import { fold } from './fold.ts';

// A furniture heading opens its own line; tags and share buttons may carry their items after «:».
const FURNITURE_LINE =
  /^\s*(?:(?:اخبار|خبرهای|مطالب|اخبار\s+و\s+مطالب)\s+(?:مرتبط|مشابه)|برچسب\s*ها|کلید\s*واژه\s*ها|تگ\s*ها|اشتراک\s*گذاری|نظرات\s+کاربران|ارسال\s+نظر|دیدگاه\s*ها)\s*(?::|$)/;

/**
 * The text cut before its trailing site furniture: from the first furniture heading in the last
 * half of the text on. A furniture heading earlier in the text (a menu above the story) is left to
 * the rest of the parser.
 */
export function withoutSiteFurniture(text: string): string {
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    if (offset >= text.length / 2 && FURNITURE_LINE.test(fold(line).replace(/\u200c/g, ' ')))
      return text.slice(0, offset).replace(/\s+$/, '\n');
    offset += line.length + 1;
  }
  return text;
}
