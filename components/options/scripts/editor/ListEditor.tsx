import type { DraftChoice, DraftItem, DraftQuestion } from '../../../../lib/script/draft';
import type { ListPart } from '../../../../lib/steps/editing';
import { fieldId, focusSoon, useEditorActions } from './EditorContext';
import { Problem, TextField } from './Fields';

interface Props {
  at: number;
  list: string;
  part: ListPart;
  items: readonly DraftItem[];
  /** The list's heading ("Questions"). */
  title: string;
  hint?: string;
  /** Choices that carry a description (arenas, modes, kinds of support); checks do not. */
  describes?: boolean;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The first control of an item: where focus goes when it is added or moved. */
export function itemFieldId(at: number, list: string, index: number, part: ListPart): string {
  return fieldId(
    part.shape === 'line' ? ['steps', at, list, index] : ['steps', at, list, index, part.shape === 'question' ? 'text' : 'label'],
  );
}

/**
 * One list of a step (guidance lines, checks, questions, arenas…): each item's
 * text, moved up or down or removed from the keyboard, and "Add …" at the end.
 * A removed item comes back with "Undo remove".
 */
export function ListEditor({ at, list, part, items, title, hint, describes }: Props) {
  const actions = useEditorActions();
  const one = part.one;
  const legend = fieldId(['steps', at, list]);
  const add = () => {
    const index = actions.addItem(at, list);
    if (index !== null) focusSoon(itemFieldId(at, list, index, part));
  };
  const moved = (index: number, by: -1 | 1) => {
    actions.moveItem(at, list, index, by);
    const to = index + by;
    // Focus follows the item, on the same button while it can still move that way.
    const edge = to === 0 || to === items.length - 1;
    focusSoon(edge ? itemFieldId(at, list, to, part) : `${fieldId(['steps', at, list, to])}-${by < 0 ? 'up' : 'down'}`);
  };
  return (
    <fieldset className="editor-list" aria-describedby={hint ? `${legend}-hint` : undefined}>
      <legend id={legend} tabIndex={-1}>
        {title}
      </legend>
      {hint ? (
        <span id={`${legend}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <Problem id={`${legend}-problem`} path={['steps', at, list]} />
      {items.length > 0 ? (
        <ol className="editor-items">
          {items.map((item, index) => {
            const name = `${capital(one)} ${index + 1}`;
            const base = fieldId(['steps', at, list, index]);
            return (
              <li key={typeof item === 'string' ? `line-${index}` : item.id} className="editor-item">
                <ItemFields at={at} list={list} index={index} item={item} part={part} name={name} describes={describes} />
                <div className="row editor-item-tools">
                  <button
                    type="button"
                    id={`${base}-up`}
                    disabled={index === 0}
                    aria-label={`Move ${one} ${index + 1} up`}
                    onClick={() => moved(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={`${base}-down`}
                    disabled={index === items.length - 1}
                    aria-label={`Move ${one} ${index + 1} down`}
                    onClick={() => moved(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove ${one} ${index + 1}`}
                    onClick={() => actions.removeItem(at, list, index)}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <button type="button" onClick={add}>
        Add {one}
      </button>
    </fieldset>
  );
}

function ItemFields(props: {
  at: number;
  list: string;
  index: number;
  item: DraftItem;
  part: ListPart;
  name: string;
  describes?: boolean | undefined;
}) {
  const { at, list, index, item, part, name, describes } = props;
  const actions = useEditorActions();
  const path = ['steps', at, list, index] as const;
  const set = (field: string | null) => (value: string) => actions.setItem(at, list, index, field, value);
  if (typeof item === 'string') return <TextField label={name} path={path} value={item} onChange={set(null)} multiline />;
  if (part.shape === 'question') {
    const q = item as DraftQuestion;
    return (
      <div className="editor-item-fields">
        <TextField label={name} path={[...path, 'text']} value={q.text} onChange={set('text')} multiline />
        <TextField
          label={`Summary label of ${part.one} ${index + 1}`}
          path={[...path, 'label']}
          value={q.label}
          onChange={set('label')}
          maxLength={200}
        />
      </div>
    );
  }
  const c = item as DraftChoice;
  return (
    <div className="editor-item-fields">
      <TextField label={name} path={[...path, 'label']} value={c.label} onChange={set('label')} />
      {describes ? (
        <TextField
          label={`Description of ${part.one} ${index + 1} (optional)`}
          path={[...path, 'description']}
          value={c.description ?? ''}
          onChange={set('description')}
        />
      ) : null}
    </div>
  );
}
