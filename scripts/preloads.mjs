/**
 * What the client build's dynamic imports preload (vite.config.ts, build.modulePreload). Vite lists, for
 * each import(), the imported module and every module it imports, and its helper then searches the page's
 * <link>s and adds one for each module not there yet, in the importer's task. Two of those are no use: the
 * imported module itself, which the import fetches as soon, and modules its importer imports statically,
 * which are loaded already.
 */

/**
 * Each chunk's static imports, direct or not, from the bundle's chunks (name and direct imports).
 * @param {{ fileName: string; imports: string[] }[]} chunks
 * @returns {Map<string, Set<string>>}
 */
export function staticImportsOf(chunks) {
	const direct = new Map(chunks.map((chunk) => [chunk.fileName, chunk.imports]));
	/** @type {Map<string, Set<string>>} */
	const closures = new Map();
	for (const file of direct.keys()) {
		const into = new Set();
		const pending = [...(direct.get(file) ?? [])];
		while (pending.length > 0) {
			const dep = /** @type {string} */ (pending.pop());
			if (into.has(dep)) continue;
			into.add(dep);
			pending.push(...(direct.get(dep) ?? []));
		}
		closures.set(file, into);
	}
	return closures;
}

/**
 * The modules an import() needs preloaded: Vite's list less the imported module and what the importer
 * has loaded.
 * @param {string} imported
 * @param {string[]} deps
 * @param {Set<string> | undefined} loaded the importer's static imports
 * @returns {string[]}
 */
export function preloadsNeeded(imported, deps, loaded) {
	return deps.filter((dep) => dep !== imported && !loaded?.has(dep));
}
