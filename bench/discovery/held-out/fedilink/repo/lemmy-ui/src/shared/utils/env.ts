import { httpsEnabled, testHost } from "../config";

export function isBrowser(): boolean {
  return typeof window !== "undefined";
}

/**
 * Host used by the SSR server to reach the lemmy backend inside the docker network
 * (LEMMY_UI_LEMMY_INTERNAL_HOST, e.g. "lemmy:8536").
 */
export function getInternalHost(): string {
  return !isBrowser()
    ? process.env.LEMMY_UI_LEMMY_INTERNAL_HOST ?? testHost
    : testHost; // used for local dev
}

/**
 * Public host the browser uses (goes through the nginx proxy).
 */
export function getExternalHost(): string {
  return isBrowser()
    ? `${window.location.hostname}${
        ["1233", "1234"].includes(window.location.port)
          ? // Replace the port with 8536 for local dev
            ":8536"
          : window.location.port === ""
            ? ""
            : `:${window.location.port}`
      }`
    : process.env.LEMMY_UI_LEMMY_EXTERNAL_HOST || testHost;
}

export function getHttpBaseInternal(): string {
  return `http://${getInternalHost()}`; // Don't use secure here
}

export function getHttpBaseExternal(): string {
  return `http${httpsEnabled ? "s" : ""}://${getExternalHost()}`;
}

export function getHttpBase(): string {
  return isBrowser() ? getHttpBaseExternal() : getHttpBaseInternal();
}
