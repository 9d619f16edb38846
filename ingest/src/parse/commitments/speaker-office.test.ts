import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { officeBodies } from './speaker-context.ts';

function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2023-06-01', resolutions: [] });
}

describe('«این اداره کل», «این شرکت», «این مدیریت»: the body of the office that speaks', () => {
  it('«مدیرکل X» speaks for «اداره کل X», with or without commas, «هم», Arabic ي/ك', () => {
    const a = find(
      'آقای کریمی، مدیرکل بنادر و دریانوردی گیلان، گفت: این اداره کل تا پایان مهر ماه اسکله صیادی را لایروبی می‌کند.',
    );
    expect(a).toHaveLength(1);
    expect(a[0]!.parties).toEqual(['اداره کل بنادر و دریانوردی گیلان']);
    const b = find('مديركل ورزش و جوانان استان هم گفت: اين اداره كل ۳۰ ميليارد ريال براي تجهيز سالن‌ها هزينه مي‌كند.');
    expect(b).toHaveLength(1);
    expect(b[0]!.parties).toEqual(['اداره کل ورزش و جوانان استان']);
    // A comma inside the body's name stays; the occasion after the name does not.
    expect(officeBodies('آقای نوری، مدیرکل تعاون، کار و رفاه اجتماعی استان، در این نشست گفت', 'اداره')).toEqual([
      'اداره کل تعاون، کار و رفاه اجتماعی استان',
    ]);
  });

  it('a representative or a manager of «شرکت X» speaks for «شرکت X»', () => {
    const a = find('نماینده شرکت سیمان خزر گفت: این شرکت ۴۰ میلیارد ریال برای آسفالت راه روستا پرداخت خواهد کرد.');
    expect(a[0]!.parties).toEqual(['شرکت سیمان خزر']);
    const b = find(
      'مدیرعامل شرکت آب منطقه‌ای کرمان در نشست شورای اداری گفت: این شرکت تا پایان سال ۱۴۰۲ سد روستای کلاته را آبگیری می‌کند.',
    );
    expect(b[0]!.parties).toEqual(['شرکت آب منطقه ای کرمان']);
  });

  it('«مدیر X» in a speaker tag speaks for «این مدیریت»; «معاون … نیروگاه X» for a bare «نیروگاه»', () => {
    const a = find(
      'آقای رضایی (مدیر امور آب شهرستان ماکو): ۱۲ کیلومتر از خطوط انتقال فرسوده است. این مدیریت تا پایان دی ماه ۵ کیلومتر لوله را تعویض می‌کند.',
    );
    expect(a).toHaveLength(1);
    expect(a[0]!.parties).toEqual(['امور آب شهرستان ماکو']);
    const b = find(
      'آقای صفری (معاون فنی نیروگاه حرارتی بندرعباس) گفت: نیروگاه امسال ۱۲ میلیارد ریال برای فضای سبز شهر هزینه کرده است.',
    );
    expect(b[0]!.parties).toEqual(['نیروگاه حرارتی بندرعباس']);
  });

  it('no office named, no body made up from one', () => {
    expect(officeBodies('آقای کریمی گفت', 'اداره')).toEqual([]);
    expect(officeBodies('مدیر شعب بانک ملی استان گفت', 'شرکت')).toEqual([]);
  });
});
