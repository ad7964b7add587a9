import { YardClient } from "@processyard/sdk/engine";
import { config } from "./config.js";

export function createYardClient(): YardClient {
  return new YardClient({
    gatewayAddress: config.PROCESSYARD_GATEWAY_ADDRESS,
    useTLS: false,
    oAuth: config.PROCESSYARD_OAUTH_URL
      ? {
          url: config.PROCESSYARD_OAUTH_URL,
          audience: config.PROCESSYARD_TOKEN_AUDIENCE,
          clientId: config.PROCESSYARD_CLIENT_ID,
          clientSecret: config.PROCESSYARD_CLIENT_SECRET!,
          cacheOnDisk: false,
        }
      : undefined,
    retry: true,
    maxRetries: -1,
  });
}
