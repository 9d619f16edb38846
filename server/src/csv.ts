/**
 * CSV export for spreadsheets: UTF-8 with a BOM (so Excel reads Persian),
 * RFC 4180 quoting, CRLF line ends, and formula-like cells neutralised
 * (a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`) so an
 * archived text can never run as a formula in the reader's spreadsheet.
 */

/** The byte order mark that makes Excel pick UTF-8. */
export const CSV_BOM = '\ufeff';

export type CsvCell = string | number | null | undefined | string[];

/** One CSV field. Arrays are joined with the Persian comma. */
export function csvField(value: CsvCell): string {
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('، ') : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== 'number') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with its CRLF terminator. */
export function csvRow(cells: CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** A snippet (`HTML-escaped text with <mark>`) back to plain text. */
export function snippetToText(html: string): string {
  return html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
