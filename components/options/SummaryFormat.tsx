import { defaultProfileId } from '../../lib/store/summary-copy';
import { type ProfileId, profiles } from '../../lib/summary';
import { useOptions, useOptionsActions } from './OptionsContext';

/** What each format is for, in the interviewer's words. */
const hints: Record<ProfileId, string> = {
  greenhouse: 'Rich text: bold labels, lists, links, line breaks.',
  ashby: 'Bold labels and lists only, no headings (what Ashby notes keep).',
  lever: 'Plain text with "- " bullets and blank lines between sections.',
  plain: 'Plain text for Workday comments or any notes field.',
  markdown: 'Markdown for Notion, Slack or docs; rich text where the target takes it.',
};

/** The default format of "Copy summary"; the panel can still pick another for one copy. */
export function SummaryFormat() {
  const stored = useOptions((s) => s.settings.profile);
  const settings = useOptions((s) => s.settings);
  const actions = useOptionsActions();
  const chosen = defaultProfileId(settings);
  return (
    <fieldset className="summary-format">
      <legend>Summary format</legend>
      {chosen !== stored ? (
        <p className="notice">
          The saved format “{stored}” is not known to this version, so {profiles.find((p) => p.id === chosen)?.name} is used.
        </p>
      ) : null}
      {profiles.map((p) => (
        <label key={p.id} className="choice">
          <input
            type="radio"
            name="summary-format"
            value={p.id}
            checked={chosen === p.id}
            onChange={() => void actions.saveSettings({ profile: p.id })}
          />
          <span>
            {p.name}
            <span className="hint">{hints[p.id as ProfileId]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
