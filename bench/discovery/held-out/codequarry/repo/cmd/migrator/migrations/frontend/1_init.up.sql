CREATE TABLE IF NOT EXISTS repo (
  id serial PRIMARY KEY,
  name citext NOT NULL UNIQUE,
  external_id text,
  external_service_type text,
  clone_url text,
  updated_at timestamptz,
  deleted_at timestamptz,
  UNIQUE (external_service_type, external_id)
);
CREATE TABLE IF NOT EXISTS gitserver_repos (
  repo_id integer PRIMARY KEY REFERENCES repo(id),
  clone_status text NOT NULL DEFAULT 'not_cloned',
  shard_id text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS lsif_uploads (
  id serial PRIMARY KEY,
  repository_id integer NOT NULL,
  commit text NOT NULL,
  root text NOT NULL DEFAULT '',
  indexer text NOT NULL,
  state text NOT NULL,
  upload_size bigint,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  last_checked_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS critical_and_site_config (
  id serial PRIMARY KEY,
  type text NOT NULL,
  contents jsonb NOT NULL
);
