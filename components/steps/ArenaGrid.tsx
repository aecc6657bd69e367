import type { Script } from '../../lib/script';
import { type ArenaGridStep, choiceFor, gridArenas, gridKey } from '../../lib/steps/arena-grid';
import { AnswerField } from '../AnswerField';
import { useActions, useDerived } from '../StoreContext';

export function ArenaGrid({ script, step }: { script: Script; step: ArenaGridStep }) {
  const actions = useActions();
  const arenas = useDerived((s) => (s.interview ? gridArenas(s.interview, script, step) : []));
  if (arenas.length === 0) {
    const choice = choiceFor(script, step);
    return (
      <div className="empty">
        <p>No arenas chosen yet. The questions appear here for each arena the candidate picks.</p>
        {choice ? (
          <button type="button" onClick={() => actions.goTo(choice.id)}>
            Go to {choice.title}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <>
      {arenas.map((arena) => (
        <section key={arena.id} className="group arena" aria-label={arena.label}>
          {/* Sticky: the arena's name stays in view while its answers are typed (issue 21). */}
          <h2 className="arena-name">{arena.label}</h2>
          {step.grid.map((q) => (
            <AnswerField
              key={q.id}
              fieldKey={gridKey(step.id, arena.id, q.id)}
              marks
              label={
                <>
                  <span className="sr-only">{arena.label}: </span>
                  {q.text}
                </>
              }
            />
          ))}
        </section>
      ))}
    </>
  );
}
