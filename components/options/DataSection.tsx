import { offerDownload } from '../../lib/download';
import { EraseAll } from './EraseAll';
import { ImportInterviews } from './ImportInterviews';
import { useOptions, useOptionsActions } from './OptionsContext';
import { QuarantineList } from './QuarantineList';
import { RetentionForm } from './RetentionForm';

/** Where the notes live, and every way to take them out, bring them back or remove them. */
export function DataSection() {
  const count = useOptions((s) => s.interviewCount);
  const actions = useOptionsActions();
  return (
    <section aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p>
        {count === 1 ? 'One interview is' : `${count} interviews are`} kept in this browser's extension storage on this computer.
        Nothing is sent anywhere: no server, no analytics.
      </p>
      <div className="row">
        <button type="button" onClick={() => void actions.exportAll().then(offerDownload)}>
          Export all interviews
        </button>
      </div>
      <ImportInterviews />
      <RetentionForm />
      <QuarantineList />
      <EraseAll />
    </section>
  );
}
