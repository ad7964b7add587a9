import { LemmyHttp, PostResponse } from "lemmy-js-client";

export interface API {
  client: LemmyHttp;
}

// Test-only instances started by prepare-drone-federation-test.sh
export const alpha: API = { client: new LemmyHttp("http://127.0.0.1:8541") };
export const beta: API = { client: new LemmyHttp("http://127.0.0.1:8551") };
export const gamma: API = { client: new LemmyHttp("http://127.0.0.1:8561") };
export const delta: API = { client: new LemmyHttp("http://127.0.0.1:8571") };
export const epsilon: API = { client: new LemmyHttp("http://127.0.0.1:8581") };

export async function setupLogins() {
  for (const api of [alpha, beta, gamma, delta, epsilon]) {
    const res = await api.client.login({ username_or_email: "lemmy", password: "lemmylemmy" });
    api.client.setHeaders({ Authorization: `Bearer ${res.jwt ?? ""}` });
  }
}

export async function createPost(api: API, community_id: number): Promise<PostResponse> {
  return api.client.createPost({
    name: "A jest test post " + Math.random().toString(36).slice(2),
    url: "https://example.com/",
    community_id,
  });
}

export function delay(millis = 500) {
  return new Promise(resolve => setTimeout(resolve, millis));
}
