import vue from '@vitejs/plugin-vue';
import { resolve } from 'path';
import { defineConfig, mergeConfig } from 'vite';
import { vitestConfig } from '@nodeloom/vitest-config/frontend';

const publicPath = process.env.VUE_APP_PUBLIC_PATH || '/';
const backendUrl = process.env.VUE_APP_URL_BASE_API ?? 'http://localhost:5678';

// Dev server only: proxies the editor's API calls to a locally running `nodeloom start`
export default mergeConfig(
	defineConfig({
		define: { BASE_PATH: `'${publicPath}'` },
		plugins: [vue()],
		resolve: { alias: { '@': resolve(__dirname, 'src') } },
		base: publicPath,
		server: {
			port: 8080,
			proxy: {
				'/rest': { target: backendUrl, changeOrigin: true, ws: true },
				'/webhook-test': { target: backendUrl },
			},
		},
		build: { outDir: 'dist', sourcemap: false },
	}),
	vitestConfig,
);
