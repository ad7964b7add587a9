import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// Dev only: proxy API calls to a locally running Go binary.
const backend = process.env.PUBLIC_BACKEND_ENDPOINT || 'http://localhost:3333';

export default defineConfig({
	plugins: [sveltekit()],
	server: {
		proxy: {
			'/api': backend,
			'/ws': { target: backend.replace('http', 'ws'), ws: true }
		}
	}
});
