// Unit tests format text in any language: every catalogue is loaded, as on the server.
import { loadAllCatalogues } from '$lib/i18n/catalogue';

await loadAllCatalogues();
