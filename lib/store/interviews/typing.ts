import type { Interview } from '../../interview';

/**
 * How long a text field counts as being typed in after this panel last
 * changed it. Longer than the gap between keystrokes of a word, short enough
 * that two panels agree soon after both stop.
 */
export const TYPING_MS = 500;

/**
 * Text under the cursor (issue 19, item 4): another window's newer text for a
 * field this panel is typing in waits until the typing pauses. Taking it at
 * once put the other panel's letters under the cursor and the next keystroke
 * landed on top of them: two panels racing on one field converged on
 * "AABBB", a text nobody typed. Held back, each panel keeps its own text
 * while typing, and once both pause, field-wise last-writer-wins leaves the
 * whole text of whoever typed last, everywhere.
 */
export function createTyping(retry: (id: string, incoming: Interview) => void) {
  const typedAt = new Map<string, number>();
  let waiting: { id: string; incoming: Interview } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  return {
    /** Notes the text fields a local change wrote. */
    typed(before: Interview, after: Interview) {
      const now = performance.now();
      for (const [key, field] of Object.entries(after.fields)) {
        if (field !== before.fields[key] && typeof field.v === 'string') typedAt.set(key, now);
      }
    },

    /**
     * `merged` (local with `incoming` folded in) with the text of fields typed
     * in here just now put back; `incoming` is offered again once the typing pauses.
     */
    holdBack(local: Interview, merged: Interview, incoming: Interview): Interview {
      const now = performance.now();
      let fields: Interview['fields'] | undefined;
      for (const [key, field] of Object.entries(merged.fields)) {
        const mine = local.fields[key];
        if (!mine || field === mine || now - (typedAt.get(key) ?? -Infinity) >= TYPING_MS) continue;
        fields ??= { ...merged.fields };
        fields[key] = mine;
      }
      if (!fields) return merged;
      waiting = { id: incoming.id, incoming };
      clearTimeout(timer);
      timer = setTimeout(() => {
        const offer = waiting;
        waiting = null;
        if (offer) retry(offer.id, offer.incoming);
      }, TYPING_MS);
      return { ...merged, fields };
    },

    /** Another interview opens, or none: nothing waits any more. */
    reset() {
      clearTimeout(timer);
      waiting = null;
      typedAt.clear();
    },
  };
}
