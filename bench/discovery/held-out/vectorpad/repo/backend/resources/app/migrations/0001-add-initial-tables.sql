CREATE TABLE profile (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  fullname text NOT NULL DEFAULT '',
  email text NOT NULL,
  password text NOT NULL,
  is_active boolean NOT NULL DEFAULT false,
  lang text NULL
);

CREATE UNIQUE INDEX profile__email__idx ON profile (email) WHERE deleted_at IS null;

CREATE TABLE team (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  name text NOT NULL,
  is_default boolean NOT NULL DEFAULT false
);

CREATE TABLE project (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  name text NOT NULL
);

CREATE TABLE file (
  id uuid PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  name text NOT NULL,
  revn bigint NOT NULL DEFAULT 0,
  features text[] NULL,
  data bytea NULL
);

CREATE TABLE storage_object (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  touched_at timestamptz NULL,
  size bigint NOT NULL DEFAULT 0,
  backend text NOT NULL,
  metadata jsonb NULL DEFAULT NULL
);

CREATE TABLE file_media_object (
  id uuid PRIMARY KEY,
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE,
  media_id uuid NOT NULL REFERENCES storage_object(id) ON DELETE CASCADE,
  name text NOT NULL,
  is_local boolean NOT NULL DEFAULT true,
  width int NOT NULL,
  height int NOT NULL,
  mtype text NOT NULL
);
