import { reverseInterview } from './reverse-interview';
import type { Script } from './schema';

export * from './schema';
export { reverseInterview };

/** The scripts that ship with this build. */
export const builtInScripts: readonly Script[] = [reverseInterview];

/** The script an interview was started with; later issues add scripts an admin pushes. */
export function findScript(id: string): Script | undefined {
  return builtInScripts.find((s) => s.id === id);
}

export const defaultScript = reverseInterview;
