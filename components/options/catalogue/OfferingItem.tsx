import { useEffect, useId, useRef } from 'react';
import { type CatalogueEntry, kindLabels } from '../../../lib/catalogue/schema';
import { arenaChoices, labelsOf, modeChoices } from './choices';

export type MoveControl = 'up' | 'down';

interface Props {
  offering: CatalogueEntry;
  first: boolean;
  last: boolean;
  /** Set right after this offering moved, so focus stays on the control that moved it. */
  focus?: { control: MoveControl; seq: number };
  onEdit?: () => void;
  onMove?: (control: MoveControl) => void;
  onDelete?: () => void;
}

/**
 * One offering in the options list. The organisation's are read-only and say
 * where they come from. "Move up"/"Move down" at either end are aria-disabled
 * rather than disabled, so keyboard focus is never dropped onto the page.
 */
export function OfferingItem({ offering, first, last, focus, onEdit, onMove, onDelete }: Props) {
  const nameId = useId();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const org = offering.source === 'org';

  useEffect(() => {
    if (focus?.control === 'up') up.current?.focus();
    if (focus?.control === 'down') down.current?.focus();
  }, [focus]);

  const details = [
    offering.modes.length > 0 ? `Growth modes: ${labelsOf(offering.modes, modeChoices)}` : 'No growth mode',
    offering.arenas.length > 0 ? `Arenas: ${labelsOf(offering.arenas, arenaChoices)}` : 'Any arena',
    ...(offering.tags.length > 0 ? [`Tags: ${offering.tags.join(', ')}`] : []),
  ];
  return (
    <li className={`offering${org ? ' offering-org' : ''}`} aria-labelledby={nameId}>
      <div className="offering-head">
        <span className="offering-name" id={nameId}>
          {offering.name}
        </span>
        <span className="offering-kind">{kindLabels[offering.kind]}</span>
        {org ? <span className="offering-org-badge">From your organisation</span> : null}
      </div>
      {offering.description ? <p className="offering-desc">{offering.description}</p> : null}
      <p className="offering-meta">
        {details.join(' · ')}
        {offering.link ? (
          <>
            {' · '}
            <a href={offering.link} target="_blank" rel="noreferrer">
              Open the page of {offering.name}
            </a>
          </>
        ) : null}
      </p>
      {org ? null : (
        <div className="row offering-actions">
          <button type="button" aria-describedby={nameId} onClick={onEdit}>
            Edit
          </button>
          <button ref={up} type="button" aria-describedby={nameId} aria-disabled={first} onClick={() => !first && onMove?.('up')}>
            Move up
          </button>
          <button
            ref={down}
            type="button"
            aria-describedby={nameId}
            aria-disabled={last}
            onClick={() => !last && onMove?.('down')}
          >
            Move down
          </button>
          <button type="button" className="danger" aria-describedby={nameId} onClick={onDelete}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
