// Browser-side data access. Everything goes to the UI server's own /api/v1 routes,
// which proxy to the Timeweave frontend over gRPC.
import { getApiOrigin } from '$lib/utilities/get-api-origin';

export type WorkflowExecution = {
  workflowId: string;
  runId: string;
  type: string;
  status: string;
  startTime: string;
};

const base = () => `${getApiOrigin()}/api/v1`;

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${base()}${path}`, {
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
  if (!res.ok) {
    throw new Error(`${res.status} ${res.statusText}`);
  }
  return res.json() as Promise<T>;
}

export const fetchAllWorkflows = (namespace: string, query = '') =>
  request<{ executions: WorkflowExecution[] }>(
    `/namespaces/${encodeURIComponent(namespace)}/workflows?query=${encodeURIComponent(query)}`,
  );

export const fetchWorkflow = (namespace: string, workflowId: string, runId: string) =>
  request<WorkflowExecution>(
    `/namespaces/${namespace}/workflows/${encodeURIComponent(workflowId)}?execution.runId=${runId}`,
  );

export const terminateWorkflow = (namespace: string, workflowId: string, reason: string) =>
  request(`/namespaces/${namespace}/workflows/${encodeURIComponent(workflowId)}/terminate`, {
    method: 'POST',
    body: JSON.stringify({ reason }),
  });
