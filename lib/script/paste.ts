import type { Script } from './schema';
import { SCRIPT_LIMITS } from './validate';

/**
 * "Paste interview questions" (issue 18): text copied from an ATS interview
 * kit (a Greenhouse kit page, a Lever or Ashby feedback form, a shared doc)
 * into a draft script of `questions` steps. Headings become steps, lines
 * become questions with their bullets and numbering stripped, and what an
 * ATS page puts around them (ratings, "Add note", "Required") is left out.
 * Pure: the options page shows the draft before anything is saved.
 */

export interface PastedKit {
  /** Headings with their questions; a kit without headings is one step. */
  sections: { title: string; notes: string[]; questions: string[] }[];
  /** Lines left out as ATS furniture, for the preview to say how many. */
  ignored: number;
}

const BULLET =
  /^(?:[-*•◦▪▫·●○■□➤►>–—]+|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.):]|\d{1,3}\s*[-–]|Q\s*\d{1,3}\s*[.):-]?|Question\s+\d{1,3}\s*[.):-]?)\s+/i;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** What ATS pages print around the questions: scales, buttons, field labels. */
const FURNITURE = [
  /^(strong(ly)?\s+)?(no|yes|hire|no hire)$/i,
  /^(definitely not|mixed|no decision|n\/a|none|skip|optional|required|\(required\))$/i,
  /^\d{1,2}(\s*[-/]\s*\d{1,2})?$/,
  /^(add|private|public)\s+notes?$/i,
  /^(notes?|comments?|rating|score|feedback|overall( recommendation| rating)?|thumbs up|thumbs down)\s*:?$/i,
  /^(submit|save|cancel|edit|copy|print|expand all|collapse all|show more|show less)( scorecard| feedback| kit)?$/i,
  /^(interview kit|scorecard|key take-?aways?|focus attributes|prep|interview prep|attributes|questions)\s*:?$/i,
  /^(select one|choose one|select all that apply|type your answer here.*)$/i,
];

/** How a question starts when it is not written as one: "Tell me about…", "Describe…", "How…". */
const ASKS =
  /^(tell (me|us)|describe|walk (me|us) through|explain|give (me|us)|share|talk (me|us) through|talk about|how|what|why|when|where|who|which|can you|could you|would you|will you|have you|has|do you|did you|is there|are you|if you)\b/i;

const asks = (line: string) => BULLET.test(line) || line.endsWith('?') || ASKS.test(line);

const clean = (line: string) =>
  line
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function isHeading(line: string, next: string | undefined): boolean {
  if (MARKDOWN_HEADING.test(line)) return true;
  if (asks(line) || line.length > 70) return false;
  // "Technical depth:" and "LEADERSHIP" read as headings; so does a short line with no end
  // punctuation that a bullet or a question follows ("Past experience" above "- Tell me…").
  if (/:$/.test(line) && line.length <= 60) return true;
  if (line === line.toUpperCase() && /[A-Z]/.test(line) && line.length <= 40) return true;
  return !/[.!?;,]$/.test(line) && next !== undefined && asks(next);
}

/** Reads pasted text into sections of questions; notes are lines that are neither (kept as the step's guidance). */
export function readPastedKit(text: string): PastedKit {
  const all = text
    .slice(0, SCRIPT_LIMITS.json)
    .split(/\r\n|\r|\n/)
    .map(clean)
    .filter((l) => l !== '');
  // The page around the questions goes first, so a heading is judged by the line that really follows it.
  const lines = all.filter((line) => !FURNITURE.some((f) => f.test(line.replace(BULLET, '').trim())));
  const ignored = all.length - lines.length;
  const sections: PastedKit['sections'] = [];
  const current = () => {
    if (sections.length === 0) sections.push({ title: '', notes: [], questions: [] });
    return sections[sections.length - 1] as PastedKit['sections'][number];
  };
  lines.forEach((line, i) => {
    if (isHeading(line, lines[i + 1])) {
      const title = line.replace(MARKDOWN_HEADING, '').replace(/:$/, '').trim();
      // Two headings in a row: the first named a group of sections (a kit's title); keep the nearer one.
      const last = sections[sections.length - 1];
      if (last && last.questions.length === 0 && last.notes.length === 0) last.title = title;
      else sections.push({ title, notes: [], questions: [] });
      return;
    }
    const bare = line
      .replace(BULLET, '')
      .replace(/\s*\((required|optional)\)$/i, '')
      .trim();
    if (bare === '') return;
    if (asks(line)) current().questions.push(bare);
    else current().notes.push(bare);
  });
  return { sections: sections.filter((s) => s.questions.length > 0), ignored };
}

/** A lower-case id from words, unique among `taken`. */
export function slug(words: string, fallback: string, taken: Set<string>): string {
  const base =
    words
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, 32)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The summary's label for an answer: the question, shortened at a word when long. */
function labelOf(question: string): string {
  const bare = question.replace(/\?$/, '').trim();
  if (bare.length <= 60) return bare;
  const cut = bare.slice(0, 58);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trim()}…`;
}

/** The draft script a pasted kit makes: one `questions` step per section, within the script limits. */
export function kitScript(kit: PastedKit, name: string, existingIds: readonly string[] = []): Script {
  const ids = new Set(existingIds);
  const stepIds = new Set<string>();
  const trimmed = name.trim() || 'Pasted interview';
  return {
    id: slug(trimmed, 'pasted-interview', ids),
    name: trimmed.slice(0, 120),
    version: 1,
    steps: kit.sections.slice(0, SCRIPT_LIMITS.steps).map((section, i) => {
      const title = (section.title || (kit.sections.length === 1 ? 'Questions' : `Part ${i + 1}`)).slice(0, 200);
      const questionIds = new Set<string>();
      return {
        id: slug(title, `step-${i + 1}`, stepIds),
        kind: 'questions' as const,
        title,
        say: section.notes[0]?.slice(0, 2000) ?? 'Ask the questions below, in your own words.',
        guidance: section.notes.slice(1, SCRIPT_LIMITS.perList + 1).map((n) => n.slice(0, 2000)),
        checks: [],
        questions: section.questions.slice(0, SCRIPT_LIMITS.perList).map((q, n) => ({
          id: slug(q.split(' ').slice(0, 5).join(' '), `q${n + 1}`, questionIds),
          text: q.slice(0, 2000),
          label: labelOf(q),
        })),
      };
    }),
  };
}
