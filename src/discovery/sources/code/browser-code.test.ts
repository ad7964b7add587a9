import { describe, expect, it } from 'vitest';
import { isBrowserApp, isBrowserCode } from './browser-code.js';

describe('isBrowserCode', () => {
  it.each([
    ['dashboard/src/LiveQuotes.tsx', ['react', '@stomp/stompjs'], true],
    ['dashboard/src/live.ts', ['@stomp/stompjs', 'react'], true],
    ['web/src/App.vue', ['@stomp/stompjs'], true],
    ['web/src/components/Feed.jsx', ['@stomp/stompjs'], true],
    ['web/src/socket.ts', ['@stomp/stompjs', 'vue'], true],
    ['web/src/socket.ts', ['@stomp/stompjs', '@angular/core'], true],
    ['bridge/src/relay.ts', ['@stomp/stompjs', 'ws'], false],
    ['bridge/src/relay.ts', ['@stomp/stompjs', 'node:fs'], false],
    ['bridge/src/relay.ts', ['@stomp/stompjs'], false],
    ['watcher/src/index.js', ['stompit', 'axios'], false],
    ['ssr/src/page.tsx', ['react', 'node:fs'], false],
    ['web/src/chat.js', ['@stomp/stompjs', 'sockjs-client'], true],
    ['chat/src/main/resources/static/js/chat.js', ['@stomp/stompjs'], true],
    ['server/public/admin.js', [], true],
    ['server/public/admin.js', ['ws'], false],
  ])('%s importing %j → %s', (path, imports, expected) => {
    expect(isBrowserCode(path, imports)).toBe(expected);
  });
});

/** A package.json of these dependencies (runtime first, then dev) and scripts. */
function packageJson(dependencies: string[], devDependencies: string[] = [], scripts: Record<string, string> = {}): string {
  const versions = (names: string[]) => Object.fromEntries(names.map((name) => [name, '^1.0.0']));
  return JSON.stringify({ name: 'app', private: true, dependencies: versions(dependencies), devDependencies: versions(devDependencies), scripts }, null, 2);
}

describe('isBrowserApp', () => {
  it.each<[string, string, boolean]>([
    ['create-react-app', packageJson(['react', 'react-dom', 'react-scripts', '@stomp/stompjs', 'sockjs-client', 'axios'], [], { start: 'react-scripts start', build: 'react-scripts build' }), true],
    ['craco', packageJson(['react', 'react-dom', '@craco/craco', 'mqtt'], [], { start: 'craco start' }), true],
    ['Vite and React', packageJson(['react', 'react-dom'], ['vite', '@vitejs/plugin-react'], { dev: 'vite', build: 'vite build' }), true],
    ['Vue CLI', packageJson(['vue', 'core-js'], ['@vue/cli-service'], { serve: 'vue-cli-service serve' }), true],
    ['Angular CLI', packageJson(['@angular/core', '@angular/common', 'rxjs', '@stomp/rx-stomp'], ['@angular/cli', '@angular-devkit/build-angular'], { start: 'ng serve' }), true],
    ['Svelte on Vite', packageJson([], ['svelte', 'vite', '@sveltejs/vite-plugin-svelte']), true],
    ['webpack and Preact, static server', packageJson(['preact', 'serve'], ['webpack', 'webpack-cli'], { start: 'serve -s dist' }), true],
    ['Next.js', packageJson(['next', 'react', 'react-dom'], [], { dev: 'next dev' }), false],
    ['Nuxt', packageJson(['nuxt', 'vue'], ['vite']), false],
    ['SvelteKit', packageJson([], ['@sveltejs/kit', 'svelte', 'vite']), false],
    ['Remix', packageJson(['@remix-run/node', '@remix-run/react', 'react', 'react-dom'], ['vite']), false],
    ['Angular SSR', packageJson(['@angular/core', '@angular/ssr', 'express'], ['@angular/cli']), false],
    ['Electron', packageJson(['react', 'react-dom'], ['electron', 'vite']), false],
    ['Express serving the build', packageJson(['express', 'react', 'react-dom', 'react-scripts'], [], { start: 'node server.js' }), false],
    ['React with a Node start script', packageJson(['react', 'react-dom', 'mqtt'], ['webpack'], { start: 'NODE_ENV=production node dist/server.js' }), false],
    ['React with a database driver', packageJson(['react', 'react-dom', 'pg'], ['vite']), false],
    ['React without a bundler (a library, or SSR of its own)', packageJson(['react', 'react-dom']), false],
    ['a Node service', packageJson(['express', 'kafkajs'], ['nodemon'], { start: 'node index.js' }), false],
    ['not JSON', '{ "dependencies": { "react-dom": ', false],
    // A site's asset folder (NetBox's project-static): no UI framework, still only browser code.
    ['Django asset folder (esbuild, bootstrap, htmx)', packageJson(['bootstrap', 'htmx.org', '@popperjs/core', 'tom-select'], ['esbuild', 'typescript'], { bundle: 'node bundle.js' }), true],
    ['Rails jsbundling (esbuild, Stimulus)', packageJson(['@hotwired/turbo-rails', '@hotwired/stimulus'], ['esbuild'], { build: 'esbuild app/javascript/*.* --bundle --outdir=app/assets/builds' }), true],
    ['Sass and rollup only', packageJson([], ['rollup', 'sass'], { build: 'rollup -c && sass scss:dist' }), true],
    ['webpack and a font package (typeface-*)', packageJson(['typeface-roboto'], ['webpack']), true],
    ['tooling only (prettier, eslint)', packageJson([], ['prettier', 'eslint'], { format: 'prettier --write .' }), false],
    ['a Lambda bundled by esbuild', packageJson(['@aws-sdk/client-s3'], ['esbuild'], { build: 'esbuild src/index.ts --bundle --platform=node' }), false],
    ['assets beside an Express server', packageJson(['express', 'bootstrap'], ['esbuild']), false],
    ['assets with a start script', packageJson(['bootstrap'], ['webpack'], { start: 'webpack serve' }), false],
    ['a widget library with an entry', JSON.stringify({ name: 'acme-widgets', main: 'dist/index.js', dependencies: { 'tom-select': '^2' }, devDependencies: { rollup: '^4' } }), false],
    ['a vendored bootstrap (no builder)', packageJson(['bootstrap', 'jquery']), false],
  ])('%s → %s', (_name, text, expected) => {
    expect(isBrowserApp(text)).toBe(expected);
  });
});
