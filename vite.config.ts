import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'] } },
			// Reads build-base/, the site built for a sub-folder (BASE_PATH=/corridors): npm test builds it.
			{ extends: true, test: { name: 'base', environment: 'node', include: ['tests/base/**/*.test.ts'] } }
		]
	}
});
