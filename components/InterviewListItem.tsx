import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { offerDownload } from '../lib/download';
import type { IndexEntry } from '../lib/interview/entry';
import { type Snippet, statusLabels } from '../lib/store/library';
import { isoDate } from '../lib/summary/date';
import { useActions } from './StoreContext';

/**
 * One interview: open it, or (behind "Actions for …") rename, mark done,
 * archive, export, delete. While searching, the words of an answer that matched show under it.
 */
export function InterviewListItem({ entry, snippet }: { entry: IndexEntry; snippet?: Snippet | undefined }) {
  const actions = useActions();
  const [mode, setMode] = useState<'closed' | 'actions' | 'rename'>('closed');
  const name = entry.candidate || 'Unnamed candidate';
  const moreRef = useRef<HTMLButtonElement>(null);
  // After a rename or Escape, focus returns to the row's "Actions for …" button instead of the top of the page,
  // unless the user has moved on meanwhile (a click elsewhere while the rename was being saved).
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && mode === 'closed') {
      const active = document.activeElement;
      if (!active || active === document.body || moreRef.current?.closest('li')?.contains(active)) moreRef.current?.focus();
      setRefocus(false);
    }
  }, [refocus, mode]);
  const close = () => {
    setMode('closed');
    setRefocus(true);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (mode === 'rename') return <RenameForm entry={entry} onDone={close} onKeyDown={closeOnEscape} />;

  return (
    // Escape closes the actions from any of their buttons, "Actions for …" included.
    <li
      className="list-entry"
      data-id={entry.id}
      onKeyDown={mode === 'actions' ? closeOnEscape : undefined}
      // One row's actions open at a time: they close when focus moves on to another control.
      onBlur={(e) => {
        const next = e.relatedTarget as Node | null;
        if (mode === 'actions' && next && !e.currentTarget.contains(next)) setMode('closed');
      }}
    >
      <div className="list-row">
        <button type="button" className="list-item" onClick={() => void actions.open(entry.id)}>
          <span className="list-name">{name}</span>
          <span className="list-meta">
            {entry.role ? `${entry.role} · ` : ''}
            {isoDate(entry.createdAt)} · {statusLabels[entry.status]}
          </span>
          {snippet ? <Matched snippet={snippet} /> : null}
        </button>
        <button
          type="button"
          className="list-more"
          ref={moreRef}
          aria-expanded={mode === 'actions'}
          aria-label={`Actions for ${name}`}
          onClick={() => setMode(mode === 'actions' ? 'closed' : 'actions')}
        >
          ⋯
        </button>
      </div>
      {mode === 'actions' ? (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form fieldset.
        <div className="list-actions" role="group" aria-label={`Actions for ${name}`}>
          <button type="button" onClick={() => setMode('rename')}>
            Rename
          </button>
          {entry.status === 'done' ? (
            <button type="button" onClick={() => void actions.setStatus(entry.id, 'active')}>
              Mark in progress
            </button>
          ) : (
            <button type="button" onClick={() => void actions.setStatus(entry.id, 'done')}>
              Mark done
            </button>
          )}
          {entry.status === 'archived' ? (
            <button type="button" onClick={() => void actions.setStatus(entry.id, 'active')}>
              Unarchive
            </button>
          ) : (
            <button type="button" onClick={() => void actions.setStatus(entry.id, 'archived')}>
              Archive
            </button>
          )}
          <button type="button" onClick={() => void actions.exportInterviews(entry.id).then(offerDownload)}>
            Export
          </button>
          <button type="button" className="danger" onClick={() => void actions.remove(entry.id)}>
            Delete
          </button>
        </div>
      ) : null}
    </li>
  );
}

function RenameForm({
  entry,
  onDone,
  onKeyDown,
}: {
  entry: IndexEntry;
  onDone: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}) {
  const actions = useActions();
  const [candidate, setCandidate] = useState(entry.candidate);
  const [role, setRole] = useState(entry.role);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await actions.rename(entry.id, candidate, role)) onDone();
  }

  return (
    <li className="list-entry">
      <form
        className="rename"
        onSubmit={(e) => void submit(e)}
        onKeyDown={onKeyDown}
        aria-label={`Rename ${entry.candidate || 'interview'}`}
      >
        <label className="field">
          <span className="label">Candidate name</span>
          {/* biome-ignore lint/a11y/noAutofocus: the form replaces the row the user just chose to rename. */}
          <input type="text" value={candidate} autoFocus onChange={(e) => setCandidate(e.target.value)} />
        </label>
        <label className="field">
          <span className="label">Role</span>
          <input type="text" value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={candidate.trim() === ''}>
            Save
          </button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    </li>
  );
}

/** The words that matched the search, the match itself marked. */
function Matched({ snippet }: { snippet: Snippet }) {
  const { text, from, to } = snippet;
  return (
    <span className="list-snippet">
      {from < 0 ? (
        text
      ) : (
        <>
          {text.slice(0, from)}
          <mark>{text.slice(from, to)}</mark>
          {text.slice(to)}
        </>
      )}
    </span>
  );
}
