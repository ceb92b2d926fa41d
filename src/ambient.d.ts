// Types for modules without their own (a script file, not a module, so these are global declarations).
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' }
	): Promise<Buffer>;
}
// Converts between font formats (a dependency of subset-font; the tests read the fonts it cuts).
declare module 'fontverter' {
	const fontverter: {
		convert(font: Buffer, to: 'truetype' | 'woff' | 'woff2' | 'sfnt'): Promise<Buffer>;
	};
	export default fontverter;
}
// Every figure, validated at build time (vite.config.ts, figuresModule).
declare module 'virtual:figures' {
	const figures: import('$lib/data/schema').Figure[];
	export default figures;
}
