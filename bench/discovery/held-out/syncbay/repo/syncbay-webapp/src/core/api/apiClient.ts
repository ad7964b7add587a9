import { config } from "../config";

export class ApiError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

async function post<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    throw new ApiError(res.status, await res.text());
  }
  return res.json() as Promise<T>;
}

export interface ConnectionRead {
  connectionId: string;
  name: string;
  status: "active" | "inactive" | "deprecated";
  scheduleType: "manual" | "basic" | "cron";
}

export const listConnections = (workspaceId: string, token?: string) =>
  post<{ connections: ConnectionRead[] }>(config.apiUrl, "/v1/connections/list", { workspaceId }, token);

export const syncConnection = (connectionId: string, token?: string) =>
  post<{ job: { id: number } }>(config.apiUrl, "/v1/connections/sync", { connectionId }, token);

export const readStream = (manifest: unknown, stream: string, token?: string) =>
  post(config.connectorBuilderApiUrl, "/v1/stream/read", { manifest, stream, config: {} }, token);
