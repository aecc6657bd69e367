import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DraftProblem } from '../../../../lib/script/check';
import type { EditorState, ScriptEditor } from '../../../../lib/store/script-editor';

const EditorContext = createContext<ScriptEditor | null>(null);

export const EditorProvider = EditorContext.Provider;

function useEditorStore(): ScriptEditor {
  const value = useContext(EditorContext);
  if (!value) throw new Error('EditorProvider is missing');
  return value;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore().store, selector);
}

export function useEditorActions(): ScriptEditor['actions'] {
  return useEditorStore().actions;
}

/** A field's place in the draft, as the id of its control: problems and focus find it by its path. */
export function fieldId(path: readonly (string | number)[]): string {
  return `script-editor-${path.join('-')}`;
}

/** The first problem said of exactly this field, if any. */
export function useProblem(path: readonly (string | number)[]): DraftProblem | undefined {
  const key = path.join('.');
  return useEditor((s) => s.problems.find((p) => p.path.join('.') === key));
}

/** Focuses a control once React has drawn it (after an add, a move or an undo). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
