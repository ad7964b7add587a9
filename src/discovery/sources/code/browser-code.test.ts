import { describe, expect, it } from 'vitest';
import { isBrowserCode } from './browser-code.js';

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
  ])('%s importing %j → %s', (path, imports, expected) => {
    expect(isBrowserCode(path, imports)).toBe(expected);
  });
});
