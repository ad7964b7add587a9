export const APP_MOUNT_URI = import.meta.env.APP_MOUNT_URI || "/";
export const APP_DEFAULT_URI = "/";

// The dashboard runs entirely in the browser: this URL must be reachable from the
// user's machine, not from inside the compose network.
export const getApiUrl = (): string =>
  (window as any).__CARTWELL_CONFIG__?.API_URL ?? import.meta.env.API_URL ?? "/graphql/";

export const getAbsoluteApiUrl = (): string => new URL(getApiUrl(), window.location.origin).href;

export const DEFAULT_INITIAL_SEARCH_DATA = { query: "" };
export const PAGINATE_BY = 20;
