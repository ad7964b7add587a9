/**
 * The API token the app sends when the server requires one. Kept in the browser's local storage
 * (per origin) so one sign-in lasts across tabs; "Sign out" forgets it.
 */
const KEY = 'patchbay.token';
const listeners = new Set<() => void>();

export function currentToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(KEY, token);
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Raised by the client when the server answers 401, so the app can ask for a token. */
const unauthorisedListeners = new Set<() => void>();
export function onUnauthorised(listener: () => void): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}
export function reportUnauthorised(): void {
  for (const listener of unauthorisedListeners) listener();
}
