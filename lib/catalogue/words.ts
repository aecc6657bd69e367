/**
 * The words of a text that can carry meaning for matching: lower-case,
 * accents folded, common words dropped, a light stem so "mentor" meets
 * "mentoring" and "talks" meets "talk". Small on purpose: every match it
 * makes must be explainable in the reason shown to the interviewer.
 */

const STOP = new Set(
  (
    'about above after again also always and any are because been before being better between both but can could did does ' +
    'doing done down during each even ever few for from get gets getting got grow growing had has have having her here ' +
    'him his how into its just like little lot lots more most much need needs never not now off once one only other our ' +
    'out over own really same she should some such than that the their them then there these they thing things this ' +
    'those through too under until very want wants was way ways well were what when where which while who why will with ' +
    'work would you your yours able learn learning improve want wanted'
  ).split(' '),
);

export function stem(word: string): string {
  for (const suffix of ['ings', 'ing', 'ers', 'er', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Stem → the first form seen in the text, so a reason can quote the candidate's own word. */
export function meaningfulWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || STOP.has(word)) continue;
    const key = stem(word);
    if (!words.has(key)) words.set(key, word);
  }
  return words;
}
