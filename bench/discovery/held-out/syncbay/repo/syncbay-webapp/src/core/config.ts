export interface SyncbayWebappConfig {
  apiUrl: string;
  connectorBuilderApiUrl: string;
  keycloakBaseUrl: string;
  sentryDsn?: string;
}

declare global {
  interface Window {
    SYNCBAY_VERSION?: string;
    SENTRY_DSN?: string;
  }
}

export const config: SyncbayWebappConfig = {
  // relative URLs - served through the webapp nginx / syncbay-proxy
  apiUrl: "/api",
  connectorBuilderApiUrl: "/connector-builder-api",
  keycloakBaseUrl: `${window.location.origin}/auth`,
  sentryDsn: window.SENTRY_DSN || undefined,
};
