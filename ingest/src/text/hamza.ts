/**
 * Hamza seats in the search key. One word is written with «ئ», «ؤ», «أ» or with the seat letter
 * spelled out: مسئول / مسؤول / مسوول، هیئت / هیأت / هیات، رئیس / رییس، سؤال / سوال.
 * Before the key's letter fold (ؤ → و، أ → ا، ئ → ی) the «ئ» that stands where another spelling
 * has «ؤ» or «أ» is rewritten so all spellings reach one key:
 * - «ئ» before «و» is the seat of «ؤ» (مسئول → مسؤول → مسوول);
 * - «ئ» after «ی» is the seat of «أ» (هیئت → هیأت → هیات).
 * Any other «ئ» folds to «ی» (رئیس → رییس، جزئی → جزیی، پائیز → پاییز). Not covered: a seat spelled
 * with an extra letter in one form only («سئوال» vs «سؤال»), «مسئله» vs «مسأله».
 */
const YEH_HAMZA_BEFORE_WAW = /ئ(?=و)/g;
const YEH_HAMZA_AFTER_YEH = /(?<=[یيى])ئ/g;

export function foldHamzaSeats(text: string): string {
  return text.replace(YEH_HAMZA_BEFORE_WAW, 'ؤ').replace(YEH_HAMZA_AFTER_YEH, 'أ');
}
