/** What every command gets: output, configuration, and a catalog client opened on demand. */
import { resolveConfig, type PatchbayConfig } from '../config/config.js';
import type { ServiceSettings } from '../services/open-patchbay.js';
import type { PatchbayClient } from './client.js';
import type { Output } from './output.js';

/** The service settings a configuration carries. */
export function settingsOf(config: PatchbayConfig): ServiceSettings {
  return config.prioritisation ? { prioritisation: config.prioritisation } : {};
}

/** The global options every command accepts. */
export interface GlobalOptions {
  server?: string;
  token?: string;
  database?: string;
  config?: string;
  json?: boolean;
}

/** A command's view of the world. */
export interface CliContext {
  output: Output;
  config(): PatchbayConfig;
  /** Opens the catalog the options point at: a server if given, else the local database. */
  withClient<T>(work: (client: PatchbayClient) => Promise<T>): Promise<T>;
}

/** Opens the local catalog, loading the store's modules on first use (see withClient). */
export async function openPatchbay(...args: Parameters<typeof import('../services/open-patchbay.js').openPatchbay>): ReturnType<typeof import('../services/open-patchbay.js').openPatchbay> {
  return (await import('../services/open-patchbay.js')).openPatchbay(...args);
}

/** Builds a context from the parsed global options. */
export function cliContext(options: GlobalOptions, output: Output, env: NodeJS.ProcessEnv = process.env): CliContext {
  let config: PatchbayConfig | undefined;
  const getConfig = () => {
    config ??= resolveConfig(
      {
        ...(options.server ? { server: options.server } : {}),
        ...(options.token ? { token: options.token } : {}),
        ...(options.database ? { database: options.database } : {}),
        ...(options.config ? { config: options.config } : {}),
      },
      env,
    );
    return config;
  };
  return {
    output,
    config: getConfig,
    async withClient(work) {
      const current = getConfig();
      // The catalog's modules (the store, its database drivers, the services) load only when a
      // command opens it: they took 0.9 s of every start, and `patchbay scan` never needs them.
      const client = current.server
        ? (await import('./http-client.js')).httpClient(current.server, current.token)
        : (await import('./local-client.js')).localClient(await openPatchbay({ url: current.database, ...(current.databaseSchema ? { schema: current.databaseSchema } : {}) }, settingsOf(current)));
      try {
        return await work(client);
      } finally {
        await client.close();
      }
    },
  };
}
