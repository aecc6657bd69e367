import type { Interview } from '../interview/schema';
import { type Problem, parseInterview } from './parse';
import type { StorageArea } from './port';
import { interviewIdOf } from './registry';

export interface InterviewBatch {
  interviews: Interview[];
  problems: Problem[];
  /** Keys read so far, of `total`. */
  done: number;
  total: number;
}

/**
 * Every interview record, `size` keys per storage call, each validated as the
 * repository validates it (parse.ts): for a page that reads them all and
 * shows its progress while it stays responsive (Insights, issue 20). Records
 * that cannot be read come back as problems and go to `report` (the page
 * repository's `reportProblems`, its one log of unreadable data). A module
 * beside the repository, not a method of it: only the options page reads
 * like this, and the side panel carries the repository in its bundle.
 */
export async function* readInterviewBatches(
  area: StorageArea,
  size: number,
  report: (problems: Problem[]) => void,
): AsyncGenerator<InterviewBatch> {
  const keys = (area.getKeys ? await area.getKeys() : Object.keys(await area.get(null))).filter(
    (k) => interviewIdOf(k) !== undefined,
  );
  // The next batch is asked for before this one is validated: the browser reads while the page checks.
  const fetch = (start: number) => {
    const pending = start < keys.length ? area.get(keys.slice(start, start + size)) : null;
    // Handled here too: a reader that stops early leaves the last request unread, and its failure unheard.
    pending?.catch(() => undefined);
    return pending;
  };
  let next = fetch(0);
  for (let start = 0; start < keys.length; start += size) {
    const batch = keys.slice(start, start + size);
    const values = (await next) ?? {};
    next = fetch(start + size);
    const interviews: Interview[] = [];
    const problems: Problem[] = [];
    for (const key of batch) {
      const read = parseInterview(key, values[key]);
      if (read.kind === 'ok') interviews.push(read.interview);
      else if (read.kind === 'invalid') problems.push(read.problem);
    }
    report(problems);
    yield { interviews, problems, done: start + batch.length, total: keys.length };
  }
}
