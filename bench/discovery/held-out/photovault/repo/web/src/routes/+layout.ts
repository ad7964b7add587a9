import { browser } from '$app/environment';
import { defaults, getAboutInfo, getMyUser, getServerConfig } from '@photovault/sdk';
import { init as initLanguage } from '$lib/i18n';
import { openWebsocketConnection } from '$lib/stores/websocket';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const csr = true;

export const load = (async ({ fetch }) => {
  // all calls go to the same origin: /api is routed by photovault-proxy
  defaults.baseUrl = '/api';
  defaults.fetch = fetch;

  await initLanguage();
  const serverConfig = await getServerConfig();
  const user = await getMyUser().catch(() => undefined);

  if (browser && user) {
    openWebsocketConnection();
  }

  const about = user ? await getAboutInfo().catch(() => undefined) : undefined;

  return {
    serverConfig,
    user,
    about,
    meta: {
      title: 'PhotoVault',
    },
  };
}) satisfies LayoutLoad;
