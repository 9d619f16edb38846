import { describe, expect, it } from 'vitest';
import { blankRecord } from '../../../test/helpers/records.ts';
import { documentView, originalKind } from './document-view.ts';

const PAGE_1 = ['# صورتجلسه', '', '**موضوع:** جلسه کارگروه اشتغال', '', 'گزارش دبیر کارگروه درباره تسهیلات.'].join(
  '\n',
);
const PAGE_2 = [
  'مصوبات:',
  '',
  '| ردیف | مصوبه | مسئول |',
  '| --- | --- | --- |',
  '| ۱ | مقرر شد **بانک کشاورزی** مبلغ ۱۲,۵۰۰ میلیون ریال تسهیلات پرداخت کند | بانک کشاورزی |',
  '',
  '۲- مقرر شد فرمانداری گزارش پیشرفت را هر ماه ارائه کند.',
].join('\n');

function record() {
  return blankRecord('a1b2c3d4e5f60718', [PAGE_1, PAGE_2], {
    resolutions: [
      {
        id: 'a1b2c3d4e5f60718:1',
        number: 1,
        text: 'مقرر شد بانک کشاورزی مبلغ ۱۲,۵۰۰ میلیون ریال تسهیلات پرداخت کند',
        responsible: ['بانک کشاورزی'],
        supervisor: [],
        deadline: null,
        fundingBodies: [],
        amounts: [],
        page: 2,
      },
      {
        id: 'a1b2c3d4e5f60718:2',
        number: 2,
        text: 'مقرر شد فرمانداری گزارش پیشرفت را هر ماه ارائه کند.',
        responsible: ['فرمانداری'],
        supervisor: [],
        deadline: null,
        fundingBodies: [],
        amounts: [],
        page: 2,
      },
    ],
  });
}

describe('documentView', () => {
  it('shows page text as headings, paragraphs and tables, highlighted, with Persian separators', () => {
    const view = documentView(record(), 'تسهیلات', null);
    const [p1, p2] = view.pages;
    expect(p1!.blocks.map((b) => b.type)).toEqual(['heading', 'para', 'para']);
    expect(p1!.blocks[0]).toMatchObject({ id: 'p1-b0', level: 1, runs: ['صورتجلسه'] });
    expect(p1!.blocks[1]).toMatchObject({ runs: ['موضوع: جلسه کارگروه اشتغال'] });
    const table = p2!.blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({ head: [['ردیف'], ['مصوبه'], ['مسئول']] });
    const cell = table!.type === 'table' ? table!.rows[0]![1]! : [];
    expect(cell.join('')).toBe('مقرر شد بانک کشاورزی مبلغ ۱۲٬۵۰۰ میلیون ریال تسهیلات پرداخت کند');
    expect(cell[1]).toBe('تسهیلات');
    expect(view.marks).toBe(2);
    expect(view.hitPages).toEqual([1, 2]);
  });

  it('links each resolution to the block of its page where the clause stands', () => {
    const view = documentView(record(), '', null);
    const p2 = view.pages[1]!;
    const [r1, r2] = view.resolutions;
    const table = p2.blocks.find((b) => b.type === 'table')!;
    expect(r1!.passage).toBe(`${table.id}-r0`);
    expect(p2.blocks.find((b) => b.id === r2!.passage)).toMatchObject({ type: 'para' });
    expect(r2!.passage).not.toBe(r1!.passage);
  });

  it('shows text, markdown and HTML originals in the page, other types by download', () => {
    expect(originalKind('text/markdown')).toBe('text');
    expect(originalKind('text/plain')).toBe('text');
    expect(originalKind('text/html')).toBe('html');
    expect(originalKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('none');
    const view = documentView(record(), '', null);
    expect(view.original).toMatchObject({ kind: 'text', inline: null });
  });
});
