import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// CSVs stay real files so downloads and fetches behave the same everywhere.
		assetsInlineLimit: (file: string) => (file.endsWith('.csv') ? false : undefined)
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
