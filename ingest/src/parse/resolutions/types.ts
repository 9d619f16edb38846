/** The parser-internal shape of a resolution: the record fields plus its offset in the text. */
import type { Resolution } from '../../schema.ts';

export type ParsedResolution = Omit<Resolution, 'id' | 'fundingBodies' | 'amounts' | 'page'> & { index: number };
