/** DOCX adapter: paragraph text with mammoth (tables come out one cell per line). */
import mammoth from 'mammoth';
import { ExtractError } from './errors.ts';

export async function extractDocx(path: string): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ path });
    return value.replace(/\n{3,}/g, '\n\n').trim();
  } catch (err) {
    throw new ExtractError('corrupt_docx', 'The Word document is damaged or is not a valid .docx file.', {
      cause: err,
    });
  }
}
