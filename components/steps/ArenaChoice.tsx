import { type FormEvent, useId, useState } from 'react';
import { type ArenaChoiceStep, allArenas, chosenArenas } from '../../lib/steps/arena-choice';
import { useActions, useDerived } from '../StoreContext';

export function ArenaChoice({ step }: { step: ArenaChoiceStep }) {
  const actions = useActions();
  const arenas = useDerived((s) => (s.interview ? allArenas(s.interview, step) : []));
  const chosen = useDerived((s) => (s.interview ? chosenArenas(s.interview, step).map((a) => a.id) : []));
  const [draft, setDraft] = useState('');
  const id = useId();
  const full = chosen.length >= step.maxArenas;

  function add(event: FormEvent) {
    event.preventDefault();
    if (actions.addArena(step.id, draft)) setDraft('');
  }

  return (
    <>
      <fieldset aria-describedby={`${id}-limit`}>
        <legend>Arenas to explore</legend>
        {arenas.map((arena) => {
          const on = chosen.includes(arena.id);
          return (
            <label key={arena.id} className="choice">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && full}
                onChange={(e) => actions.chooseArena(step.id, arena.id, e.target.checked)}
              />
              <span>
                {arena.label}
                {arena.custom ? <span className="muted"> (their own)</span> : null}
              </span>
            </label>
          );
        })}
        <p id={`${id}-limit`} className={full ? 'notice' : 'hint'}>
          {full
            ? `${chosen.length} arenas chosen, the most this method allows, so each one gets real time. Untick one to choose another.`
            : `Choose up to ${step.maxArenas}. ${chosen.length} chosen.`}
        </p>
      </fieldset>
      {step.allowCustom ? (
        <form className="add-arena" onSubmit={add}>
          {/* With the most arenas chosen there is no room for another: the box says so rather than take typing (issue 21). */}
          <label className="field">
            <span className="label">Add your own arena</span>
            <input
              type="text"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              autoComplete="off"
              disabled={full}
              aria-describedby={full ? `${id}-limit` : undefined}
            />
          </label>
          <button type="submit" disabled={full || draft.trim() === ''}>
            Add arena
          </button>
        </form>
      ) : null}
    </>
  );
}
