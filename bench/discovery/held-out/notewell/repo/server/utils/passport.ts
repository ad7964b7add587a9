import { Context } from "koa";
import fetch from "node-fetch";
import { AuthenticationError } from "@server/errors";

/**
 * Make an authenticated request to an identity provider API (used by the
 * OIDC, Google and Azure plugins to fetch userinfo).
 */
export async function request(method: "GET" | "POST", endpoint: string, accessToken: string) {
  const response = await fetch(endpoint, {
    method,
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Content-Type": "application/json",
    },
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw AuthenticationError(`Failed to parse response from ${endpoint}. Expected JSON, got: ${text}`);
  }
}

export class StateStore {
  key = "state";

  store = (ctx: Context, callback: (err: Error | null, state?: string) => void) => {
    const state = Math.random().toString(36).substring(7);
    ctx.cookies.set(this.key, state, { httpOnly: false, expires: new Date(Date.now() + 10 * 60 * 1000) });
    callback(null, state);
  };

  verify = (ctx: Context, providedState: string, callback: (err: Error | null, ok?: boolean) => void) => {
    const state = ctx.cookies.get(this.key);
    if (!state || state !== providedState) {
      return callback(AuthenticationError("State mismatch"), false);
    }
    ctx.cookies.set(this.key, "", { expires: new Date(0) });
    callback(null, true);
  };
}
