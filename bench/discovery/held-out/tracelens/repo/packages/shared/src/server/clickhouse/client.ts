import { createClient, type ClickHouseClient } from "@clickhouse/client";
import { env } from "../../env";

export type ClickhouseClientType = ClickHouseClient;

let singleton: ClickHouseClient | undefined;

/**
 * HTTP client (CLICKHOUSE_URL, port 8123/8443). Migrations use the native
 * CLICKHOUSE_MIGRATION_URL instead, see clickhouse/scripts/up.sh.
 */
export const clickhouseClient = (params: { request_timeout?: number } = {}) => {
  if (singleton && !params.request_timeout) return singleton;
  const client = createClient({
    url: env.CLICKHOUSE_URL,
    username: env.CLICKHOUSE_USER,
    password: env.CLICKHOUSE_PASSWORD,
    database: env.CLICKHOUSE_DB,
    keep_alive: { idle_socket_ttl: env.CLICKHOUSE_KEEP_ALIVE_IDLE_SOCKET_TTL },
    request_timeout: params.request_timeout ?? 30_000,
    clickhouse_settings: {
      async_insert: 1,
      wait_for_async_insert: 1,
      date_time_output_format: "iso",
    },
  });
  if (!params.request_timeout) singleton = client;
  return client;
};

export async function queryClickhouse<T>(query: string, params?: Record<string, unknown>) {
  const res = await clickhouseClient().query({ query, format: "JSONEachRow", query_params: params });
  return (await res.json()) as T[];
}

export async function commandClickhouse(query: string, params?: Record<string, unknown>) {
  await clickhouseClient().command({ query, query_params: params });
}
