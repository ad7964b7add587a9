BEGIN;
  -- Create pg_net extension
  CREATE EXTENSION IF NOT EXISTS pg_net SCHEMA extensions;
  -- Create basekit_functions schema
  CREATE SCHEMA basekit_functions AUTHORIZATION basekit_admin;
  GRANT USAGE ON SCHEMA basekit_functions TO postgres, anon, authenticated, service_role;
  ALTER DEFAULT PRIVILEGES IN SCHEMA basekit_functions GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
  ALTER DEFAULT PRIVILEGES IN SCHEMA basekit_functions GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
  ALTER DEFAULT PRIVILEGES IN SCHEMA basekit_functions GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;
  -- basekit_functions.migrations definition
  CREATE TABLE basekit_functions.migrations (
    version text PRIMARY KEY,
    inserted_at timestamptz NOT NULL DEFAULT NOW()
  );
  -- Initial basekit_functions migration
  INSERT INTO basekit_functions.migrations (version) VALUES ('initial');
  -- basekit_functions.hooks definition
  CREATE TABLE basekit_functions.hooks (
    id bigserial PRIMARY KEY,
    hook_table_id integer NOT NULL,
    hook_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT NOW(),
    request_id bigint
  );
  CREATE INDEX basekit_functions_hooks_request_id_idx ON basekit_functions.hooks USING btree (request_id);
  CREATE INDEX basekit_functions_hooks_h_table_id_h_name_idx ON basekit_functions.hooks USING btree (hook_table_id, hook_name);
  COMMENT ON TABLE basekit_functions.hooks IS 'Audit trail for triggered hooks.';

  -- Generic trigger function: callers attach it to a table with the target URL as the first
  -- argument, e.g. CREATE TRIGGER ... EXECUTE FUNCTION basekit_functions.http_request('https://example.com/hook', 'POST', ...)
  CREATE FUNCTION basekit_functions.http_request()
    RETURNS trigger
    LANGUAGE plpgsql
    AS $function$
    DECLARE
      request_id bigint;
      payload jsonb;
      url text := TG_ARGV[0]::text;
      method text := TG_ARGV[1]::text;
      headers jsonb DEFAULT '{}'::jsonb;
      params jsonb DEFAULT '{}'::jsonb;
      timeout_ms integer DEFAULT 1000;
    BEGIN
      IF url IS NULL OR url = 'null' THEN
        RAISE EXCEPTION 'url argument is missing';
      END IF;

      IF method IS NULL OR method = 'null' THEN
        RAISE EXCEPTION 'method argument is missing';
      END IF;

      IF TG_ARGV[2] IS NULL OR TG_ARGV[2] = 'null' THEN
        headers = '{"Content-Type": "application/json"}'::jsonb;
      ELSE
        headers = TG_ARGV[2]::jsonb;
      END IF;

      IF TG_ARGV[3] IS NULL OR TG_ARGV[3] = 'null' THEN
        params = '{}'::jsonb;
      ELSE
        params = TG_ARGV[3]::jsonb;
      END IF;

      IF TG_ARGV[4] IS NULL OR TG_ARGV[4] = 'null' THEN
        timeout_ms = 1000;
      ELSE
        timeout_ms = TG_ARGV[4]::integer;
      END IF;

      CASE
        WHEN method = 'GET' THEN
          SELECT http_get INTO request_id FROM net.http_get(url, params, headers, timeout_ms);
        WHEN method = 'POST' THEN
          payload = jsonb_build_object(
            'old_record', OLD,
            'record', NEW,
            'type', TG_OP,
            'table', TG_TABLE_NAME,
            'schema', TG_TABLE_SCHEMA
          );
          SELECT http_post INTO request_id FROM net.http_post(url, payload, params, headers, timeout_ms);
        ELSE
          RAISE EXCEPTION 'method argument % is invalid', method;
      END CASE;

      INSERT INTO basekit_functions.hooks (hook_table_id, hook_name, request_id)
      VALUES (TG_RELID, TG_NAME, request_id);

      RETURN NEW;
    END
  $function$;

  ALTER function basekit_functions.http_request() SECURITY DEFINER;
  ALTER function basekit_functions.http_request() SET search_path = basekit_functions;
  REVOKE ALL ON FUNCTION basekit_functions.http_request() FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION basekit_functions.http_request() TO postgres, anon, authenticated, service_role;
COMMIT;
