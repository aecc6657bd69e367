import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CatalogueProvider } from '../../components/catalogue/CatalogueContext';
import { InsightsProvider } from '../../components/options/insights/InsightsContext';
import { OptionsProvider } from '../../components/options/OptionsContext';
import { OptionsPage } from '../../components/options/OptionsPage';
import { EditorProvider } from '../../components/options/scripts/editor/EditorContext';
import { ScriptsProvider } from '../../components/options/scripts/ScriptsContext';
import { browserManaged } from '../../lib/platform/managed';
import { currentWindowId, openPanel } from '../../lib/platform/panel';
import { browserStorage } from '../../lib/platform/storage';
import { builtInScripts } from '../../lib/script';
import { MANAGED_SCRIPTS_KEY } from '../../lib/script/managed';
import { readInterviewBatches } from '../../lib/storage/batches';
import { createDrafts, draftsSpec } from '../../lib/storage/drafts';
import { createRepository } from '../../lib/storage/repository';
import { createCatalogueStore } from '../../lib/store/catalogue';
import { createCatalogueEditor } from '../../lib/store/catalogue-editor';
import { createInsightsStore } from '../../lib/store/insights';
import { createOptionsStore } from '../../lib/store/options';
import { createScriptEditor } from '../../lib/store/script-editor';
import { createScriptsStore } from '../../lib/store/scripts';

// The options page's wiring: one repository for the page, shared by the settings, the catalogue, the scripts and Insights.
const storage = browserStorage();
const repository = createRepository(storage, { writerId: crypto.randomUUID() });
// Insights reads and checks every record on open and logs what it cannot read: the options store need not read them too.
const options = createOptionsStore(repository, Date.now, undefined, { checkRecordsOnOpen: false });
const catalogue = createCatalogueStore({ repository: repository.catalogue, managed: browserManaged() });
const scripts = createScriptsStore({
  scripts: repository.scripts,
  builtIns: builtInScripts,
  managed: browserManaged(MANAGED_SCRIPTS_KEY),
});
const editor = createScriptEditor({
  scripts: repository.scripts,
  drafts: createDrafts(repository.item(draftsSpec)),
  core: scripts,
  builtIns: builtInScripts,
});
const insights = createInsightsStore({
  records: {
    readBatches: (size) => readInterviewBatches(storage.area, size, repository.reportProblems),
    readIndex: repository.readIndex,
  },
  resolve: (id, version) => repository.scripts.resolve(id, version),
  watch: (listener) =>
    repository.watch(
      (event) => {
        if (event.kind === 'index' || event.kind === 'erased') listener(event.kind);
      },
      ['index', 'erased'],
    ),
});
void options.actions.init();
void editor.actions.init();
void catalogue.actions.init();
void scripts.actions.init();
void insights.actions.init();
// An unreadable catalogue is logged in the quarantine after the page has read it: show it under "Unreadable data".
catalogue.store.subscribe((state, previous) => {
  if (state.problem && !previous.problem) void repository.settled().then(() => options.actions.refresh());
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsProvider value={options}>
        <CatalogueProvider value={{ ...catalogue, editor: createCatalogueEditor(catalogue) }}>
          <ScriptsProvider value={scripts}>
            <EditorProvider value={editor}>
              <InsightsProvider value={insights}>
                <OptionsPage panel={{ currentWindowId, openPanel }} />
              </InsightsProvider>
            </EditorProvider>
          </ScriptsProvider>
        </CatalogueProvider>
      </OptionsProvider>
    </StrictMode>,
  );
}
