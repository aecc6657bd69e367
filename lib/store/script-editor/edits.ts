import * as edit from '../../script/edit';
import type { StepKindName } from '../../steps';
import type { EditorContext } from './state';

/** The editor's edits of the open draft, each a pure edit (lib/script/edit.ts) shown and written as typed. */
export function editActions({ getState, setState, change, say }: EditorContext) {
  return {
    setName(name: string) {
      const open = getState().open;
      if (open) change(edit.setName(open.draft, name));
    },

    setStepField(at: number, field: string, value: unknown) {
      const open = getState().open;
      if (open) change(edit.setStepField(open.draft, at, field, value));
    },

    /** Adds a step; the index of the new step, or null when the script is full. */
    addStep(kind: StepKindName, after?: number): number | null {
      const open = getState().open;
      if (!open) return null;
      const added = edit.addStep(open.draft, kind, after);
      if ('refused' in added) {
        say('error', 'A script has at most 30 steps.');
        return null;
      }
      change(added.draft);
      return added.at;
    },

    removeStep(at: number) {
      const open = getState().open;
      const removed = open && edit.removeStep(open.draft, at);
      if (removed) change(removed.draft, { removed: removed.removed });
    },

    moveStep(at: number, by: -1 | 1) {
      const open = getState().open;
      if (open) change(edit.moveStep(open.draft, at, by));
    },

    /** Adds an empty item to a step's list; its index, or null when the list is full. */
    addItem(at: number, list: string): number | null {
      const open = getState().open;
      if (!open) return null;
      const added = edit.addItem(open.draft, at, list);
      if ('refused' in added) {
        say('error', 'A list in a step holds at most 60 items.');
        return null;
      }
      change(added.draft);
      return added.index;
    },

    setItem(at: number, list: string, index: number, field: string | null, value: string) {
      const open = getState().open;
      if (open) change(edit.setItem(open.draft, at, list, index, field, value));
    },

    removeItem(at: number, list: string, index: number) {
      const open = getState().open;
      const removed = open && edit.removeItem(open.draft, at, list, index);
      if (removed) change(removed.draft, { removed: removed.removed });
    },

    moveItem(at: number, list: string, index: number, by: -1 | 1) {
      const open = getState().open;
      if (open) change(edit.moveItem(open.draft, at, list, index, by));
    },

    setGridFlag(at: number, questionId: string, flag: 'needs' | 'obstacles', on: boolean) {
      const open = getState().open;
      if (open) change(edit.setGridFlag(open.draft, at, questionId, flag, on));
    },

    /** Puts back what was last removed; where it went (the step's index), or null. */
    undoRemove(): number | null {
      const { open, removed } = getState();
      if (!open || !removed) return null;
      const restored = edit.restore(open.draft, removed);
      if (!restored) {
        say('error', 'It cannot go back: its step is gone, or there is no room for it.');
        setState({ removed: null });
        return null;
      }
      change(restored.draft, { removed: null });
      return restored.at;
    },
  };
}
