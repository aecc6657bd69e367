import { useEffect, useId, useRef, useState } from 'react';
import { foldedLine, type NeedPlan } from '../../../lib/catalogue/discuss';

/** The needs not discussed, as one line ("4 more needs: no good fit"); open, each can be brought back to discuss. */
export function FoldedNeeds({
  folded,
  focus,
  onDiscuss,
}: {
  folded: NeedPlan[];
  /** Bumped when a need was just set aside: the line takes the focus its section had. */
  focus: number | null;
  onDiscuss(needId: string): void;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const line = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus !== null) line.current?.focus();
  }, [focus]);
  return (
    <div className="folded">
      <button
        ref={line}
        type="button"
        className="link folded-line"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {foldedLine(folded)}
      </button>
      {open ? (
        <ul id={listId} className="folded-list" aria-label="Needs set aside">
          {folded.map((p) => (
            <li key={p.need.id}>
              <span className="folded-need">
                {p.need.label}
                <span className="muted"> · {p.good ? p.ranked[0]?.offering.name : 'no good fit'}</span>
              </span>
              <button type="button" aria-label={`Discuss ${p.need.label}`} onClick={() => onDiscuss(p.need.id)}>
                Discuss
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
