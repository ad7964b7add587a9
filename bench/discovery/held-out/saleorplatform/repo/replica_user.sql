-- Used by the api for read replica queries in the dev stack (DATABASE_URL_REPLICA).
CREATE USER cartwell_read_only WITH PASSWORD 'cartwell';
GRANT CONNECT ON DATABASE cartwell TO cartwell_read_only;
GRANT USAGE ON SCHEMA public TO cartwell_read_only;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO cartwell_read_only;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO cartwell_read_only;
