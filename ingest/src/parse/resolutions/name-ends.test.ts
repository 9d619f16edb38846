import { describe, expect, it } from 'vitest';
import { findResolutions, subjectBodies } from './index.ts';
import { findDeadline } from './fields.ts';
import { partyPhrase, splitBodies } from './parties.ts';
import { tidy } from '../fold.ts';

// Made-up sentences of the families missed on heldout12 (#16, session 9): where a body's name ends.
describe("a body's name ends where the data says", () => {
  it.each([
    // A registry name's last word before a verb stays in the name (was «منشی هیئت»).
    ['منشی هیئت مدیره است', 'منشی هیئت مدیره'],
    ['خزانه دار هیئت امنا می باشد', 'خزانه دار هیئت امنا'],
    // A registry name holds a word that elsewhere opens the object («برنامه»).
    ['سازمان مدیریت و برنامه ریزی استان بودجه را تامین کند', 'سازمان مدیریت و برنامه ریزی استان'],
    // A jurisdiction word before the verb closes the name instead of being dropped.
    ['اداره کل منابع طبیعی شهرستان می باشد', 'اداره کل منابع طبیعی شهرستان'],
    ['شهرداری کرمان است', 'شهرداری کرمان'],
    // Before a copula only a predicate is dropped; before a light verb its noun is.
    ['رئیس شورای اسلامی روستا است', 'رئیس شورای اسلامی روستا'],
    ['مدیرعامل شرکت برق منطقه ای می باشد', 'مدیرعامل شرکت برق منطقه ای'],
    ['دبیر کارگروه اشتغال است', 'دبیر کارگروه اشتغال'],
    ['دبیرخانه مسئول است', 'دبیرخانه'],
    ['کمیته فنی تشکیل شود', 'کمیته فنی'],
    // An act after a closed name or a lone role opens the object.
    ['مدیرعامل پرداخت آن را انجام دهد', 'مدیرعامل'],
    ['بانک ملی استان پرداخت وام ها را آغاز کند', 'بانک ملی استان'],
    ['پلیس راهور شهرستان اجرای آن را کنترل کند', 'پلیس راهور شهرستان'],
    // … and a place word closes the name when the object runs on to «را».
    ['بخشداری بخش مرکزی زباله روستاهای حاشیه رودخانه را جمع کند', 'بخشداری بخش مرکزی'],
  ])('%s → %s', (text, name) => {
    expect(partyPhrase(tidy(text).split(' '), 0)).toBe(name);
  });

  it.each([
    // The place named after «استان» is part of the name when the object runs on to «را».
    ['مقرر شد اداره کل راهداری استان اصفهان اعتبار لازم را تا پایان ماه تامین کند.', ['اداره کل راهداری استان اصفهان']],
    // «به عهده X شهرستان می‌باشد»: the agent keeps its jurisdiction word.
    ['پیگیری پرونده ها به عهده یگان حفاظت محیط زیست شهرستان می باشد.', ['یگان حفاظت محیط زیست شهرستان']],
    // Those present at an act given to an agent are not bound by it.
    [
      'برگزاری اردوی آموزشی با حضور دهیاران بخش مرکزی به عهده اداره آموزش و پرورش شهرستان است.',
      ['اداره آموزش و پرورش شهرستان'],
    ],
    // Persons named as the subject, joined by «و»; the surname alone when the object follows.
    ['مقرر شد آقای نوروزی و خانم صالحی زمین مورد نظر را بازدید کنند.', ['آقای نوروزی', 'خانم صالحی']],
    ['مقرر شد آقای علی کریمی گزارش هزینه ها را ارائه کند.', ['آقای علی کریمی']],
    // A matter put off to a later meeting binds no one yet.
    ['درخواست شرکت گاز برای تمدید قرارداد به جلسه بعد موکول شد.', []],
    // A section of a body named after «به عهده» («واحد X صندوق»), with its body's head before the verb.
    ['پیگیری اقساط معوق به عهده واحد اعتبارات صندوق است.', ['واحد اعتبارات صندوق']],
    // «… تصویب شد؛ اجرا با X.»: a verbless clause names who carries it out.
    ['خرید دو دستگاه پمپ تصویب شد؛ اجرا با شرکت آب منطقه ای استان.', ['شرکت آب منطقه ای استان']],
    // A condition binds the private party it names.
    ['با درخواست موافقت شد مشروط بر آنکه مالک عوارض را ظرف یک ماه پرداخت نماید.', ['مالک']],
    ['با تمدید پروانه موافقت شد به شرط آنکه پیمانکار ضمانت نامه را تمدید کند.', ['پیمانکار']],
    // A referral after a clause with another «به»: the body after the last «به».
    ['به دلیل نیاز به استعلام در کمیسیون طرح نشد و به اداره منابع طبیعی ارجاع شد.', ['اداره منابع طبیعی']],
  ])('%s', (sentence, bodies) => {
    expect(subjectBodies(sentence)).toEqual(bodies);
  });

  it.each([
    // A unit not closed by a place belongs to the institution named after it.
    ['معاونت درمان دانشگاه علوم پزشکی اراک', ['معاونت درمان دانشگاه علوم پزشکی اراک']],
    ['دفتر فنی سازمان همیاری شهرداریها', ['دفتر فنی سازمان همیاری شهرداریها']],
    // … but a unit closed by its county stands apart from the next body.
    ['مدیریت جهاد کشاورزی شهرستان ساوه شرکت آب منطقه ای', ['مدیریت جهاد کشاورزی شهرستان ساوه', 'شرکت آب منطقه ای']],
    // A head word coordinated with a field («مدیریت و تحول») names a field, not a second body.
    ['دفتر توسعه مدیریت و منابع انسانی', ['دفتر توسعه مدیریت و منابع انسانی']],
    ['فرمانداری کرج شهرداری کرج', ['فرمانداری کرج', 'شهرداری کرج']],
  ])('cell %s', (cell, bodies) => {
    expect(splitBodies(cell)).toEqual(bodies);
  });
});

describe('deadlines of the season and of a postponement', () => {
  it.each([
    ['لایروبی آبراهه ها قبل از شروع بارندگی های پاییزه انجام شود.', 'قبل از شروع بارندگی های پاییزه'],
    ['لایروبی کانال ها قبل از شروع فصل بارندگی انجام شود.', 'قبل از شروع فصل بارندگی'],
    ['ترمیم جاده قبل از بارش های زمستانه انجام شود.', 'قبل از بارش های زمستانه'],
    // A matter put off to the next meeting has no deadline.
    ['بررسی طرح به جلسه بعد موکول شد.', null],
    ['گزارش در جلسه بعد ارائه شود.', 'جلسه بعد'],
  ])('%s', (sentence, deadline) => {
    expect(findDeadline(sentence)).toBe(deadline);
  });
});

describe('decisions written one case at a time', () => {
  it('reads «نظر شورا: …» as one decision per line, a duty after the approval binding its body', () => {
    const text = [
      'دستور اول: تمدید قرارداد پروژه',
      'گزارش: پیمانکار خواستار تمدید شد.',
      'نظر شورا: با تمدید قرارداد به مدت سه ماه موافقت شد. اداره کل نوسازی مدارس استان موظف است برنامه جدید را ظرف دو هفته ارائه کند.',
      'دستور دوم: خرید تجهیزات',
      'نظر شورا: خرید تجهیزات آزمایشگاه تصویب شد؛ اجرا با دانشگاه صنعتی اراک.',
      'دستور سوم: نرخ کرایه',
      'تصمیم کمیسیون: با افزایش ده درصدی نرخ موافقت شد. سازمان حمل و نقل شهرداری موظف است نرخ ها را اعلام کند.',
    ].join('\n');
    const rs = findResolutions(text, 'minutes');
    expect(rs.map((r) => [r.responsible, r.deadline])).toEqual([
      [['اداره کل نوسازی مدارس استان'], 'ظرف دو هفته'],
      [['دانشگاه صنعتی اراک'], null],
      [['سازمان حمل و نقل شهرداری'], null],
    ]);
  });

  it('reads the cases under «نتایج بررسی پرونده‌ها:», a rejection among them', () => {
    const text = [
      'نتایج بررسی پرونده‌ها:',
      '1. پرونده شماره 12 (احداث انبار): با رأی اکثریت موافقت شد مشروط بر آنکه متقاضی عوارض را ظرف 20 روز پرداخت نماید.',
      '2. پرونده شماره 15 (احداث ویلا در باغ): با توجه به باغ بودن زمین مخالفت شد.',
      '3. پرونده شماره 18 (دامداری): نیاز به طرح در کمیسیون ندارد و به اداره امور اراضی ارجاع شد.',
    ].join('\n');
    const rs = findResolutions(text, 'minutes');
    expect(rs.map((r) => [r.text.split(' (')[0], r.responsible])).toEqual([
      ['پرونده شماره 12', ['متقاضی']],
      ['پرونده شماره 15', []],
      ['پرونده شماره 18', ['اداره امور اراضی']],
    ]);
  });
});
