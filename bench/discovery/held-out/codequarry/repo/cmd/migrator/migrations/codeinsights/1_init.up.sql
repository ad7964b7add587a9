CREATE TABLE IF NOT EXISTS insight_series (
  id serial PRIMARY KEY,
  query text NOT NULL,
  next_recording_after timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE TABLE IF NOT EXISTS series_points (
  series_id integer NOT NULL REFERENCES insight_series(id),
  time timestamptz NOT NULL,
  repo_name text,
  value double precision NOT NULL
);
