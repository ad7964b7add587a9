CREATE TABLE IF NOT EXISTS workload (
  id varchar(256) PRIMARY KEY,
  dataplane_id varchar(256),
  status varchar(32) NOT NULL,
  type varchar(32) NOT NULL,
  input_payload text,
  last_heartbeat_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS workload_status_idx ON workload (status);
