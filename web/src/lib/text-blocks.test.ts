import { describe, expect, it } from 'vitest';
import { plainSnippetHtml, stripInline, textBlocks } from './text-blocks.ts';

describe('textBlocks', () => {
  it('reads markdown headings, bold labels, rules and paragraphs', () => {
    const text = [
      'جمهوری اسلامی ایران',
      '',
      '# صورتجلسه',
      '',
      '**موضوع:** بیست و یکمین جلسه کارگروه',
      '**زمان:** ساعت ۱۰',
      '',
      '---',
      '## مصوبات',
    ].join('\n');
    expect(textBlocks(text)).toEqual([
      { type: 'para', text: 'جمهوری اسلامی ایران' },
      { type: 'heading', level: 1, text: 'صورتجلسه' },
      { type: 'para', text: 'موضوع: بیست و یکمین جلسه کارگروه\nزمان: ساعت ۱۰' },
      { type: 'rule' },
      { type: 'heading', level: 2, text: 'مصوبات' },
    ]);
  });

  it('reads pipe tables with their header and without the separator row', () => {
    const text = [
      'جدول مصوبات:',
      '| ردیف | مصوبه | مسئول اجرا |',
      '| --- | :---: | --- |',
      '| ۱ | پرداخت **تسهیلات** | بانک کشاورزی |',
      '| ۲ | گزارش | فرمانداری |',
      'پایان جلسه',
    ].join('\n');
    expect(textBlocks(text)).toEqual([
      { type: 'para', text: 'جدول مصوبات:' },
      {
        type: 'table',
        head: ['ردیف', 'مصوبه', 'مسئول اجرا'],
        rows: [
          ['۱', 'پرداخت تسهیلات', 'بانک کشاورزی'],
          ['۲', 'گزارش', 'فرمانداری'],
        ],
      },
      { type: 'para', text: 'پایان جلسه' },
    ]);
  });

  it('reads tab-separated rows of a table read from a PDF or scan', () => {
    expect(textBlocks('سطر اول\n۱\tبانک ملی\t۱۴۰۲/۰۱/۰۱\n۲\tبانک ملت\t–\nمتن')).toEqual([
      { type: 'para', text: 'سطر اول' },
      {
        type: 'table',
        head: null,
        rows: [
          ['۱', 'بانک ملی', '۱۴۰۲/۰۱/۰۱'],
          ['۲', 'بانک ملت', '–'],
        ],
      },
      { type: 'para', text: 'متن' },
    ]);
  });

  it('leaves plain text alone: a lone pipe, a hash inside a line, a single tabbed line, numbered items', () => {
    const text = 'شماره: ۸۴۲۱/۳۱/ف | پیوست ندارد\nبند #۳ اصلاح شد\nیک\tسطر\n۱- پیگیری مصوبات';
    expect(textBlocks(text)).toEqual([{ type: 'para', text }]);
  });

  it('strips emphasis but not lone asterisks', () => {
    expect(stripInline('**الف : موضوع جلسه** و __ب__')).toBe('الف : موضوع جلسه و ب');
    expect(stripInline('ستاره * تنها')).toBe('ستاره * تنها');
  });
});

describe('plainSnippetHtml', () => {
  it('removes heading marks, bold, table pipes and separator rows, keeping marks and entities', () => {
    expect(plainSnippetHtml('# صورتجلسه **موضوع:** جلسه <mark>بانک</mark> &#39;x&#39;')).toBe(
      'صورتجلسه موضوع: جلسه <mark>بانک</mark> &#39;x&#39;',
    );
    expect(plainSnippetHtml('| ردیف | مصوبه |\n| --- | --- |\n| ۱ | <mark>تسهیلات</mark> بانک |')).toBe(
      'ردیف، مصوبه ۱، <mark>تسهیلات</mark> بانک',
    );
    expect(plainSnippetHtml('…سطر\t<mark>بانک</mark>\tملی…')).toBe('…سطر، <mark>بانک</mark>، ملی…');
  });
});
