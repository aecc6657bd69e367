import { reverseInterview } from './reverse-interview';
import type { Script } from './schema';

export * from './schema';
export { reverseInterview };

const builtIn: readonly Script[] = [reverseInterview];

/** The script an interview was started with; later issues add scripts an admin pushes. */
export function findScript(id: string): Script | undefined {
  return builtIn.find((s) => s.id === id);
}

export const defaultScript = reverseInterview;
