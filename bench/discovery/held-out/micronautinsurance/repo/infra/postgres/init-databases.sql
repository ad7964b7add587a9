-- Executed by the postgres container on first start; one database per service.
CREATE DATABASE policies;
CREATE DATABASE pricing;
CREATE DATABASE payments;
CREATE DATABASE auth;

CREATE USER keelwise WITH PASSWORD 'keelwise';
GRANT ALL PRIVILEGES ON DATABASE policies TO keelwise;
GRANT ALL PRIVILEGES ON DATABASE pricing TO keelwise;
GRANT ALL PRIVILEGES ON DATABASE payments TO keelwise;
GRANT ALL PRIVILEGES ON DATABASE auth TO keelwise;
