import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Panel, type PanelRest } from '../../components/Panel';
import { prefetchedActiveTab } from '../../lib/call/tabs';
import { callLinksFromPrefetch, firstPageFromPrefetch, listedFromPrefetch } from '../../lib/storage/listed';
import { createCallFirst } from '../../lib/store/call-first';
import { createListShell } from '../../lib/store/interviews/shell';
import { afterNextFrame } from '../../lib/store/pace';

// The side panel's first chunk (issue 17): the list, drawn from the storage read the prefetch
// script started, with no store, step kind, summary or zod loaded yet. The rest of the page
// (rest.ts) loads once the list is on screen, or at once when the list must wait for it.
const call = createCallFirst(() => shell.loadRest().then((rest) => rest.call));
// The call banner comes in the list's first frame, so it never pushes the rows down under the pointer.
const callShown = call.start(prefetchedActiveTab(), callLinksFromPrefetch).catch(() => undefined);
const afterCall = <T,>(value: Promise<T>) => Promise.all([value, callShown]).then(([v]) => v);
const shell = createListShell<PanelRest>({
  // The first page from the list head; the whole index only when there is no head (the prefetch reads it then),
  // or when the call's linked interview is not on that page (the banner names it).
  firstPage: afterCall(firstPageFromPrefetch()).then((page) => (page && call.linkedBeyond(page.entries) ? undefined : page)),
  listed: afterCall(listedFromPrefetch()),
  load: (store) => import('./rest').then((rest) => rest.start(store, call.store)),
});
// A page that draws no frames (hidden) waits this long for one; any action loads the rest at once anyway.
// Not the usual 100 ms: on a busy machine a frame can take longer to come, and the rest would then load
// before the list's first frame.
const FRAME_WAIT_MS = 2000;
shell.listShown
  // Two frames: the list is in the shell's state before React draws it, and the next frame may begin before
  // React's render does. So the rest (its chunk, its evaluation, the stores' start) never delays the list's
  // first frame (prefetch.e2e).
  .then((shown) => (shown ? afterNextFrame(FRAME_WAIT_MS).then(() => afterNextFrame(FRAME_WAIT_MS)) : undefined))
  .then(() => shell.loadRest())
  // Said in the status line by the shell.
  .catch((error: unknown) => console.error('Reverse Interview: the panel could not load', error));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Panel shell={shell} call={call} />
    </StrictMode>,
  );
}
