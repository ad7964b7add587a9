-- Creates one database per service on the shared Postgres instance.
CREATE DATABASE payments;
CREATE DATABASE stock;
GRANT ALL PRIVILEGES ON DATABASE payments TO sagaflow;
GRANT ALL PRIVILEGES ON DATABASE stock TO sagaflow;
