import { env } from '$env/dynamic/private';
import type { Handle, HandleFetch } from '@sveltejs/kit';

// The node adapter is only ever reached through photovault-proxy, but API calls made during SSR
// (and any /api request that slips past the proxy) are forwarded to the server container.
const serverUrl = (env.PHOTOVAULT_SERVER_URL || 'http://photovault-server:2283').replace(/\/$/, '');

const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

export const handle: Handle = async ({ event, resolve }) => {
  const { pathname, search } = event.url;

  if (pathname.startsWith('/api/') || pathname === '/.well-known/photovault') {
    const target = pathname.startsWith('/api/')
      ? `${serverUrl}${pathname.replace(/^\/api/, '')}${search}`
      : `${serverUrl}/server/config/well-known`;

    const headers = new Headers();
    for (const [key, value] of event.request.headers) {
      if (!hopByHop.has(key.toLowerCase())) {
        headers.set(key, value);
      }
    }
    headers.set('x-forwarded-host', event.url.host);
    headers.set('x-forwarded-proto', event.url.protocol.replace(':', ''));

    const response = await fetch(target, {
      method: event.request.method,
      headers,
      body: ['GET', 'HEAD'].includes(event.request.method) ? undefined : event.request.body,
      // @ts-expect-error node fetch needs duplex for streamed bodies
      duplex: 'half',
      redirect: 'manual',
    });

    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }

  return resolve(event);
};

export const handleFetch: HandleFetch = async ({ request, fetch }) => {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/api/')) {
    // SSR load functions call the SDK with a relative base url; rewrite to the server container
    const rewritten = `${serverUrl}${url.pathname.replace(/^\/api/, '')}${url.search}`;
    return fetch(new Request(rewritten, request));
  }
  return fetch(request);
};
