import { queryClickhouse, clickhouseClient } from "../clickhouse/client";

export type TraceRecord = {
  id: string;
  project_id: string;
  name: string;
  timestamp: string;
  user_id: string | null;
  session_id: string | null;
  tags: string[];
};

export async function getTracesTable(projectId: string, limit = 50, offset = 0) {
  return queryClickhouse<TraceRecord>(
    `SELECT id, project_id, name, timestamp, user_id, session_id, tags
     FROM traces FINAL
     WHERE project_id = {projectId: String} AND is_deleted = 0
     ORDER BY timestamp DESC
     LIMIT {limit: Int32} OFFSET {offset: Int32}`,
    { projectId, limit, offset },
  );
}

export async function getTraceById(projectId: string, traceId: string) {
  const rows = await queryClickhouse<TraceRecord & { input: string; output: string }>(
    `SELECT * FROM traces FINAL WHERE project_id = {projectId: String} AND id = {traceId: String} LIMIT 1`,
    { projectId, traceId },
  );
  return rows[0];
}

export async function upsertTraces(records: Partial<TraceRecord>[]) {
  await clickhouseClient().insert({ table: "traces", values: records, format: "JSONEachRow" });
}

export async function upsertObservations(records: Record<string, unknown>[]) {
  await clickhouseClient().insert({ table: "observations", values: records, format: "JSONEachRow" });
}
