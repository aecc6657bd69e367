import { useId, useMemo, useState } from 'react';
import { readPastedKit } from '../../../lib/script/paste';
import { useEditorActions } from './editor/EditorContext';
import { useScriptsActions } from './ScriptsContext';

/**
 * "Paste interview questions": text copied from an ATS interview kit or a
 * shared doc, shown as the steps and questions it makes before it is saved
 * as a script of your own.
 */
export function PasteKit() {
  const actions = useScriptsActions();
  const editor = useEditorActions();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const kit = useMemo(() => readPastedKit(text), [text]);
  const id = useId();
  const questions = kit.sections.reduce((n, s) => n + s.questions.length, 0);
  return (
    <div className="paste-kit">
      <h3>From an interview kit</h3>
      <label className="field">
        <span className="label" id={`${id}-label`}>
          Paste interview questions
        </span>
        <textarea
          aria-labelledby={`${id}-label`}
          value={text}
          rows={5}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
        />
        <span id={`${id}-hint`} className="hint">
          From a Greenhouse kit, a Lever or Ashby feedback form, or a doc: headings become steps, each question a question.
          Ratings and buttons copied with them are left out.
        </span>
      </label>
      {text.trim() !== '' ? (
        <section className="notice" aria-label="The script the pasted questions make">
          {kit.sections.length === 0 ? (
            <p>
              No questions found yet: a question is a line ending in “?”, a bulleted or numbered line, or one that asks (“Tell me
              about…”).
            </p>
          ) : (
            <>
              <p>
                {kit.sections.length} {kit.sections.length === 1 ? 'step' : 'steps'}, {questions}{' '}
                {questions === 1 ? 'question' : 'questions'}
                {kit.ignored > 0 ? `; ${kit.ignored} ${kit.ignored === 1 ? 'line' : 'lines'} of the page left out` : ''}.
              </p>
              <ol className="paste-preview">
                {kit.sections.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the preview is rebuilt from the text on every change.
                  <li key={i}>
                    <b>{s.title || (kit.sections.length === 1 ? 'Questions' : `Part ${i + 1}`)}</b>
                    <ul>
                      {s.questions.map((q, n) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: as above; the same question may appear twice.
                        <li key={n}>{q}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
              <form
                className="row"
                onSubmit={(e) => {
                  e.preventDefault();
                  void actions.savePasted(kit, name).then((saved) => {
                    if (saved) {
                      setText('');
                      setName('');
                    }
                  });
                }}
              >
                <label className="field grow">
                  <span className="label">Script name</span>
                  <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
                </label>
                <button type="submit" className="primary">
                  Save as script
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void editor.editPasted(kit, name).then((opened) => {
                      if (!opened) return;
                      setText('');
                      setName('');
                    })
                  }
                >
                  Edit before saving
                </button>
              </form>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
