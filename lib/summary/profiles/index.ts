import type { Interview } from '../../interview';
import type { Script } from '../../script';
import { buildSummary } from '../build';
import type { Rendered, SummaryOptions } from '../model';
import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { markdown } from './markdown';
import { plain } from './plain';
import type { Profile } from './shared';

export { ASHBY_TAGS } from './ashby';
export type { Profile } from './shared';
export { ashby, greenhouse, lever, markdown, plain };

/** Every ATS profile, in the order the options page lists them. */
export const profiles: readonly Profile[] = [greenhouse, ashby, lever, plain, markdown];

export const PROFILE_IDS = ['greenhouse', 'ashby', 'lever', 'plain', 'markdown'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
export const DEFAULT_PROFILE_ID: ProfileId = 'greenhouse';

export function isProfileId(value: unknown): value is ProfileId {
  return PROFILE_IDS.some((id) => id === value);
}

/** The profile with this id; an unknown id (an old setting) falls back to the default. */
export function profileOf(id: string | undefined): Profile {
  return profiles.find((p) => p.id === id) ?? greenhouse;
}

/** Build and render in one call: what the preview shows and what the copy puts on the clipboard. */
export function renderSummary(interview: Interview, script: Script, profileId?: string, options?: SummaryOptions): Rendered {
  return profileOf(profileId).render(buildSummary(interview, script, options));
}
