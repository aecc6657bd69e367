/** One line of news or trouble at the top of a page, announced by a live region. */
export interface Status {
  tone: 'info' | 'error';
  text: string;
  /** Bumped on every message so the same words are announced again. */
  seq: number;
}

/**
 * The status line every store writes (panel, options, catalogue). News is
 * read out once, then the line goes after `infoMs`: a stale one would
 * mislead and take a short panel's room. Errors stay until they are solved
 * or replaced.
 */
export function createStatusLine(get: () => Status | null, set: (status: Status | null) => void, infoMs: number) {
  let seq = 0;
  return {
    say(tone: Status['tone'], text: string): void {
      const mine = ++seq;
      set({ tone, text, seq: mine });
      if (tone === 'info') setTimeout(() => get()?.seq === mine && set(null), infoMs);
    },
    /** True while the line shows news (which is stale on the next screen or step); errors stay. */
    showsInfo: () => get()?.tone === 'info',
    clear: () => set(null),
  };
}

export type StatusLine = ReturnType<typeof createStatusLine>;
