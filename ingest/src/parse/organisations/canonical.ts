/** Canonical names of bodies: official renamings and the registry of provincial agencies. Pure. */
import { AGENCY_HEADS, PROVINCIAL_AGENCIES } from '../data/bodies.ts';
import { findFundingMentions } from '../funding.ts';
import { compactKey, fold, tidy } from '../fold.ts';
import { COUNTY_KEYS, PLACE_KEYS, isPlaceWord } from './words.ts';

/**
 * A bank, fund or foundation written loosely («صندوق کارآفرین امید», «صندوق کارآفرینی لرستان»,
 * «صندوق توسعه بخش کشاورزی»): the registry's name, with the branch or place written after it.
 */
function canonicalFunder(name: string): string | null {
  const f = fold(tidy(name));
  const hit = findFundingMentions(f).find((h) => h.index === 0);
  if (!hit) return null;
  // A fuller form of the registry's name («ستاد اجرایی فرمان حضرت امام», «بنیاد مستضعفان انقلاب
  // اسلامی») stays as written.
  const written = f.slice(0, hit.end).split(/\s+/);
  if (
    fold(hit.canonical)
      .split(/\s+/)
      .every((w) => written.includes(w))
  )
    return null;
  const rest = f.slice(hit.end).trim();
  // Only a qualifier may follow the registry's name («… لرستان», «… شعبه مرکزی»).
  if (rest !== '' && !rest.split(/\s+/).every((w) => isPlaceWord(w) || /^(?:شعبه|شعب|مدیریت|استان|شهرستان)$/.test(w)))
    return null;
  return rest === '' ? hit.canonical : `${hit.canonical} ${rest}`;
}

/** Canonical name of a body for the few official renamings the text abbreviates. */
export function canonicalOrganisation(name: string): string {
  const funder = canonicalFunder(name);
  if (funder) return funder;
  const k = compactKey(name).replace(/[،,]/g, '');
  // The ministry merged in 1390: «وزارت کار/رفاه/تعاون» all mean the same ministry.
  if (/^وزارت(?:کار|رفاه|تعاون)/.test(k)) return 'وزارت تعاون، کار و رفاه اجتماعی';
  // «شورایعالی» is «شورای عالی» written glued.
  if (/^شورایعالی(?:\s|$)/.test(fold(name))) return name.replace(/^شورایعالی/, 'شورای عالی');
  // «شورای شهر X» is the short form of «شورای اسلامی شهر X».
  if (/^شورای\s+شهر(?:\s|$)/.test(fold(name))) return name.replace(/^شورای\s+شهر/, 'شورای اسلامی شهر');
  // «شورای روستا(ی X)» is the short form of «شورای اسلامی روستا(ی X)».
  if (/^شورای\s+روستا/.test(fold(name))) return name.replace(/^شورای\s+روستا/, 'شورای اسلامی روستا');
  return name;
}

// «(اداره کل|سازمان|…) STEM (استان) (PROVINCE)»: a provincial agency by its stem.
export const AGENCY_FORMS = PROVINCIAL_AGENCIES.map((a) => ({
  canonical: a.canonical,
  stems: [a.canonical, ...a.aliases].map((v) => compactKey(v).replace(/[،,]/g, '')),
}));
export const AGENCY_HEAD_KEYS = ['', ...AGENCY_HEADS.map((h) => compactKey(h))].sort((a, b) => b.length - a.length);

/**
 * The registry's canonical name of a provincial agency written with a head, «استان» or the
 * province's name around its stem («اداره کل بهزیستی استان فارس» → «بهزیستی»); null for any
 * other name, a county office («… شهرستان X») included.
 */
export function canonicalAgency(name: string): string | null {
  // «کمیته امداد امام خمینی (ره) استان»: the honorific is no part of the stem or the place.
  const k = compactKey(name.replace(/\(?\s*(?:ره|ع)\s*\)(?=\s|$)/g, ' ')).replace(/[،,]/g, '');
  for (const a of AGENCY_FORMS)
    for (const stem of a.stems)
      for (const head of AGENCY_HEAD_KEYS) {
        if (!k.startsWith(head + stem)) continue;
        const rest = k.slice(head.length + stem.length);
        if (rest === '' || rest === 'استان' || PLACE_KEYS.has(rest) || PLACE_KEYS.has(rest.replace(/^استان/, '')))
          return rest.startsWith('استان') || rest === '' || !COUNTY_KEYS.has(rest) ? a.canonical : null;
      }
  return null;
}
