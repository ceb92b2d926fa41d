/**
 * Inside an embed, a link must open in a new tab: the partner's iframe is a small window in someone
 * else's page, and a source or profile opened inside it would be cramped and lose the story around it.
 * EmbedFrame marks its subtree; components spread `newTab()` onto their links. Outside an embed it adds
 * nothing, so the site's own links stay in the tab.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('embedded');

/** Marks this component's subtree as an embed; call during EmbedFrame's initialisation. */
export const setEmbedded = () => setContext(KEY, true);

/** The attributes a link needs here: target and rel inside an embed, none elsewhere. */
export const newTab = (): { target?: '_blank'; rel?: 'noopener' } =>
	getContext<boolean | undefined>(KEY) ? { target: '_blank', rel: 'noopener' } : {};
