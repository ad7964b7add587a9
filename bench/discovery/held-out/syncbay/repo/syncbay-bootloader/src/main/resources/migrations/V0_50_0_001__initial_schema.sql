CREATE TABLE IF NOT EXISTS actor_definition (
  id uuid PRIMARY KEY, name varchar(256) NOT NULL, actor_type varchar(16) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS actor_definition_version (
  id uuid PRIMARY KEY, actor_definition_id uuid REFERENCES actor_definition(id),
  docker_repository varchar(256) NOT NULL, docker_image_tag varchar(256) NOT NULL,
  UNIQUE (actor_definition_id, docker_image_tag)
);
CREATE TABLE IF NOT EXISTS connection (
  id uuid PRIMARY KEY, name varchar(256), source_id uuid NOT NULL, destination_id uuid NOT NULL,
  status varchar(32) NOT NULL, schedule_type varchar(16), schedule_data jsonb, catalog jsonb,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS jobs (
  id bigserial PRIMARY KEY, config_type varchar(32), scope varchar(64), status varchar(32),
  created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now()
);
CREATE TABLE IF NOT EXISTS attempts (
  id bigserial PRIMARY KEY, job_id bigint REFERENCES jobs(id), attempt_number int, log_path varchar(512),
  status varchar(32), output jsonb, created_at timestamptz DEFAULT now()
);
CREATE SCHEMA IF NOT EXISTS keycloak;
