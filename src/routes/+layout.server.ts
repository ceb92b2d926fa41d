import { releaseDate, siteUrl } from '$lib/server/dataset';

export function load() {
	// The site's root as an absolute path ('/' or '/corridors/'), known only when the site is built.
	const siteRoot = `${(process.env.BASE_PATH ?? '').replace(/\/+$/, '')}/`;
	return { siteUrl: siteUrl(), release: releaseDate(), siteRoot };
}
