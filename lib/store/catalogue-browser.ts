import { browserManaged } from '../platform/managed';
import { browserStorage } from '../storage/area';
import { createCatalogueRepository } from '../storage/catalogue';
import type { Problem } from '../storage/repository';
import { createCatalogueStore } from './catalogue';

/** The catalogue store wired to the real browser: `storage.local` for personal offerings, `storage.managed` for the organisation's. */
export function createBrowserCatalogueStore(report: (problems: Problem[]) => void) {
  return createCatalogueStore({
    repository: createCatalogueRepository(browserStorage(), report),
    managed: browserManaged(),
  });
}
