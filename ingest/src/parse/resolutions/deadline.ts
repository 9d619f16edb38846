/** The deadline of a resolution sentence. Pure. */
import { findDeadline } from './fields.ts';

/** Deadline phrase inside a resolution sentence, as written («در اسرع وقت», «ظرف مدت یک ماه»). */
export function textDeadline(sentence: string): string | null {
  return findDeadline(sentence);
}
