import { type Interview, isInterviewingKey, keys, text } from '../interview';
import { readTimer, totalSpent, wasUsed } from '../pacing/timer';
import { oneLine } from './clean';
import { isoDate } from './date';

export { isoDate };

import type { SummaryMeta, SummaryOptions } from './model';

export const UNNAMED = 'Unnamed candidate';

export function candidateName(interview: Interview): string {
  return oneLine(text(interview, keys.candidate)) || UNNAMED;
}

/** Candidate, Role, Date, Duration, Interviewer, ATS link: each left out when there is nothing to say. */
export function headerMeta(interview: Interview, options: SummaryOptions = {}): SummaryMeta[] {
  const role = oneLine(text(interview, keys.role));
  const link = oneLine(text(interview, keys.atsLink));
  const duration = formatDuration(interviewDuration(interview, options.now));
  const interviewer = oneLine(options.interviewer ?? '');
  return [
    { label: 'Candidate', value: candidateName(interview) },
    ...(role ? [{ label: 'Role', value: role }] : []),
    { label: 'Date', value: isoDate(interview.createdAt) },
    ...(duration ? [{ label: 'Duration', value: duration }] : []),
    ...(interviewer ? [{ label: 'Interviewer', value: interviewer }] : []),
    ...(link ? [{ label: 'ATS', value: link, ...(isWebLink(link) ? { href: link } : {}) }] : []),
  ];
}

/**
 * From creation to the last answer, tick or mark, in milliseconds. Header
 * fields renamed from the list, where the panel was left, the status, pacing
 * timers: none of them is interviewing (see lib/interview/answer-keys.ts), so
 * opening an interview the next day to copy it does not make it a day long.
 * When the interview timer was used, its running time is the duration (up to
 * `now` while it still runs; without `now`, up to the last write).
 */
export function interviewDuration(interview: Interview, now?: number): number {
  const timer = readTimer(interview);
  if (wasUsed(timer)) return totalSpent(timer, now ?? Math.max(...Object.values(interview.fields).map((f) => f.t)));
  let last = interview.createdAt;
  for (const [key, field] of Object.entries(interview.fields)) {
    if (isInterviewingKey(key) && field.t > last) last = field.t;
  }
  return last - interview.createdAt;
}

/** "42 min", "1 h 05 min"; undefined under one minute, where a duration says nothing. */
export function formatDuration(ms: number): string | undefined {
  const minutes = Math.floor(ms / 60_000);
  if (!(minutes >= 1)) return undefined;
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
