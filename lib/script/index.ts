import { reverseInterview } from './reverse-interview';
import type { Script } from './schema';

export * from './schema';
export { reverseInterview };

/** The scripts that ship with this build. */
export const builtInScripts: readonly Script[] = [reverseInterview];

export const defaultScript = reverseInterview;
