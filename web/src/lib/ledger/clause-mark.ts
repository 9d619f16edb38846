/**
 * Marking a commitment's clause in the document page (browser only): the DOM range of the
 * clause inside the passage a ledger link lands on (clause-range.ts finds it in the passage's
 * text), shown through the CSS Custom Highlight API under the name «clause», so the page's
 * own markup (search marks, table cells) is left as Svelte rendered it.
 */
import { clauseOffsets } from './clause-range.ts';

/** The highlight name the page styles with `::highlight(clause)`. */
export const CLAUSE_HIGHLIGHT = 'clause';

/** The range of `clause` among the text nodes of `el`, or null when the passage does not hold it. */
export function clauseRange(el: Element, clause: string): Range | null {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    starts.push(text.length);
    nodes.push(n as Text);
    text += (n as Text).data;
  }
  const at = clauseOffsets(text, clause);
  if (!at) return null;
  // The text node holding offset `o`: for an end offset, the node it closes.
  const place = (o: number, end: boolean): [Text, number] => {
    let k = nodes.length - 1;
    while (k > 0 && (end ? starts[k]! >= o : starts[k]! > o)) k--;
    return [nodes[k]!, o - starts[k]!];
  };
  const range = document.createRange();
  range.setStart(...place(at[0], false));
  range.setEnd(...place(at[1], true));
  return range;
}

/** Mark `range` as the current clause (none: clear the mark); a no-op where highlights are unsupported. */
export function markClause(range: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(CLAUSE_HIGHLIGHT);
  if (range) CSS.highlights.set(CLAUSE_HIGHLIGHT, new Highlight(range));
}
