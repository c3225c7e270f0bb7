import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Separate output folders let several end-to-end runs build side by side (see playwright.config.ts).
		adapter: adapter({ out: process.env.VIGNET_BUILD_DIR ?? 'build' }),
		outDir: process.env.VIGNET_KIT_DIR ?? '.svelte-kit',
		// Kit's Origin check on form posts is on by default and stays on (no trustedOrigins).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (highlight colours, chart sizes), so inline styles are allowed; scripts are not.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
