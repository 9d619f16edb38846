/**
 * DOCX adapter: paragraph text with mammoth (tables come out one cell per line). The zip is
 * checked for decompression bombs (zip-guard.ts) before mammoth inflates anything.
 */
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { ExtractError } from './errors.ts';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';
import { checkDocxInflation } from './zip-guard.ts';

export async function extractDocx(
  path: string,
  limits: Pick<ExtractLimits, 'maxDocxXmlBytes'> = DEFAULT_EXTRACT_LIMITS,
): Promise<string> {
  const buffer = await readFile(path);
  await checkDocxInflation(buffer, limits.maxDocxXmlBytes);
  try {
    const { value } = await mammoth.extractRawText({ buffer });
    return value.replace(/\n{3,}/g, '\n\n').trim();
  } catch (err) {
    throw new ExtractError('corrupt_docx', 'The Word document is damaged or is not a valid .docx file.', {
      cause: err,
    });
  }
}
