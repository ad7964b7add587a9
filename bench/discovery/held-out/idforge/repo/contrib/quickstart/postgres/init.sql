-- Creates the additional databases used by the quickstart when running
-- with quickstart-postgres.yml. The "identity" database is created by the
-- postgres image from POSTGRES_DB.
CREATE USER idforge WITH PASSWORD 'secret';
CREATE DATABASE oauth2 OWNER idforge;
CREATE DATABASE permissions OWNER idforge;
GRANT ALL PRIVILEGES ON DATABASE oauth2 TO idforge;
GRANT ALL PRIVILEGES ON DATABASE permissions TO idforge;
