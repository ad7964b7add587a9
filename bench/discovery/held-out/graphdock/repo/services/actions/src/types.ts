export interface ActionPayload<I> {
  action: { name: string };
  input: I;
  session_variables: Record<string, string>;
  request_query: string;
}

export interface EventPayload<Row> {
  event: {
    op: 'INSERT' | 'UPDATE' | 'DELETE' | 'MANUAL';
    data: { old: Row | null; new: Row | null };
    session_variables: Record<string, string> | null;
  };
  created_at: string;
  id: string;
  trigger: { name: string };
  table: { schema: string; name: string };
}

export interface CronPayload<P = Record<string, unknown>> {
  scheduled_time: string;
  payload: P;
  name: string;
  id: string;
}

export interface OrderRow {
  id: string;
  customer_id: string;
  status: string;
  total_cents: number;
  currency: string;
}

export interface CustomerRow {
  id: string;
  email: string;
  display_name: string | null;
}
