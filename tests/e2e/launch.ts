/** Chromium flags for every e2e browser. Headless WebGL2 runs on SwiftShader, opt-in since Chrome 139. */
export const BROWSER_ARGS = [
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update'
];
