/** Plain text and Markdown: one page per ~3000 words so long files index as passages. */

export const WORDS_PER_SECTION = 3000;

/** Split text into sections of about {@link WORDS_PER_SECTION} words, at paragraph breaks when possible. */
export function splitPlainText(text: string, wordsPerSection = WORDS_PER_SECTION): string[] {
  const paragraphs = text.split(/\n{2,}/);
  const sections: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    const n = p.split(/\s+/).filter(Boolean).length;
    if (words > 0 && words + n > wordsPerSection) {
      sections.push(current.join('\n\n'));
      current = [];
      words = 0;
    }
    if (n > wordsPerSection) {
      // One huge paragraph: cut it at word boundaries.
      const ws = p.split(/(\s+)/);
      let chunk = '';
      let cw = 0;
      for (const w of ws) {
        chunk += w;
        if (/\S/.test(w)) cw++;
        if (cw >= wordsPerSection) {
          sections.push(chunk.trim());
          chunk = '';
          cw = 0;
        }
      }
      if (chunk.trim()) {
        current.push(chunk.trim());
        words = cw;
      }
      continue;
    }
    current.push(p);
    words += n;
  }
  if (current.join('').trim()) sections.push(current.join('\n\n'));
  return sections.map((s) => s.trim()).filter(Boolean);
}
