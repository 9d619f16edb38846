import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { findResolutions } from '../resolutions/index.ts';

/** Commitments of a text dated 1401/03/11 (2022-06-01). */
function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2022-06-01', resolutions: [] });
}

describe('sentence families of commitments', () => {
  it('money set aside or paid in words other than «پرداخت کرد»', () => {
    const [a] = find(
      'مدیرکل بنیاد مسکن استان گفت: برای بازسازی خانه‌های روستایی ۴۰ میلیارد تومان در نظر گرفته شده است.',
    );
    expect(a!.parties[0]).toMatch(/^بنیاد مسکن/);
    expect(a!.amounts.map((x) => x.toman)).toEqual([40e9]);
    const [b] = find(
      'صندوق کارآفرینی امید تاکنون با پرداخت ۱۲ میلیارد تومان تسهیلات به ۳۰۰ طرح روستایی یاری رسانده است.',
    );
    expect(b!.parties).toEqual(['صندوق کارآفرینی امید']);
    const [c] = find('تسهیلاتی که بانک ملت به واحدهای تولیدی استان ارائه خواهد کرد از محل منابع داخلی است.');
    expect(c!.parties).toEqual(['بانک ملت']);
  });

  it('a passive payment in a funder official’s quote is the funder’s', () => {
    const [c] = find('مدیر بنیاد برکت در استان یزد افزود: تاکنون ۴۰۰ طرح تأیید شده و تسهیلات آنها پرداخت شده است.');
    expect(c!.parties).toEqual(['بنیاد برکت']);
  });

  it('a signed agreement binds the bodies named after «با»', () => {
    const [c] = find(
      'تفاهم‌نامه همکاری در حوزه آموزش مهارت با همکاری وزارت آموزش و پرورش با بنیاد مستضعفان انقلاب اسلامی به امضا رسید.',
    );
    expect(c!.parties.length).toBe(2);
    expect(c!.parties.some((p) => p.startsWith('بنیاد مستضعفان'))).toBe(true);
  });

  it('a body putting its means at a programme’s service, or running it, in minutes', () => {
    const out = find(
      'در ادامه گزارش شد: سازمان بهزیستی امکانات خود را برای این طرح در اختیار قرار داده است. همچنین از اجرای طرح نشاط در مدارس توسط هلال احمر خبر داده شد.',
      'minutes',
    );
    expect(out).toHaveLength(2);
  });

  it('a payment denied, a report presented and a speech reported in a list item are not commitments', () => {
    expect(
      find('- ساختمان کتابخانه شهر نیمه‌کاره مانده و اعتباری جهت تکمیل آن تخصیص داده نشده است.', 'minutes'),
    ).toEqual([]);
    expect(
      find(
        'ریاست سازمان صنعت گزارش وضعیت تسهیلات رونق تولید و پرونده‌های متقاضیان تسهیلات را ارائه نمودند.',
        'minutes',
      ),
    ).toEqual([]);
    expect(
      find(
        '۲- آقای رحیمی نیز به موضوع پارک‌ها اشاره و عنوان نمودند که نورپردازی بلوار در اولویت قرار گیرد.',
        'minutes',
      ),
    ).toEqual([]);
  });

  it('an explicit promise inside a long speech holds despite a request in the same sentence', () => {
    const speech =
      'من از همه دوستان خواهش می‌کنم همراهی کنند و همین‌جا عرض می‌کنم که با مدیرعامل بانک رفاه کارگران دیداری داشتیم و ' +
      'ایشان برای احداث کارخانه و تأمین سرمایه در گردش واحدهای کوچک شهرستان قول و وعده‌هایی گذاشته‌اند که امیدوارم هرچه زودتر در منطقه محقق شود.';
    const [c] = find(speech, 'minutes');
    expect(c!.parties).toContain('بانک رفاه کارگران');
  });

  it('self-description, yearly statistics and past payments told by an official are reports', () => {
    expect(find('این صندوق خود را در کنار دولت در توسعه صادرات استان مکلف می‌داند.')).toEqual([]);
    expect(find('مدیر بنیاد مسکن گفت: سالانه ۸۰۰ واحد مسکونی روستایی در این شهرستان ساخته می‌شود.')).toEqual([]);
    expect(
      find('استاندار مرکزی گفت: سال گذشته برای نوسازی واحدهای صنعتی ۳۰۰ میلیارد تومان تسهیلات پرداخت شده است.'),
    ).toEqual([]);
    // Money set aside this year, told by the same official, still counts.
    expect(
      find('استاندار مرکزی گفت: امسال برای نوسازی واحدهای صنعتی ۳۰۰ میلیارد تومان در نظر گرفته شده است.'),
    ).toHaveLength(1);
  });

  it('a speaker who tells what a body referred back to did binds that body, not himself', () => {
    const text =
      'آقای کریمی\nمعاون استاندار\nبرای پست بانک ده میلیارد تومان طرح فرستاده‌ایم که این بانک تاکنون دو میلیارد تومان پرداخت کرده است. ' +
      'به بانک ملی هم طرح فرستاده‌ایم که بانک مذکور تاکنون یک میلیارد تومان پرداخت نموده است.';
    const out = find(text, 'minutes');
    expect(out.map((c) => c.parties)).toEqual([['پست بانک'], ['بانک ملی']]);
  });

  it('a resolution without a responsible column binds the body right after «مقرر شد»', () => {
    const text = 'مقرر شد شهرداری تا پایان ماه آینده نسبت به لایروبی انهار اقدام نماید.';
    const [c] = findCommitments({
      text,
      kind: 'minutes',
      date: '2022-06-01',
      resolutions: [{ number: 1, text, responsible: [], supervisor: [], deadline: null, page: null }],
    });
    expect(c!.parties).toEqual(['شهرداری']);
    const other = 'مقرر شد گزارش لایروبی انهار در جلسه بعد به شهرداری ارائه شود.';
    const [d] = findCommitments({
      text: other,
      kind: 'minutes',
      date: '2022-06-01',
      resolutions: [{ number: 1, text: other, responsible: [], supervisor: [], deadline: null, page: null }],
    });
    expect(d!.parties).toEqual([]);
  });

  it('the worth of applications sent to a bank is not the bank’s amount', () => {
    const [c] = find(
      'مدیرکل تعاون گفت: ۴۰ میلیارد تومان طرح به بانک ملت فرستاده‌ایم که این بانک تاکنون ۸ میلیارد تومان پرداخت کرده است.',
    );
    expect(c!.amounts.map((a) => a.toman)).toEqual([8e9]);
  });

  it('how a fund’s capital is split between sources is a statistic', () => {
    expect(find('سرمایه این صندوق ۶۰ درصد از محل سهم اعضا و ۴۰ درصد از محل بودجه دولت تامین می‌شود.')).toEqual([]);
  });

  it('the worth of an agreement told in a later sentence is that agreement’s amount', () => {
    const out = find(
      'تفاهم‌نامه همکاری استانداری یزد و بنیاد برکت برای ایجاد اشتغال روستایی امضا شد. مراسم در سالن استانداری برگزار شد. ' +
        'ارزش کل این تفاهم‌نامه ۲ هزار میلیارد تومان است.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.amounts.map((a) => a.toman)).toEqual([2e12]);
  });
});

describe('commitment families, round 3', () => {
  const minutes = (text: string) => find(text, 'minutes');

  it('a unit the finders do not know, named right after «مقرر گردید», is bound; plural bodies to be formed are not', () => {
    const [c] = minutes('ضمنا مقرر گردید امور مالی بیمارستان مبلغ ۴ میلیارد ریال برای خرید تخت پرداخت کند.');
    expect(c!.parties).toEqual(['امور مالی بیمارستان']);
    expect(c!.amounts.map((a) => a.text)).toEqual(['۴ میلیارد ریال']);
    const [d] = minutes('در این جلسه مقرر شد کمیته‌های محلی در روستاها در اسرع وقت تشکیل شوند.');
    expect(d?.parties ?? []).toEqual([]);
  });

  it('the body that opens a payment clause pays; the source of the money and the account are not parties', () => {
    const [c] = minutes(
      '۳) دهیاری روستای کلاته مبلغ ۵۰۰ میلیون ریال از محل سهم بهزیستی از عوارض را به حساب اداره بهزیستی واریز کند.',
    );
    expect(c!.parties).toHaveLength(1);
    expect(c!.parties[0]).toMatch(/^دهیاری/);
  });

  it('deadlines: hours, a period to do it in, a recurring day, before a season, a start date', () => {
    const dl = (t: string) => minutes(t)[0]?.deadline;
    expect(dl('اداره کل راه و شهرسازی موظف است ظرف ۴۸ ساعت محور را بازگشایی کند.')).toEqual({
      text: 'ظرف ۴۸ ساعت',
      due: '2022-06-03',
    });
    expect(dl('بر اساس این تفاهم‌نامه بنیاد مسکن موظف است در مدت سه سال ۲۰۰ واحد بسازد.')?.text).toBe('در مدت سه سال');
    expect(dl('کلیه دهیاری‌ها موظفند گزارش عملکرد را تا دهم هر ماه به بخشداری ارسال کنند.')).toEqual({
      text: 'تا دهم هر ماه',
      due: null,
    });
    expect(dl('شبکه بهداشت موظف است سمپاشی منازل را تا قبل از تابستان آینده انجام دهد.')?.text).toBe(
      'تا قبل از تابستان آینده',
    );
    expect(dl('روابط عمومی فرمانداری مکلف گردید پویش پاکسازی را از اول شهریور آغاز کند.')?.text).toBe('از اول شهریور');
  });

  it('financing or support with money is a payment; a need for money is not a commitment', () => {
    const [a] = find(
      'مدیر شعب بانک سپه گفت: این بانک امسال ۴۰ طرح صنعتی را به مبلغ ۹۰۰ میلیارد ریال تامین مالی کرده است.',
    );
    expect(a!.parties).toEqual(['بانک سپه']);
    const [b] = find('صندوق کارآفرینی امید تاکنون ۳ هزار طرح خانگی را با ۶۰۰ میلیارد ریال تسهیلات حمایت کرده است.');
    expect(b!.amounts.map((x) => x.text)).toEqual(['۶۰۰ میلیارد ریال']);
    expect(
      find(
        'وی افزود: برای تکمیل این بیمارستان حدود ۸۰۰ میلیارد ریال اعتبار نیاز است که از محل منابع ملی تامین می‌شود.',
      ),
    ).toEqual([]);
  });

  it('completion announced by a date binds the official who announces it', () => {
    const [c] = find(
      'فرماندار بوکان در بازدید از روستاهای بخش مرکزی از تکمیل ۱۲ مدرسه نیمه‌تمام تا پایان شهریور ۱۴۰۳ خبر داد.',
    );
    expect(c!.parties).toEqual(['فرماندار بوکان']);
    expect(c!.deadline?.text).toBe('تا پایان شهریور ۱۴۰۳');
    // …a completion reported, with no date to meet, is news.
    expect(find('فرماندار بوکان از تکمیل ۱۲ مدرسه در سال گذشته خبر داد.')).toEqual([]);
  });

  it('a matter referred to a body binds that body', () => {
    const [c] = minutes('- درخواست کسبه بازار برای نصب دوربین به نیروی انتظامی شهرستان ارجاع شد.');
    expect(c!.parties[0]).toMatch(/^نیروی انتظامی/);
  });

  it('a list item ending «… کند» decides; its «مسئول پیگیری:/مهلت:/ناظر:» lines give party, deadline and supervisor', () => {
    const text =
      'مصوبات:\n۲) معاونت فنی برنامه نگهداری پل‌ها را تدوین و به ادارات ابلاغ کند.\nمسئول پیگیری: معاونت فنی اداره کل\nمهلت: تا ۲۰ مهر\nناظر: دفتر فنی استانداری';
    const [c] = minutes(text);
    expect(c!.parties).toEqual(['معاونت فنی اداره کل']);
    expect(c!.deadline?.text).toBe('تا ۲۰ مهر');
    expect(c!.supervisor).toEqual(['دفتر فنی استانداری']);
  });

  it('credit approved with no amount binds no one; an official telling of an allocation is not its party', () => {
    expect(find('در جلسه شورای برنامه ریزی استان، اعتبار طرح‌های نیمه تمام شهرستان تویسرکان تصویب شد.')).toEqual([]);
    const [c] = find(
      'استاندار همچنین اعلام کرد برای مرمت بازار تاریخی مبلغ ۸۰ میلیارد ریال از محل اعتبارات ملی اختصاص یافته است.',
    );
    expect(c!.parties).toEqual([]);
    expect(c!.amounts.map((a) => a.text)).toEqual(['۸۰ میلیارد ریال']);
  });

  it('a signing whose obligations follow, or a count of agreements listed after, is not another commitment', () => {
    const duties = find(
      'تفاهم‌نامه همکاری فرمانداری شهرستان و بنیاد مسکن برای بازسازی روستاها به امضا رسید. این تفاهم‌نامه به امضای فرماندار و مدیرکل بنیاد مسکن رسید و بر اساس آن بنیاد مسکن موظف است ظرف یک سال ۳۰۰ میلیارد ریال تسهیلات پرداخت کند.',
    );
    expect(duties).toHaveLength(1);
    expect(duties[0]!.parties[0]).toMatch(/^بنیاد مسکن/);
    const listed = find(
      'سه تفاهم‌نامه همکاری بنیاد برکت و استانداری یزد منعقد شد. بر این اساس، تفاهم‌نامه همکاری استانداری یزد و بنیاد برکت برای اشتغال روستایی به ارزش ۲ هزار میلیارد ریال امضا شد.',
    );
    expect(listed).toHaveLength(1);
    expect(listed[0]!.amounts.map((a) => a.text)).toEqual(['۲ هزار میلیارد ریال']);
    // …a signing alone is still the commitment.
    expect(find('تفاهم‌نامه همکاری فرمانداری شهرستان و بنیاد مسکن برای بازسازی روستاها به امضا رسید.')).toHaveLength(1);
  });
});

describe('round 3 rules: what they do not read', () => {
  it.each([
    ['a list item that asks, ending «کنند»', '- بانک‌ها باید به واحدهای تولیدی آسیب‌دیده کمک کنند.', 'minutes'],
    ['a case referred to a court', 'پرونده متهمان بانک سرمایه برای رسیدگی به دادسرا ارجاع شد.', 'news'],
    [
      'agreements counted to date',
      'معاون شهردار توضیح داد که تاکنون با مالکان ۱۲ پلاک توافق صورت گرفته است.',
      'minutes',
    ],
    ['completion reported with no date to meet', 'بخشدار مرکزی از تکمیل ۶ طرح آبرسانی روستایی خبر داد.', 'news'],
    [
      'progress told in a meeting',
      'دهیار روستا گفت: عملیات جدول‌گذاری کوچه‌ها تا پایان مرداد به پایان می‌رسد.',
      'minutes',
    ],
  ] as const)('%s', (_, text, kind) => {
    expect(find(text, kind)).toEqual([]);
  });

  it('payers listed each with an amount all pay', () => {
    const [c] = find('بانک ملی مبلغ ۵ میلیارد تومان و بانک صادرات مبلغ ۳ میلیارد تومان به طرح‌ها پرداخت کردند.');
    expect(c!.parties).toEqual(['بانک ملی', 'بانک صادرات']);
  });
});

describe('deadline phrases of minutes, round 3', () => {
  it.each([
    ['شهرداری موظف است تا ۲۰ روز آینده فهرست را ارسال کند.', 'تا ۲۰ روز آینده', '2022-06-21'],
    ['شهرداری موظف است گزارش را ظرف ۱۰ روز پس از ابلاغ ارسال کند.', 'ظرف ۱۰ روز پس از ابلاغ', '2022-06-11'],
    ['دهیاری موظف است تا پایان آبانماه کار را تمام کند.', 'تا پایان آبانماه', '2022-11-21'],
    ['دهیاری موظف است تا نیمه مهر کار را تمام کند.', 'تا نیمه مهر', '2022-10-07'],
    ['مدرسه موظف است تا پایان سال تحصیلی کلاس‌ها را برگزار کند.', 'تا پایان سال تحصیلی', null],
    ['اداره نوسازی مدارس موظف است پیش از بازگشایی مدارس کار را تمام کند.', 'پیش از بازگشایی مدارس', null],
    ['شهرداری موظف است تا دهه فجر پروژه را افتتاح کند.', 'تا دهه فجر', null],
  ] as const)('%s', (text, phrase, due) => {
    expect(find(text, 'minutes')[0]?.deadline).toEqual({ text: phrase, due });
  });

  it('a resolution without a responsible body or deadline takes them from the lines under it', () => {
    const item = 'نصب ۱۰ دستگاه سرد کن آب در مدارس روستایی';
    const [c] = findCommitments({
      text: `مصوبات:\n۱- ${item}\nمسئول اجرا: دفتر فنی فرمانداری\nمهلت: تا پایان مهر`,
      kind: 'minutes',
      date: '2022-06-01',
      resolutions: [{ number: 1, text: item, responsible: [], supervisor: [], deadline: null, page: null }],
    });
    expect(c!.parties).toEqual(['دفتر فنی فرمانداری']);
    expect(c!.deadline?.text).toBe('تا پایان مهر');
  });
});

describe('first-person readiness', () => {
  it('«ما آماده‌ایم …» is a pledge of the speaker’s body', () => {
    const [c] = find('رئیس اداره ورزش و جوانان گفت: ما آماده‌ایم دو سالن ورزشی روستایی را تا پایان سال افتتاح کنیم.');
    expect(c!.parties[0]).toMatch(/ورزش و جوانان/);
    expect(c!.deadline?.text).toBe('تا پایان سال');
  });
});

describe('where a news commitment starts', () => {
  it.each([
    'کرمان- ایرنا- بانک ملی استان تا پایان سال ۳۰۰ میلیارد ریال تسهیلات به واحدهای تولیدی پرداخت خواهد کرد.',
    'به گزارش روابط عمومی بانک ملی، بانک ملی استان تا پایان سال ۳۰۰ میلیارد ریال تسهیلات به واحدهای تولیدی پرداخت خواهد کرد.',
  ])('after a dateline or «به گزارش X،»: %s', (text) => {
    const [c] = find(text);
    expect(c!.text.startsWith('بانک ملی استان')).toBe(true);
    expect(text.slice(c!.span!.start, c!.span!.end)).toBe(c!.text);
  });
});

describe('subjects joined by «و»', () => {
  it('two bodies joined by «و» before «نیز موظف شدند» are one clause with two parties', () => {
    const out = find(
      'بر اساس این تفاهم‌نامه، سازمان صنعت، معدن و تجارت استان و اداره کل دامپزشکی استان نیز موظف شدند واحدهای متقاضی را معرفی کنند.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toHaveLength(2);
  });
});

describe('commitment families, round 4', () => {
  it('an approval paid from a body’s funds binds that body', () => {
    const text =
      'مصوبات جلسه:\n- تصویب ۲۰۰ طرح اشتغال روستایی از محل منابع صندوق توسعه ملی.\n- تأیید صورت‌های مالی سال ۱۴۰۱.';
    const resolutions = findResolutions(text, 'news').map((r) => ({ ...r, page: null }));
    const out = findCommitments({ text, kind: 'news', date: '2022-06-01', resolutions });
    expect(out[0]!.parties).toEqual(['صندوق توسعه ملی']);
  });
});

describe('commitment families, round 4 (consent and hospitals)', () => {
  const commitmentsOf = (text: string, kind: 'news' | 'minutes') => {
    const resolutions = findResolutions(text, kind).map((r) => ({ ...r, page: null }));
    return findCommitments({ text, kind, date: '2022-06-01', resolutions });
  };

  it('«موافقت X با …» opening an item binds the body that agrees', () => {
    const out = commitmentsOf(
      'اهم مصوبات این جلسه عبارتند از:\n- موافقت بانک سپه شعبه مرکزی با تقسیط بدهی واحدهای صنفی آسیب‌دیده\n- برگزاری نمایشگاه کتاب در اردیبهشت.',
      'news',
    );
    expect(out[0]!.parties).toEqual(['بانک سپه']);
  });

  it('a hospital named by its head word alone is a body', () => {
    const out = commitmentsOf(
      'مصوبات:\n۱- بیمارستان موظف است بدهی شرکت‌های تجهیزات پزشکی را تا پایان دی پرداخت کند.\n۲- بیمارستان شهید رجایی گزارش اعتبارات را ظرف یک ماه به هیئت امنا ارائه کند.',
      'minutes',
    );
    expect(out.map((c) => c.parties)).toEqual([['بیمارستان'], ['بیمارستان شهید رجایی']]);
  });
});

describe('commitment families, round 5 (two parties in one news sentence)', () => {
  const commitmentsOf = (text: string) => {
    const resolutions = findResolutions(text, 'news').map((r) => ({ ...r, page: null }));
    return findCommitments({ text, kind: 'news', date: '2022-06-01', resolutions });
  };

  it('«… X تا پایان سال … می‌کند و [کار] بر عهده Y است»: two bodies, two commitments', () => {
    const out = commitmentsOf(
      'بر اساس این تفاهم‌نامه، اداره کل منابع طبیعی استان تا پایان سال ۵۰ هکتار از اراضی را جنگل‌کاری می‌کند و نگهداری نهال‌ها بر عهده شرکت آب منطقه‌ای استان است.',
    );
    expect(out).toHaveLength(2);
    expect(out[0]!.parties.some((p) => p.includes('منابع طبیعی'))).toBe(true);
    expect(out[1]!.parties.some((p) => p.includes('آب منطقه'))).toBe(true);
    expect(out[1]!.parties.some((p) => p.includes('منابع طبیعی'))).toBe(false);
  });

  it('«… پرداخت می‌شود و سازمان X موظف است …»: the duty starts at its subject, with its own deadline', () => {
    const out = commitmentsOf(
      'وی افزود: سهم استانداری از این طرح ۴۰ میلیارد ریال است که تا پایان مهر ماه پرداخت می‌شود و اداره کل راه و شهرسازی استان موظف است اجرای طرح را ظرف شش ماه به پایان برساند.',
    );
    const duty = out.find((c) => c.parties.some((p) => p.includes('راه و شهرسازی')))!;
    expect(duty.text.startsWith('اداره کل راه و شهرسازی')).toBe(true);
    expect(duty.deadline?.text).toBe('ظرف شش ماه');
    const paid = out.find((c) => c.amounts.length > 0)!;
    expect(paid.text).toMatch(/^سهم استانداری/);
    expect(paid.deadline?.text).toBe('تا پایان مهر ماه');
  });

  it('a news decision found at its subject after «… می‌شود و» starts at the subject', () => {
    const text =
      'وی افزود: سهم استانداری از این طرح ۴۰ میلیارد ریال است که تا پایان مهر ماه پرداخت می‌شود و اداره کل راه و شهرسازی استان موظف است اجرای طرح را ظرف شش ماه به پایان برساند.';
    const duty = 'اداره کل راه و شهرسازی استان موظف است اجرای طرح را ظرف شش ماه به پایان برساند.';
    const resolution = {
      number: null,
      text: duty,
      responsible: ['اداره کل راه و شهرسازی استان'],
      supervisor: [],
      deadline: null,
      page: null,
    };
    const out = findCommitments({ text, kind: 'news', date: '2022-06-01', resolutions: [resolution] });
    const decided = out.find((c) => c.source === 'resolution')!;
    expect(decided.text).toBe(duty);
    expect(decided.deadline?.text).toBe('ظرف شش ماه');
    expect(out.some((c) => c.source === 'statement' && c.text.startsWith('سهم استانداری'))).toBe(true);
  });
});
