import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { partyMentions } from './parties.ts';

/** Commitments of a text dated 1401/03/11 (2022-06-01). */
function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2022-06-01', resolutions: [] });
}

describe('party words at a letter boundary (letter classes of parse/boundary.ts)', () => {
  it('a body followed by «،» is found; a week or day named after a body is not a party', () => {
    expect(partyMentions('در این جلسه شهرداری، تامین اعتبار را بر عهده گرفت.').map((m) => m.name)).toEqual(['شهرداری']);
    const [c] = find('مدیر شعب بانک ملت گفت: در هفته دولت، شعبه جدید بانک ملت در شهرستان نور راه اندازی می‌شود.');
    expect(c!.parties).toEqual(['بانک ملت']);
  });
});

describe('who is bound: proposers, speakers and recipients are not', () => {
  it('a body that proposed or is quoted is not bound', () => {
    expect(find('به پیشنهاد شورا قرار شد خانه تاریخی حاج میرزا به عنوان موزه شهر مورد استفاده قرار گیرد.')).toEqual([]);
    expect(partyMentions('به نقل از وزارت نیرو، ستاد بحران آب مقرر کرد اقدام شود.').map((m) => m.name)).not.toContain(
      'وزارت نیرو',
    );
  });

  it('the official «با بیان اینکه …» speaks; the body in the reported clause pays', () => {
    const [c] = find(
      'رئیس سازمان جهاد کشاورزی استان با بیان اینکه در سال گذشته استانداری ۵ میلیارد تومان به صندوق‌های روستایی کمک کرده است، افزود: این کمک ادامه دارد.',
    );
    expect(c!.parties).toEqual(['استانداری']);
  });

  it('a body listed right after a recipient is a recipient too', () => {
    const names = partyMentions('بانک ملی برای مددجویان کمیته امداد و بهزیستی ۲۰ میلیارد تومان وام پرداخت می‌کند.').map(
      (m) => m.name,
    );
    expect(names).toEqual(['بانک ملی']);
  });

  it('«مصوبه این ستاد» refers back to a body; «به این ستاد» would be a recipient', () => {
    const out = find(
      'ستاد تنظیم بازار استان روز گذشته تشکیل جلسه داد. همچنین بر اساس مصوبه این ستاد مقرر شد میادین میوه و تره بار خرما را ارزانتر عرضه کنند.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['ستاد تنظیم بازار استان']);
  });
});

describe('one commitment, said once', () => {
  it('a lead restated in the body is one commitment, the fuller one kept', () => {
    const out = find(
      'بانک ملت بیش از ۶۰ درصد منابع هر استان را به تسهیلات همان استان اختصاص داد.\n\nبه گزارش ایرنا، بانک ملت بیش از ۶۰ درصد منابع هر استان را به صورت بومی به پرداخت تسهیلات در همان استان اختصاص داده است.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toContain('به صورت بومی');
  });

  it('how a total already counted is divided is not another commitment', () => {
    const out = find(
      'مدیرکل کمیته امداد استان گفت: کمیته امداد امسال ۵ هزار شغل ایجاد می‌کند. وی افزود: از مجموع شغلی که امسال کمیته امداد ایجاد می‌کند، ۳ هزار شغل برای مددجویان شهری ایجاد می‌شود.',
    );
    expect(out).toHaveLength(1);
  });
});

describe('reports that are not commitments', () => {
  it('money allocated in the passive with no payer, told by an official, or with no amount', () => {
    expect(
      find(
        'در ادامه این بازدید، فرماندار شهرستان از بافت فرسوده بازدید کرد. کریمی با اشاره به اینکه امسال ۷۰ میلیارد ریال اعتبار برای نوسازی بافت فرسوده اختصاص داده شده است، گفت: کار ادامه دارد.',
      ),
    ).toEqual([]);
    expect(find('فرماندار گفت: به واحدهای خسارت دیده شهری و روستایی اعتبارات تخصیص داده می‌شود.')).toEqual([]);
  });

  it('the bound body is found past a news agency line and a heading', () => {
    const out = find(
      'در جلسه ستاد تسهیل استان مقرر شد به طرح‌های تولیدی ۳ میلیارد تومان تسهیلات اعطا شود.\nبه گزارش خبرگزاری\nدر این جلسه\nهمچنین برای واحدهای نیمه تمام ۲ میلیارد تومان تخصیص یافت.\nو برای بخش کشاورزی هم ۱ میلیارد تومان در نظر گرفته شد.',
    );
    expect(out.map((c) => c.parties[0])).toEqual(['ستاد تسهیل استان', 'ستاد تسهیل استان', 'ستاد تسهیل استان']);
  });

  it('a guessed date is not a deadline', () => {
    const [c] = find(
      'مدیر بانک کشاورزی استان گفت: برای ۸۰ میلیارد ریال از مطالبات خود از این ظرفیت استفاده خواهیم کرد و احتمالا این رقم تا پایان سال افزایش یابد.',
    );
    expect(c!.deadline).toBeNull();
  });
});

describe('efforts, hypotheses and plural agreements are not commitments', () => {
  it('«تلاش خواهیم کرد» is an effort; «اگر بتوانیم …» a hypothesis', () => {
    expect(find('مدیرکل گفت: تا رسیدن به وضعیت مطلوب با کمک همه مدیران استان تلاش خواهیم کرد.')).toEqual([]);
    expect(
      find('به این نتیجه رسیدیم که اگر بتوانیم با کمک بانک ملی یک تعاونی تشکیل دهیم، بانک تسهیلات آن را پرداخت کند.'),
    ).toEqual([]);
  });

  it('agreements in the plural with bodies in the plural name no party', () => {
    expect(
      find('معاون استاندار گفت: برای همه طرح‌های محلات، توافق‌نامه‌هایی با وزارتخانه‌های ذیربط امضا شده است.'),
    ).toEqual([]);
    expect(find('تفاهم‌نامه همکاری بنیاد برکت و استانداری یزد امضا شد.')).toHaveLength(1);
  });
});

describe('the amounts and party of a clause', () => {
  it('an amount referred back to («از محل این ۶۰ میلیارد تومان») and the worth of applications sent are not paid', () => {
    const out = find(
      'حدود شصت میلیارد تومان طرح‌های متقاضیان به بانک‌ها فرستاده شده است که از آنها سپاسگزاریم اما از محل این ۶۰ میلیارد تومان اعتبار، ۲۰ میلیارد تومان طرح به بانک کشاورزی فرستاده‌ایم که بانک مذکور تاکنون سه میلیارد تومان پرداخت نموده است.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['بانک کشاورزی']);
    expect(out[0]!.amounts.map((a) => a.toman)).toEqual([3e9]);
    expect(out[0]!.text).toMatch(/^اما از محل این/);
  });
});

describe('approvals that bind no one', () => {
  const res = (text: string, responsible: string[] = []) => ({
    number: null,
    text,
    responsible,
    supervisor: [],
    deadline: null,
    page: null,
  });
  const decide = (text: string, kind: CommitmentInput['kind'], responsible: string[] = []) =>
    findCommitments({ text, kind, date: '2022-06-01', resolutions: [res(text, responsible)] }).map((c) => c.parties);

  it('a reported approval with no party, money or deadline is not a commitment; a duty is', () => {
    expect(decide('- تصویب نرخ جدید کرایه حمل مسافر درون شهری با افزایش ۳۰ درصد', 'news')).toEqual([]);
    expect(decide('- تائید گزارش اداره کل دامپزشکی درباره قیمت مرغ', 'news', ['اداره کل دامپزشکی'])).toEqual([]);
    expect(decide('- الزام ادارات صمت شهرستانها به بازرسی روزانه از نانوایی ها', 'news', ['ادارات صمت'])).toEqual([
      ['ادارات صمت'],
    ]);
  });

  it('in minutes: a voted proposal or an approved creation binds no one; a matter approved stays', () => {
    expect(decide('۳- رضایی پیشنهاد داد عوارض پسماند افزایش یابد که با ۴ رای موافق تصویب شد.', 'minutes')).toEqual([]);
    expect(
      decide('همچنین با ایجاد دانشکده پیراپزشکی در شهرستان ازنا موافقت شد.', 'minutes', ['دانشکده پیراپزشکی']),
    ).toEqual([]);
    expect(decide('۲- موضوعات مربوط به برخی از مجوزهای مالی مطرح و تصویب گردید.', 'minutes')).toEqual([[]]);
  });
});

describe('loan terms and a plan told of again', () => {
  it('loan terms offered («تا سقف … با کارمزد …») are the lender’s commitment', () => {
    const out = find(
      'مدیر صندوق کارآفرینی امید استان گفت: امسال ۱۰ میلیارد تومان وام پرداخت می‌کنیم. وی افزود: تسهیلات این صندوق برای طرح‌های گردشگری روستایی تا سقف ۲۰۰ میلیون تومان با کارمزد چهار درصد است.',
    );
    expect(out).toHaveLength(2);
    expect(out[1]!.parties).toEqual(['صندوق کارآفرینی امید']);
    expect(out[1]!.amounts.map((a) => a.toman)).toEqual([2e8]);
  });

  it('the plan already counted, told of again without a body or money of its own, is not another', () => {
    const out = find(
      'مدیرکل گفت: امسال طرح روستای بدون بیکار با همکاری بنیاد برکت در ده روستای استان اجرا می‌شود. وی با بیان اینکه این طرح در روستاهای شهرستان‌های میناب و جاسک اجرا می‌شود، افزود: کار آغاز شده است.',
    );
    expect(out).toHaveLength(1);
  });
});

describe('who announced, who acts, and by when', () => {
  it('«X نیز از پرداخت … توسط بانک Y … خبر داد»: the bank pays, the official announces', () => {
    const [c] = find(
      'معاون عمرانی فرماندار کوثر نیز از پرداخت ۱۵ میلیارد ریال تسهیلات قرض الحسنه توسط بانک قرض الحسنه مهر ایران به دهیاری‌های شهرستان خبر داد.',
    );
    expect(c!.parties).toEqual(['بانک قرض الحسنه مهر ایران']);
  });

  it('the agent of a passive decision acts; «ظرف یکماه» is a deadline', () => {
    const text = 'مقرر گردید: پیگیری موضوع از طریق اداره گاز ظرف یکماه توسط دهیار انجام شود.';
    const [c] = findCommitments({
      text,
      kind: 'minutes',
      date: '2022-06-01',
      resolutions: [{ number: null, text, responsible: ['اداره گاز'], supervisor: [], deadline: null, page: null }],
    });
    expect(c!.parties).toEqual(['دهیار']);
    expect(c!.deadline?.text).toBe('ظرف یکماه');
  });
});

describe('restatements bind the same body', () => {
  it('two banks paying the same for the same are two commitments', () => {
    const out = find(
      'بانک ملی ۲۰ میلیارد تومان تسهیلات به طرح‌های کشاورزی شهرستان جیرفت پرداخت کرد. بانک سپه نیز ۲۰ میلیارد تومان تسهیلات به طرح‌های کشاورزی شهرستان جیرفت پرداخت کرد.',
    );
    expect(out.map((c) => c.parties)).toEqual([['بانک ملی'], ['بانک سپه']]);
  });
});

describe('an allocation an official announces in his own sentence', () => {
  it('is kept, with its amount («استاندار اعلام کرد برای … مبلغ X … اختصاص یافته است»)', () => {
    const [c] = find(
      'استاندار همچنین اعلام کرد برای احداث پارک جنگلی شهرستان مبلغ ۸۰ میلیارد ریال از محل اعتبارات ملی اختصاص یافته است.',
    );
    expect(c!.amounts.map((a) => a.toman)).toEqual([8e9]);
  });
});
