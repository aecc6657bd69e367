/**
 * The words of a text that can carry meaning for matching: lower-case,
 * accents folded, common words dropped, word forms folded by a light stemmer
 * ("delegate" meets "delegation", "leading" meets "lead", "planning" meets
 * "plan") and a few words that mean the same thing in an interview ("coach"
 * and "mentor", "talk" and "speaking"). Small on purpose: every match it
 * makes must be explainable in the reason shown to the interviewer.
 *
 * Issue 21: reasons rested on filler ("every, weeks", "engineers, without"),
 * so the stop list holds the words of any sentence about work, time and people
 * at work as well as grammar words.
 */

const STOP = new Set(
  // Grammar words.
  (
    'about above across after again against all almost along also although always among and another any anyone ' +
    'anything are around because been before being below between both but can cannot could did does doing done down ' +
    'during each either else enough even ever every few for from further had has have having her here hers herself him ' +
    'himself his how however into its itself just least less like likely lot lots many may maybe might mine more most ' +
    'much must myself near neither never nor not now off often once one ones only onto other others our ours ourselves ' +
    'out over own per perhaps quite rather really same several she should since some someone something sometimes soon ' +
    'still such than that the their theirs them themselves then there these they thing things this those though through ' +
    'thus till too toward towards under unless until upon very was way ways well were what whatever when where whether ' +
    'which while who whom whose why will with within without would yet you your yours yourself yourselves ' +
    // Verbs and words that any answer or offering may use.
    'able become becomes being bit come comes doing feel feels felt get gets getting give gives given go goes going good ' +
    'got great grow grows growing grown growth help helps helped helping keep keeps know knows knew lack lacks lacking let ' +
    'lets look looks make makes making mean means need needs needed new next part parts put real right say says see ' +
    'seems start started take takes taking tell try trying use used using want wants wanted wanting wish work works ' +
    'worked working learn learns learned learning improve improves improving better best get ' +
    // Time and quantity: every catalogue sentence has some ("one hour every two weeks").
    'day days week weeks weekly month months monthly year years yearly quarter quarters hour hours minute minutes time ' +
    'times today tomorrow first second third last two three four five six ten half full whole ' +
    // People at work, named in nearly every offering of an engineering catalogue.
    'engineer engineers engineering people person team teams company job role roles colleague colleagues everyone ' +
    'someone anybody somebody their'
  ).split(' '),
);

/** Suffixes folded away, longest first, when at least a four-letter stem is left. */
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ships',
  'ship',
  'ating',
  'ings',
  'ing',
  'ers',
  'ies',
  'ied',
  'ates',
  'ated',
  'ate',
  'er',
  'ed',
  'es',
  'ly',
  's',
] as const;

const REPLACE: Readonly<Record<string, string>> = { ies: 'y', ied: 'y' };

/** Words that mean the same thing in an interview about growth, folded to one stem. */
const SAME: Readonly<Record<string, string>> = {
  coach: 'mentor',
  present: 'speak',
  talk: 'speak',
  k8s: 'kubernet',
};

export function stem(word: string): string {
  // Two passes: "leadership" → "leader" → "lead", "meetings" → "meet".
  const base = unsuffix(unsuffix(word));
  return SAME[base] ?? base;
}

function unsuffix(word: string): string {
  let base = word;
  for (const suffix of SUFFIXES) {
    // "ss" is a word's own ending ("process", "business"), not a plural.
    if (suffix === 's' && base.endsWith('ss')) continue;
    if (base.endsWith(suffix) && base.length - suffix.length >= 4) {
      base = base.slice(0, -suffix.length) + (REPLACE[suffix] ?? '');
      break;
    }
  }
  // "planning" → "plann" → "plan"; "delegate" and "delegation" → "deleg".
  if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base)) base = base.slice(0, -1);
  if (base.endsWith('e') && base.length > 4) base = base.slice(0, -1);
  return base;
}

/** Stem → the first form seen in the text, so a reason can quote the candidate's own word. */
export function meaningfulWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || STOP.has(word) || /^\d+$/.test(word)) continue;
    const key = stem(word);
    if (STOP.has(key)) continue;
    if (!words.has(key)) words.set(key, word);
  }
  return words;
}
