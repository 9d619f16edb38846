/**
 * Registry of government agencies that a province names in several ways: «بهزیستی»,
 * «بهزیستی استان», «اداره کل بهزیستی استان», «سازمان بهزیستی استان فارس» are one body.
 * Each entry is the agency's stem (its canonical facet value) and the spellings of the stem;
 * the heads and qualifiers around it are read by canonicalBody (parse/organisations).
 * County-level offices («… شهرستان X») stay their own body. Data only.
 */
export interface AgencyEntry {
  /** Canonical name: the stem every variant contains. */
  canonical: string;
  /** Other spellings of the stem (folded comparisons ignore spaces and ZWNJ). */
  aliases: string[];
}

export const PROVINCIAL_AGENCIES: AgencyEntry[] = [
  { canonical: 'بهزیستی', aliases: [] },
  { canonical: 'جهاد کشاورزی', aliases: ['جهادکشاورزی'] },
  { canonical: 'تامین اجتماعی', aliases: ['تأمین اجتماعی'] },
  { canonical: 'محیط زیست', aliases: ['حفاظت محیط زیست'] },
  { canonical: 'منابع طبیعی و آبخیزداری', aliases: ['منابع طبیعی'] },
  { canonical: 'میراث فرهنگی، صنایع دستی و گردشگری', aliases: ['میراث فرهنگی', 'میراث فرهنگی و گردشگری'] },
  { canonical: 'راه و شهرسازی', aliases: [] },
  { canonical: 'صنعت، معدن و تجارت', aliases: ['صنعت معدن و تجارت', 'صمت'] },
  { canonical: 'تعاون، کار و رفاه اجتماعی', aliases: ['تعاون کار و رفاه اجتماعی', 'کار و رفاه اجتماعی', 'تعاون و کار', 'تعاون', 'کار'] },
  { canonical: 'ورزش و جوانان', aliases: [] },
  { canonical: 'امور اقتصادی و دارایی', aliases: [] },
  { canonical: 'دامپزشکی', aliases: [] },
  { canonical: 'فنی و حرفه ای', aliases: ['فنی و حرفه‌ای', 'آموزش فنی و حرفه ای'] },
  { canonical: 'آموزش و پرورش', aliases: [] },
  { canonical: 'فرهنگ و ارشاد اسلامی', aliases: ['ارشاد اسلامی'] },
  { canonical: 'راهداری و حمل و نقل جاده ای', aliases: ['راهداری و حمل و نقل جاده‌ای', 'راهداری'] },
  { canonical: 'استاندارد', aliases: [] },
  { canonical: 'امور مالیاتی', aliases: [] },
  { canonical: 'ثبت اسناد و املاک', aliases: [] },
  { canonical: 'ثبت احوال', aliases: [] },
  { canonical: 'اوقاف و امور خیریه', aliases: [] },
  { canonical: 'کتابخانه های عمومی', aliases: ['کتابخانه‌های عمومی', 'کتابخانه ها'] },
  { canonical: 'امور عشایر', aliases: [] },
  { canonical: 'تعاون روستایی', aliases: [] },
  { canonical: 'نوسازی، توسعه و تجهیز مدارس', aliases: ['نوسازی توسعه و تجهیز مدارس', 'نوسازی مدارس'] },
  { canonical: 'بنیاد شهید و امور ایثارگران', aliases: ['امور ایثارگران'] },
  { canonical: 'شیلات', aliases: [] },
  { canonical: 'زندان ها', aliases: ['زندانها'] },
  { canonical: 'هواشناسی', aliases: [] },
  { canonical: 'بیمه سلامت', aliases: [] },
  // Abbreviations texts use for a province's agency.
  { canonical: 'آب و فاضلاب', aliases: ['آبفا'] },
  { canonical: 'نیروی انتظامی', aliases: ['ناجا', 'فراجا', 'فرماندهی انتظامی'] },
  // Public bodies with a branch in every province, named with or without their head noun.
  { canonical: 'کمیته امداد امام خمینی', aliases: ['کمیته امداد', 'کمیته امداد امام', 'کمیته امداد حضرت امام خمینی'] },
  { canonical: 'هلال احمر', aliases: ['جمعیت هلال احمر'] },
  { canonical: 'بنیاد مسکن انقلاب اسلامی', aliases: ['بنیاد مسکن'] },
  { canonical: 'مدیریت و برنامه ریزی', aliases: ['مدیریت و برنامه‌ریزی'] },
  { canonical: 'آب منطقه ای', aliases: ['آب منطقه‌ای'] },
  { canonical: 'توزیع نیروی برق', aliases: ['توزیع برق'] },
  { canonical: 'شهرک های صنعتی', aliases: ['شهرک‌های صنعتی', 'شهرکهای صنعتی'] },
  { canonical: 'گاز', aliases: [] },
  { canonical: 'مدیریت بحران', aliases: [] },
  { canonical: 'تعزیرات حکومتی', aliases: [] },
  { canonical: 'پشتیبانی امور دام', aliases: [] },
];

/** Heads an agency's stem may carry without becoming another body. */
export const AGENCY_HEADS = ['اداره کل', 'سازمان', 'اداره', 'مدیریت', 'اداره کل امور', 'شرکت', 'جمعیت'];

/**
 * Ministries of the government of Iran, as «وزارت X» or through their minister («وزیر X»).
 * Each entry is the ministry's official name and the shorter names texts use for it (after
 * «وزارت»/«وزیر»); older ministries keep their own name. A name stops where the ministry's
 * name does («وزارت بهداشت و توسعه زیربنا …» is «وزارت بهداشت»).
 */
export const MINISTRIES: AgencyEntry[] = [
  { canonical: 'وزارت کشور', aliases: ['کشور'] },
  { canonical: 'وزارت امور خارجه', aliases: ['امور خارجه', 'خارجه'] },
  {
    canonical: 'وزارت امور اقتصادی و دارایی',
    aliases: ['امور اقتصادی و دارایی', 'اقتصاد و دارایی', 'امور اقتصادی', 'اقتصاد'],
  },
  { canonical: 'وزارت آموزش و پرورش', aliases: ['آموزش و پرورش'] },
  { canonical: 'وزارت علوم، تحقیقات و فناوری', aliases: ['علوم، تحقیقات و فناوری', 'علوم و تحقیقات', 'علوم'] },
  {
    canonical: 'وزارت بهداشت، درمان و آموزش پزشکی',
    aliases: ['بهداشت، درمان و آموزش پزشکی', 'بهداشت و درمان', 'بهداشت'],
  },
  {
    canonical: 'وزارت تعاون، کار و رفاه اجتماعی',
    aliases: ['تعاون، کار و رفاه اجتماعی', 'کار و رفاه اجتماعی', 'تعاون و کار', 'کار و امور اجتماعی', 'رفاه', 'تعاون', 'کار'],
  },
  { canonical: 'وزارت جهاد کشاورزی', aliases: ['جهاد کشاورزی', 'کشاورزی'] },
  { canonical: 'وزارت صنعت، معدن و تجارت', aliases: ['صنعت، معدن و تجارت', 'صمت'] },
  { canonical: 'وزارت راه و شهرسازی', aliases: ['راه و شهرسازی'] },
  { canonical: 'وزارت نیرو', aliases: ['نیرو'] },
  { canonical: 'وزارت نفت', aliases: ['نفت'] },
  { canonical: 'وزارت ارتباطات و فناوری اطلاعات', aliases: ['ارتباطات و فناوری اطلاعات', 'ارتباطات'] },
  { canonical: 'وزارت فرهنگ و ارشاد اسلامی', aliases: ['فرهنگ و ارشاد اسلامی', 'ارشاد'] },
  {
    canonical: 'وزارت میراث فرهنگی، گردشگری و صنایع دستی',
    aliases: ['میراث فرهنگی، گردشگری و صنایع دستی', 'میراث فرهنگی، صنایع دستی و گردشگری', 'میراث فرهنگی'],
  },
  { canonical: 'وزارت ورزش و جوانان', aliases: ['ورزش و جوانان', 'ورزش'] },
  { canonical: 'وزارت دادگستری', aliases: ['دادگستری'] },
  { canonical: 'وزارت دفاع و پشتیبانی نیروهای مسلح', aliases: ['دفاع و پشتیبانی نیروهای مسلح', 'دفاع'] },
  { canonical: 'وزارت اطلاعات', aliases: ['اطلاعات'] },
  // Ministries since merged or renamed, under the name they had.
  { canonical: 'وزارت فرهنگ و آموزش عالی', aliases: ['فرهنگ و آموزش عالی'] },
  { canonical: 'وزارت بازرگانی', aliases: ['بازرگانی'] },
  { canonical: 'وزارت صنایع و معادن', aliases: ['صنایع و معادن'] },
  { canonical: 'وزارت مسکن و شهرسازی', aliases: ['مسکن و شهرسازی'] },
  { canonical: 'وزارت راه و ترابری', aliases: ['راه و ترابری'] },
];
