import { describe, expect, it } from 'vitest';
import { findCommitments, type ResolutionInput } from './index.ts';
import { partyMentions } from './parties.ts';
import { resolutionParties } from './resolution-parties.ts';

/** Commitments of a minutes text dated 1401/03/11 (2022-06-01). */
function minutes(text: string, resolutions: ResolutionInput[] = []) {
  return findCommitments({ text, kind: 'minutes', date: '2022-06-01', resolutions });
}

describe('a unit of a body named by its function (session 9, round A)', () => {
  it('«مدیریت امور X», «واحد وصول مطالبات صندوق», «یگان حفاظت …» are whole names', () => {
    const names = (s: string) => partyMentions(s).map((m) => m.name);
    expect(names('مدیریت امور اداری ۵ میلیارد ریال برای تعمیر ساختمان پرداخت خواهد کرد.')).toEqual([
      'مدیریت امور اداری',
    ]);
    expect(names('پیگیری اقساط معوق به عهده واحد وصول مطالبات صندوق است.')).toEqual(['واحد وصول مطالبات صندوق']);
    expect(names('گشت‌زنی در جنگل به عهده یگان حفاظت منابع طبیعی شهرستان است.')).toEqual([
      'یگان حفاظت منابع طبیعی شهرستان',
    ]);
  });

  it('a unit that will pay is the statement’s party', () => {
    const out = minutes('نماینده دانشگاه:\n«مدیریت امور مالی ۱۰ میلیارد ریال آن را تا پایان سال پرداخت خواهد کرد.»');
    expect(out.map((c) => c.parties)).toEqual([['مدیریت امور مالی']]);
  });

  it('a negative verb ends a name («در کمیسیون ندارد»)', () => {
    expect(partyMentions('نیاز به طرح در کمیسیون ندارد', true).map((m) => m.name)).toEqual(['کمیسیون']);
  });
});

describe('who attends is not who is charged', () => {
  it('«… با حضور X به عهده Y است»: Y is bound', () => {
    const text = 'برگزاری مانور امداد و نجات با حضور دهیاران بخش مرکزی به عهده یگان امداد هلال احمر شهرستان است.';
    expect(resolutionParties({ text, responsible: ['دهیاران بخش مرکزی'], supervisor: [] })).toEqual([
      'یگان امداد هلال احمر شهرستان',
    ]);
  });
});

describe('a deadline before the season’s rains', () => {
  it('«قبل از شروع بارندگی‌های پاییزه» is the deadline as written', () => {
    const text = '۲- لایروبی آبراهه‌های روستا توسط اداره آبخیزداری قبل از شروع بارندگی‌های پاییزه انجام شود.';
    const [c] = minutes(text, [
      {
        number: 2,
        text: 'لایروبی آبراهه‌های روستا توسط اداره آبخیزداری قبل از شروع بارندگی‌های پاییزه انجام شود.',
        responsible: ['اداره آبخیزداری'],
        supervisor: [],
        deadline: null,
        page: null,
      },
    ]);
    expect(c!.deadline?.text).toBe('قبل از شروع بارندگی های پاییزه');
  });
});

describe('members named in a decision, and a loan cap changed', () => {
  it('«مقرر شد آقای X و خانم Y …» binds both, by family name', () => {
    const text = 'مقرر شد آقای کرمی و خانم نادری زمین پیشنهادی را بازدید و گزارش آن را در جلسه آینده ارائه کنند.';
    expect(resolutionParties({ text, responsible: [], supervisor: [] })).toEqual(['کرمی', 'نادری']);
  });

  it('«سقف وام از A به B افزایش یافت»: the figures of the cap are no amounts committed', () => {
    const item =
      'سقف وام اضطراری اعضا از 200 میلیون ریال به 400 میلیون ریال افزایش یافت و اجرای آن به عهده مدیرعامل است.';
    const [c] = minutes(`۱- ${item}`, [
      { number: 1, text: item, responsible: ['مدیرعامل'], supervisor: [], deadline: null, page: null },
    ]);
    expect(c!.amounts).toEqual([]);
    const paid = 'صندوق مبلغ 200 میلیون ریال به هر عضو وام پرداخت کند.';
    const [d] = minutes(`۱- ${paid}`, [
      { number: 1, text: paid, responsible: ['صندوق'], supervisor: [], deadline: null, page: null },
    ]);
    expect(d!.amounts.map((a) => a.text)).toEqual(['200 میلیون ریال']);
  });
});

describe('a matter put off to the next meeting', () => {
  it('binds neither the body that asked nor anyone by «جلسه بعد»', () => {
    const item = 'درخواست اداره ورزش و جوانان شهرستان برای واگذاری سالن ورزشی به جلسه بعد موکول شد.';
    const [c] = minutes(`ب) ${item}`, [
      {
        number: null,
        text: item,
        responsible: ['اداره ورزش و جوانان شهرستان'],
        supervisor: [],
        deadline: 'جلسه بعد',
        page: null,
      },
    ]);
    expect(c!.parties).toEqual([]);
    expect(c!.deadline).toBeNull();
  });
});

describe('an approval and the duty that carries it out', () => {
  it('«… تصویب شد؛ اجرا با شرکت X» binds the executor', () => {
    const text = 'خرید ترک تشریفاتی پمپ‌های ایستگاه با رعایت قیمت کارشناسی تصویب شد؛ اجرا با شرکت آب و فاضلاب استان.';
    expect(resolutionParties({ text, responsible: [], supervisor: [] })).toEqual(['شرکت آب و فاضلاب استان']);
  });

  it('«… موافقت شد. اداره X موظف است … ظرف ۱۰ روز …» on one line is one commitment', () => {
    const a = 'با تمدید قرارداد لایروبی به مدت ۳ ماه موافقت شد.';
    const b = 'اداره کل منابع طبیعی استان موظف است برنامه جدید را ظرف ۱۰ روز به دبیرخانه ارائه دهد.';
    const r = (t: string): ResolutionInput => ({
      number: null,
      text: t,
      responsible: [],
      supervisor: [],
      deadline: null,
      page: null,
    });
    const out = minutes(`نظر شورا: ${a} ${b}`, [r(a), r(b)]);
    expect(out).toHaveLength(1);
    expect(out[0]!.text.startsWith('با تمدید') || out[0]!.text.includes(a)).toBe(true);
    expect(out[0]!.parties).toEqual(['اداره کل منابع طبیعی استان']);
    expect(out[0]!.deadline?.text).toBe('ظرف ۱۰ روز');
  });
});

describe('permits on a condition, and matters handed on', () => {
  it('«مشروط بر آنکه متقاضی … پرداخت نماید» binds the applicant', () => {
    const text = 'با تغییر کاربری موافقت شد مشروط بر آنکه متقاضی عوارض قانونی را ظرف ۳۰ روز پرداخت نماید.';
    expect(resolutionParties({ text, responsible: [], supervisor: [] })).toEqual(['متقاضی']);
  });

  it('«… به اداره X ارجاع شد» binds the body it is handed to', () => {
    const text = 'با توجه به ماهیت طرح، نیاز به طرح در کمیسیون ندارد و به اداره امور عشایر ارجاع شد.';
    expect(resolutionParties({ text, responsible: [], supervisor: [] })).toEqual(['اداره امور عشایر']);
  });
});

describe('news of an agreement: its obligations, and a bare head word as subject', () => {
  const news = (text: string) => findCommitments({ text, kind: 'news', date: '2022-06-01', resolutions: [] });

  it('«به موجب این تفاهم‌نامه، X … در اختیار … قرار می‌دهد» is the commitment, not the signing', () => {
    const out = news(
      'تفاهم‌نامه همکاری استانداری زنجان و بنیاد برکت برای توسعه روستاها امروز امضا شد. به موجب این تفاهم‌نامه، بنیاد برکت 4,000 میلیارد ریال تسهیلات را طی دو سال از طریق بانک‌های عامل در اختیار طرح‌های استان قرار می‌دهد.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['بنیاد برکت']);
    expect(out[0]!.amounts.map((a) => a.text)).toEqual(['4,000 میلیارد ریال']);
  });

  it('«صندوق … از طریق بانک Y پرداخت خواهد کرد» after «مدیر صندوق X گفت:» binds X, not the bank', () => {
    const out = news(
      'مدیرعامل صندوق کارآفرینی امید در این مراسم گفت: صندوق سهم تسهیلات طرح آبرسانی روستاها را معادل 900 میلیارد ریال تا پایان سال از طریق پست بانک پرداخت خواهد کرد.',
    );
    expect(out.map((c) => c.parties)).toEqual([['صندوق کارآفرینی امید']]);
  });
});

describe('what is built is no party; a hope is no promise', () => {
  const news = (text: string) => findCommitments({ text, kind: 'news', date: '2022-06-01', resolutions: [] });

  it('«X … برای راه‌اندازی کارخانه Y سرمایه‌گذاری می‌کند» binds X only', () => {
    const out = news(
      'بنیاد تعاون سپاه دو هزار میلیارد ریال برای راه‌اندازی کارخانه فرآوری لبنیات شهرستان کوهدشت سرمایه‌گذاری می‌کند.',
    );
    expect(out.map((c) => c.parties)).toEqual([['بنیاد تعاون سپاه']]);
  });

  it('«وی انتظار دارد بنیاد X … را در دستور کار قرار دهد» is a hope', () => {
    expect(news('وی انتظار دارد بنیاد برکت طرح گلخانه‌های شهرستان را نیز در دستور کار قرار دهد.')).toEqual([]);
  });
});

describe('money spread over years', () => {
  it('«… طی سه سال … در اختیار … قرار می‌دهد» has no deadline', () => {
    const [c] = findCommitments({
      text: 'بنیاد برکت 3,000 میلیارد ریال تسهیلات را طی سه سال از طریق بانک‌های عامل در اختیار طرح‌های روستایی استان قرار می‌دهد.',
      kind: 'news',
      date: '2022-06-01',
      resolutions: [],
    });
    expect(c!.deadline).toBeNull();
  });
});
