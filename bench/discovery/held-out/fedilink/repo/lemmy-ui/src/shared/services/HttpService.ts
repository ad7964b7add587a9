import { LemmyHttp } from "lemmy-js-client";
import { getHttpBase } from "../utils/env";

export const REQUEST_STATE = {
  EMPTY: "empty",
  LOADING: "loading",
  FAILED: "failed",
  SUCCESS: "success",
} as const;

export type RequestState<T> =
  | { state: "empty" }
  | { state: "loading" }
  | { state: "failed"; msg: string }
  | { state: "success"; data: T };

export type WrappedLemmyHttp = {
  [K in keyof LemmyHttp]: LemmyHttp[K] extends (...args: any[]) => Promise<infer U>
    ? (...args: Parameters<LemmyHttp[K]>) => Promise<RequestState<U>>
    : LemmyHttp[K];
};

class WrappedLemmyHttpClient {
  rawClient: LemmyHttp;

  constructor(client: LemmyHttp) {
    this.rawClient = client;
    for (const key of Object.getOwnPropertyNames(Object.getPrototypeOf(this.rawClient))) {
      if (key !== "constructor") {
        (this as any)[key] = async (...args: any[]) => {
          try {
            const res = await (this.rawClient as any)[key](...args);
            return { data: res, state: res?.error ? "failed" : "success" };
          } catch (error) {
            console.error(`API error: ${error}`);
            return { state: "failed", msg: String(error) };
          }
        };
      }
    }
  }
}

export function wrapClient(client: LemmyHttp) {
  return new WrappedLemmyHttpClient(client) as unknown as WrappedLemmyHttp;
}

export class HttpService {
  static #_instance: HttpService;
  #client: WrappedLemmyHttp;

  private constructor() {
    this.#client = wrapClient(new LemmyHttp(getHttpBase(), { fetchFunction: fetch }));
  }

  static get #Instance() {
    return this.#_instance ?? (this.#_instance = new this());
  }

  public static get client() {
    return this.#Instance.#client;
  }
}
