/**
 * The one script of a reading page (a profile, a corridor, the sources, the measures). Those pages are
 * read, not played with: they do not start the app or hydrate their DOM (csr = false, see the (reading)
 * layout), and this script gives life only to what needs it: the header's search and language links
 * (page.ts), and the Share and Embed dialogs. Quotes and every link work without it.
 *
 * It is built as its own entry, _app/reading.js (vite.config.ts), and imports nothing of SvelteKit's
 * runtime. The layout's <script> tag says where the site's root is and which language the page is in.
 */
import { attachShare } from '$lib/behaviours/share';
import { markStarted } from '$lib/behaviours/print';
import { startPage } from './page';

const { root, absolute } = await startPage('reading');
for (const share of document.querySelectorAll<HTMLElement>('.share-root'))
	attachShare(share, { absolute, pymScript: new URL('embed/pym.v1.min.js', root).href });
markStarted();
