/** Canonical names of bodies: official renamings and the registry of provincial agencies. Pure. */
import { AGENCY_HEADS, PROVINCIAL_AGENCIES } from '../data/bodies.ts';
import { compactKey, fold } from '../fold.ts';
import { COUNTY_KEYS, PLACE_KEYS } from './words.ts';

/** Canonical name of a body for the few official renamings the text abbreviates. */
export function canonicalOrganisation(name: string): string {
  const k = compactKey(name).replace(/[،,]/g, '');
  // The ministry merged in 1390: «وزارت کار/رفاه/تعاون» all mean the same ministry.
  if (/^وزارت(?:کار|رفاه|تعاون)/.test(k)) return 'وزارت تعاون، کار و رفاه اجتماعی';
  // «شورای شهر X» is the short form of «شورای اسلامی شهر X».
  if (/^شورای\s+شهر(?:\s|$)/.test(fold(name))) return name.replace(/^شورای\s+شهر/, 'شورای اسلامی شهر');
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
  const k = compactKey(name).replace(/[،,]/g, '');
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
