/**
 * Gazetteer of Iranian banks, funds and foundations that finance projects, with aliases.
 * Canonical names come out of the parser. Generic mentions («بانک‌های عامل», «صندوق‌ها»)
 * are deliberately absent. The relief committee and the Imam's executive headquarters
 * (کمیته امداد امام خمینی، ستاد اجرایی فرمان امام) lend and sign funding agreements: they
 * are canonical commitment parties (`relief`), listed among a document's funding bodies only
 * where a commitment binds them to money (commitments/relief-funders.ts); executing agencies that only channel bank loans (بنیاد مسکن انقلاب
 * اسلامی), بنیاد شهید and the regulator (بانک مرکزی) are not. Covered: every state and private bank and credit institution
 * licensed in Iran (including the ones merged into بانک سپه in 1399, which old documents
 * still name), the national and sector funds that lend or guarantee, and the foundations
 * that finance employment projects.
 *
 * `bank` entries also give a short name, so that lists such as «بانک‌های ملی، سپه و صادرات»
 * can be split into separate banks. `notBefore` blocks an alias when the next words make
 * it a different institution («صندوق ضمانت» + «صادرات»). Pure data.
 */

export interface FundingBodyData {
  name: string;
  aliases: string[];
  /** Short bank name used after «بانک‌های …» in lists. */
  short?: string;
  /** Folded words that, right after an alias, make it another institution. */
  notBefore?: string[];
  /**
   * Relief bodies that lend and sign funding agreements but that the labelled corpora do not
   * list among a document's banks and funds: canonical as commitment parties only.
   */
  relief?: boolean;
}

export const FUNDING_BODIES: FundingBodyData[] = [
  // Banks
  { name: 'بانک ملی', short: 'ملی', aliases: ['بانک ملی ایران', 'بانک ملی'] },
  { name: 'بانک سپه', short: 'سپه', aliases: ['بانک سپه'] },
  { name: 'بانک صادرات', short: 'صادرات', aliases: ['بانک صادرات ایران', 'بانک صادرات'] },
  { name: 'بانک ملت', short: 'ملت', aliases: ['بانک ملت'] },
  { name: 'بانک تجارت', short: 'تجارت', aliases: ['بانک تجارت'] },
  {
    name: 'بانک رفاه کارگران',
    short: 'رفاه',
    aliases: ['بانک رفاه کارگران', 'بانک رفاه کشور', 'بانک رفاه'],
  },
  { name: 'بانک کشاورزی', short: 'کشاورزی', aliases: ['بانک کشاورزی'] },
  { name: 'بانک مسکن', short: 'مسکن', aliases: ['بانک مسکن'] },
  { name: 'بانک صنعت و معدن', short: 'صنعت و معدن', aliases: ['بانک صنعت و معدن', 'بانک صنعت ومعدن'] },
  { name: 'بانک توسعه صادرات', short: 'توسعه صادرات', aliases: ['بانک توسعه صادرات ایران', 'بانک توسعه صادرات', 'اگزیم بانک'] },
  { name: 'بانک توسعه تعاون', short: 'توسعه تعاون', aliases: ['بانک توسعه تعاون', 'بانک توسعه و تعاون'] },
  { name: 'پست بانک', aliases: ['پست بانک ایران', 'پست بانک'] },
  { name: 'بانک انصار', short: 'انصار', aliases: ['بانک انصار'] },
  { name: 'بانک قوامین', short: 'قوامین', aliases: ['بانک قوامین'] },
  { name: 'بانک اقتصاد نوین', short: 'اقتصاد نوین', aliases: ['بانک اقتصاد نوین'] },
  { name: 'بانک پارسیان', short: 'پارسیان', aliases: ['بانک پارسیان'] },
  { name: 'بانک پاسارگاد', short: 'پاسارگاد', aliases: ['بانک پاسارگاد'] },
  { name: 'بانک سامان', short: 'سامان', aliases: ['بانک سامان'] },
  { name: 'بانک سینا', short: 'سینا', aliases: ['بانک سینا'] },
  { name: 'بانک شهر', short: 'شهر', aliases: ['بانک شهر'] },
  { name: 'بانک دی', short: 'دی', aliases: ['بانک دی'] },
  { name: 'بانک کارآفرین', short: 'کارآفرین', aliases: ['بانک کارآفرین', 'بانک کار آفرین'] },
  { name: 'بانک خاورمیانه', short: 'خاورمیانه', aliases: ['بانک خاورمیانه'] },
  { name: 'بانک آینده', short: 'آینده', aliases: ['بانک آینده'] },
  { name: 'بانک گردشگری', short: 'گردشگری', aliases: ['بانک گردشگری'] },
  { name: 'بانک ایران زمین', short: 'ایران زمین', aliases: ['بانک ایران زمین'] },
  { name: 'بانک سرمایه', short: 'سرمایه', aliases: ['بانک سرمایه'] },
  { name: 'بانک حکمت ایرانیان', aliases: ['بانک حکمت ایرانیان', 'بانک حکمت'] },
  { name: 'بانک ایران و ونزوئلا', aliases: ['بانک ایران و ونزوئلا', 'بانک مشترک ایران و ونزوئلا', 'بانک ایران ونزوئلا'] },
  { name: 'موسسه اعتباری کاسپین', aliases: ['موسسه اعتباری کاسپین', 'مؤسسه اعتباری کاسپین'] },
  { name: 'موسسه اعتباری توسعه', aliases: ['موسسه اعتباری توسعه', 'مؤسسه اعتباری توسعه'] },
  { name: 'بانک مهر اقتصاد', aliases: ['بانک مهر اقتصاد'] },
  { name: 'بانک کوثر', aliases: ['بانک کوثر', 'موسسه اعتباری کوثر'] },
  { name: 'بانک ملل', aliases: ['بانک ملل', 'موسسه اعتباری ملل'] },
  { name: 'موسسه اعتباری نور', aliases: ['موسسه اعتباری نور', 'مؤسسه اعتباری نور'] },
  {
    name: 'بانک قرض الحسنه مهر ایران',
    aliases: ['بانک قرض الحسنه مهر ایران', 'بانک قرض الحسنه مهر', 'بانک مهر ایران', 'قرض الحسنه مهر ایران'],
  },
  { name: 'بانک رسالت', aliases: ['بانک قرض الحسنه رسالت', 'بانک رسالت', 'قرض الحسنه رسالت'] },
  // Funds
  {
    name: 'صندوق کارآفرینی امید',
    aliases: [
      'صندوق کار آفرینی امید',
      'صندوق کار آفرینی و امید',
      'صندوق کار آفرین امید',
      'صندوق کارآفرینی',
      'صندوق امید',
      'کار آفرینی امید',
    ],
  },
  { name: 'صندوق توسعه ملی', aliases: ['صندوق توسعه ملی'] },
  { name: 'صندوق نوآوری و شکوفایی', aliases: ['صندوق نوآوری و شکوفایی', 'صندوق نوآوری و شکوفائی'] },
  { name: 'صندوق ضمانت صادرات', aliases: ['صندوق ضمانت صادرات ایران', 'صندوق ضمانت صادرات'] },
  {
    name: 'صندوق ضمانت سرمایه گذاری صنایع کوچک',
    aliases: ['صندوق ضمانت سرمایه گذاری صنایع کوچک'],
  },
  {
    name: 'صندوق ضمانت سرمایه گذاری تعاون',
    aliases: [
      'صندوق ضمانت سرمایه گذاری تعاون',
      'صندوق ضمانت سرمایه گذاری',
      'صندوق حمایت سرمایه گذاری',
      'صندوق ضمانت روستایی',
      'صندوق ضمانت تعاون',
      'صندوق ضمانت',
      'صندوق تعاون',
    ],
    notBefore: ['صادرات', 'سرمایه گذاری صنایع', 'صنایع'],
  },
  {
    // The investment fund under its official name (a province's fund written so keeps it).
    name: 'صندوق حمایت از توسعه سرمایه گذاری در بخش کشاورزی',
    aliases: [
      'صندوق حمایت از توسعه سرمایه گذاری در بخش کشاورزی',
      'صندوق حمایت از توسعه سرمایه گذاری بخش کشاورزی',
      'صندوق حمایت از توسعه سرمایه گذاری کشاورزی',
    ],
  },
  {
    // The provincial and county agricultural development funds, owned by their farmer
    // shareholders with a government share, as the text names them without «سرمایه گذاری».
    name: 'صندوق حمایت از توسعه بخش کشاورزی',
    aliases: [
      'صندوق حمایت از توسعه بخش کشاورزی',
      'صندوق های حمایت از توسعه بخش کشاورزی',
      'صندوق حمایت از توسعه در بخش کشاورزی',
      'صندوق توسعه بخش کشاورزی',
      'صندوق توسعه کشاورزی',
      'صندوق حمایت از بخش کشاورزی',
      'صندوق حمایت از توسعه کشاورزی',
    ],
  },
  { name: 'صندوق ملی مسکن', aliases: ['صندوق ملی مسکن'] },
  { name: 'صندوق توسعه حمل و نقل', aliases: ['صندوق توسعه حمل و نقل', 'صندوق توسعه حمل ونقل'] },
  {
    name: 'صندوق حمایت از تحقیقات و توسعه صنایع پیشرفته',
    aliases: ['صندوق حمایت از تحقیقات و توسعه صنایع پیشرفته', 'صندوق حمایت از تحقیقات و توسعه صنایع الکترونیک', 'صندوق صحا'],
  },
  { name: 'صندوق توسعه فناوری های نوین', aliases: ['صندوق توسعه فناوری های نوین', 'صندوق توسعه فناوری‌های نوین'] },
  { name: 'صندوق بازنشستگی فولاد', aliases: ['صندوق بازنشستگی فولاد'] },
  // «صندوق بیمه کشاورزی» is the fund's name since 1394; the older name is an alias.
  { name: 'صندوق بیمه کشاورزی', aliases: ['صندوق بیمه کشاورزی', 'صندوق بیمه محصولات کشاورزی'] },
  {
    name: 'صندوق بیمه اجتماعی کشاورزان، روستاییان و عشایر',
    aliases: [
      'صندوق بیمه اجتماعی کشاورزان روستاییان و عشایر',
      'صندوق بیمه های اجتماعی کشاورزان روستاییان و عشایر',
      'صندوق بیمه اجتماعی کشاورزان',
      'صندوق بیمه های اجتماعی کشاورزان',
      'صندوق بیمه روستاییان و عشایر',
      'صندوق بیمه روستاییان',
    ],
  },
  { name: 'صندوق بازنشستگی کشوری', aliases: ['صندوق بازنشستگی کشوری', 'صندوق بازنشستگی'], notBefore: ['نفت', 'فولاد'] },
  { name: 'صندوق نفت', aliases: ['صندوق بازنشستگی نفت', 'صندوق بازنشستگی صنعت نفت', 'صندوق نفت'] },
  { name: 'صندوق شستا', aliases: ['صندوق شستا'] },
  { name: 'صندوق مهر امام رضا', aliases: ['صندوق مهر امام رضا'] },
  { name: 'صندوق پژوهش و فناوری', aliases: ['صندوق پژوهش و فناوری'] },
  { name: 'صندوق توسعه صنایع دریایی', aliases: ['صندوق توسعه صنایع دریایی'] },
  // The student welfare funds of the ministries of science and of health (tuition and housing loans).
  { name: 'صندوق رفاه دانشجویان', aliases: ['صندوق رفاه دانشجویان', 'صندوق رفاه دانشجویی'] },
  // Foundations
  { name: 'بنیاد برکت', aliases: ['بنیاد برکت'] },
  { name: 'بنیاد احسان', aliases: ['بنیاد احسان'] },
  { name: 'بنیاد علوی', aliases: ['بنیاد علوی'] },
  { name: 'بنیاد مستضعفان', aliases: ['بنیاد مستضعفان انقلاب اسلامی', 'بنیاد مستضعفان'] },
  // Relief and charitable bodies that lend (قرض‌الحسنه، اشتغال مددجویان) and sign funding agreements.
  {
    name: 'کمیته امداد امام خمینی',
    relief: true,
    aliases: [
      'کمیته امداد امام خمینی',
      'کمیته امداد حضرت امام خمینی',
      'کمیته امداد حضرت امام',
      'کمیته امداد امام',
      'کمیته امداد',
    ],
  },
  {
    name: 'ستاد اجرایی فرمان امام',
    relief: true,
    aliases: ['ستاد اجرایی فرمان حضرت امام', 'ستاد اجرایی فرمان امام خمینی', 'ستاد اجرایی فرمان امام', 'ستاد اجرایی'],
  },
  { name: 'بنیاد تعاون سپاه', aliases: ['بنیاد تعاون سپاه'] },
  { name: 'بنیاد تعاون ناجا', aliases: ['بنیاد تعاون ناجا', 'بنیاد تعاون فراجا'] },
  { name: 'بنیاد تعاون ارتش', aliases: ['بنیاد تعاون ارتش'] },
];
