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
