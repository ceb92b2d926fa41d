import { releaseDate, siteRoot, siteUrl } from '$lib/server/dataset';

export function load() {
	return { siteUrl: siteUrl(), release: releaseDate(), siteRoot: siteRoot() };
}
