import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { OfferingDraft } from '../../../lib/catalogue/edits';
import type { Kind, ModeId, Offering } from '../../../lib/catalogue/schema';
import type { DraftResult } from '../../../lib/store/catalogue-editor';
import { arenaChoices, kindChoices, modeChoices } from './choices';

interface Props {
  /** The offering being edited; none for a new one. */
  offering?: Offering;
  onSubmit: (draft: OfferingDraft) => Promise<DraftResult>;
  onCancel: () => void;
}

const FIELD_ORDER = ['name', 'kind', 'description', 'modes', 'arenas', 'tags', 'link'] as const;

/** Add or edit one offering. Problems are shown beside their field, and focus goes to the first one. */
export function OfferingForm({ offering, onSubmit, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(offering?.name ?? '');
  const [kind, setKind] = useState<Kind>(offering?.kind ?? 'people');
  const [description, setDescription] = useState(offering?.description ?? '');
  const [modes, setModes] = useState<string[]>(offering?.modes ?? []);
  const [arenas, setArenas] = useState<string[]>(offering?.arenas ?? []);
  const [tags, setTags] = useState((offering?.tags ?? []).join(', '));
  const [link, setLink] = useState(offering?.link ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  useEffect(() => {
    const first = FIELD_ORDER.find((f) => errors[f]);
    if (first) form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  }, [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft: OfferingDraft = {
      name: name.trim(),
      kind,
      description: description.trim(),
      modes: modeChoices.filter((m) => modes.includes(m.id)).map((m) => m.id as ModeId),
      arenas: arenaChoices.filter((a) => arenas.includes(a.id)).map((a) => a.id),
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
      ...(link.trim() ? { link: link.trim() } : {}),
    };
    const result = await onSubmit(draft);
    if (!result.ok) setErrors(result.errors);
  }

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const error = (field: string) =>
    errors[field] ? (
      <span className="field-error" id={`${id}-${field}-error`}>
        {sentence(errors[field])}
      </span>
    ) : null;
  const invalid = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {});

  return (
    <form
      ref={form}
      className="offering-form"
      onSubmit={(e) => void submit(e)}
      aria-label={offering ? `Edit ${offering.name}` : 'New offering'}
    >
      <label className="field">
        <span className="label">Name</span>
        <input data-field="name" value={name} onChange={(e) => setName(e.target.value)} {...invalid('name')} />
        {error('name')}
      </label>
      <fieldset className="choices">
        <legend>Kind</legend>
        {kindChoices.map((k) => (
          <label key={k.id} className="choice">
            <input type="radio" name={`${id}-kind`} checked={kind === k.id} onChange={() => setKind(k.id)} />
            <span>{k.label}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="label">Description the interviewer can read out</span>
        <textarea
          data-field="description"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          {...invalid('description')}
        />
        {error('description')}
      </label>
      <fieldset className="choices">
        <legend>Growth modes it serves</legend>
        {modeChoices.map((m) => (
          <label key={m.id} className="choice">
            <input
              type="checkbox"
              checked={modes.includes(m.id)}
              onChange={(e) => setModes(toggle(modes, m.id, e.target.checked))}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>Arenas it fits</legend>
        {arenaChoices.map((a) => (
          <label key={a.id} className="choice">
            <input
              type="checkbox"
              checked={arenas.includes(a.id)}
              onChange={(e) => setArenas(toggle(arenas, a.id, e.target.checked))}
            />
            <span>{a.label}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="label">Tags, separated by commas (optional)</span>
        <input data-field="tags" value={tags} onChange={(e) => setTags(e.target.value)} {...invalid('tags')} />
        {error('tags')}
      </label>
      <label className="field">
        <span className="label">Link (optional)</span>
        <input
          data-field="link"
          type="url"
          inputMode="url"
          value={link}
          onChange={(e) => setLink(e.target.value)}
          {...invalid('link')}
        />
        {error('link')}
      </label>
      <div className="row">
        <button type="submit" className="primary">
          {offering ? 'Save offering' : 'Add offering'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Schema messages are written lower-case to sit after a path; beside a field they read as a sentence. */
function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}
