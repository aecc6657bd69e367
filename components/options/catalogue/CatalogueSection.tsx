import { useEffect, useRef, useState } from 'react';
import { useCatalogue, useCatalogueEditor } from '../../catalogue/CatalogueContext';
import { CatalogueTransfer } from './CatalogueTransfer';
import { OfferingForm } from './OfferingForm';
import { type MoveControl, OfferingItem } from './OfferingItem';
import './Catalogue.css';

/**
 * The company's real offerings, which step 5 suggests against each need: the
 * organisation's (read-only, from policy) and the interviewer's own.
 */
export function CatalogueSection() {
  const entries = useCatalogue((s) => s.entries);
  const personal = useCatalogue((s) => s.personal.offerings);
  const problem = useCatalogue((s) => s.problem);
  const managedNote = useCatalogue((s) => s.managedNote);
  const message = useCatalogue((s) => s.message);
  const removed = useCatalogue((s) => s.removed);
  const actions = useCatalogueEditor();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [focus, setFocus] = useState<{ id: string; control: MoveControl; seq: number } | null>(null);
  const undo = useRef<HTMLButtonElement>(null);
  // The deleted row took the focused button with it: focus goes to "Undo delete", the one thing likely next.
  useEffect(() => {
    if (removed) undo.current?.focus();
  }, [removed]);
  const org = entries.filter((e) => e.source === 'org');
  const own = entries.filter((e) => e.source === 'personal');

  return (
    <section aria-labelledby="catalogue-title" className="catalogue">
      <h2 id="catalogue-title">Offerings catalogue</h2>
      <p>
        What your company really offers to help people grow: <b>people</b> who help them succeed, <b>resources</b> that help them
        get ahead, <b>opportunities</b> that challenge them. Step 5 suggests only what is listed here, and says so plainly when
        nothing fits.
      </p>
      <div aria-live="polite">
        {removed ? (
          <div className="row catalogue-undo">
            <span>Deleted "{removed.offering.name}".</span>
            <button ref={undo} type="button" onClick={() => void actions.undoRemove()}>
              Undo delete
            </button>
          </div>
        ) : (
          <div className={`options-status${message?.tone === 'error' ? ' status-error' : ''}`}>{message?.text}</div>
        )}
      </div>
      {problem ? (
        <div className="notice notice-error" role="alert">
          Your stored catalogue could not be read ({problem.reasons.join('; ')}). It is kept exactly as it was and is not written
          over; export it from "Unreadable data" below to repair it.
        </div>
      ) : null}

      {org.length > 0 ? (
        <>
          <h3>From your organisation</h3>
          <p className="muted">Set by your administrator; read-only here.</p>
          <ul className="offerings" aria-label="Offerings from your organisation">
            {org.map((o, i) => (
              <OfferingItem key={o.id} offering={o} first={i === 0} last={i === org.length - 1} />
            ))}
          </ul>
        </>
      ) : null}
      {managedNote ? <p className="muted catalogue-managed-note">{managedNote}</p> : null}

      <h3>Your offerings</h3>
      {own.length === 0 && !problem ? (
        <div className="empty catalogue-empty">
          <p>No offerings of your own yet. Add what your company really has, or start from an example and change it to match.</p>
          <button type="button" onClick={() => void actions.loadExample()}>
            Load example catalogue
          </button>
        </div>
      ) : (
        <ul className="offerings" aria-label="Your offerings">
          {own.map((o, i) =>
            editing === o.id ? (
              <li key={o.id} className="offering">
                <OfferingForm
                  offering={personal.find((p) => p.id === o.id)}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (draft) => {
                    const result = await actions.update(o.id, draft);
                    if (result.ok) setEditing(null);
                    return result;
                  }}
                />
              </li>
            ) : (
              <OfferingItem
                key={o.id}
                offering={o}
                first={i === 0}
                last={i === own.length - 1}
                focus={focus?.id === o.id ? focus : undefined}
                onEdit={() => setEditing(o.id)}
                onMove={(control) => {
                  void actions.move(o.id, control === 'up' ? -1 : 1);
                  setFocus({ id: o.id, control, seq: (focus?.seq ?? 0) + 1 });
                }}
                onDelete={() => void actions.remove(o.id)}
              />
            ),
          )}
        </ul>
      )}
      {editing === 'new' ? (
        <OfferingForm
          onCancel={() => setEditing(null)}
          onSubmit={async (draft) => {
            const result = await actions.add(draft);
            if (result.ok) setEditing(null);
            return result;
          }}
        />
      ) : (
        <div className="row">
          <button type="button" className="primary" disabled={problem !== null} onClick={() => setEditing('new')}>
            Add an offering
          </button>
        </div>
      )}
      <CatalogueTransfer />
    </section>
  );
}
