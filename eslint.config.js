import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	// __HYDRATE_READING__, __ENGLISH_ONLY__: build-time constants (vite.config.ts define).
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				__HYDRATE_READING__: 'readonly',
				__ENGLISH_ONLY__: 'readonly'
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// No {@html} of data: the dataset is text and must stay text (CSP and injection safety).
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links go through localHref (src/lib/i18n/links.ts), which resolves them in the page's language
			// with Kit's resolve(); the prerender crawler fails the build on any link that leads nowhere.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }]
		}
	},
	{
		ignores: [
			'build/',
			'build-base/',
			'offline/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'src/lib/paraglide/'
		]
	}
);
