// Types for modules without their own (a script file, not a module, so these are global declarations).
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' }
	): Promise<Buffer>;
}
