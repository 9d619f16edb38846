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
  { canonical: 'تعاون، کار و رفاه اجتماعی', aliases: ['تعاون کار و رفاه اجتماعی'] },
  { canonical: 'ورزش و جوانان', aliases: [] },
  { canonical: 'امور اقتصادی و دارایی', aliases: [] },
  { canonical: 'دامپزشکی', aliases: [] },
  { canonical: 'فنی و حرفه ای', aliases: ['فنی و حرفه‌ای'] },
];

/** Heads an agency's stem may carry without becoming another body. */
export const AGENCY_HEADS = ['اداره کل', 'سازمان', 'اداره', 'مدیریت', 'اداره کل امور'];
