// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Whether reading pages start the app (the benchmark's comparison build): vite.config.ts defines it. */
	const __HYDRATE_READING__: boolean;
	/** Whether the build makes English pages only (the benchmark's synthetic builds): vite.config.ts. */
	const __ENGLISH_ONLY__: boolean;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

declare module 'virtual:palette.css';

export {};
