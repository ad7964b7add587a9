-- One Postgres server, one database per owning service.
CREATE DATABASE brindle_auth;
CREATE DATABASE brindle_orders;
CREATE DATABASE brindle_payments;
GRANT ALL PRIVILEGES ON DATABASE brindle_auth TO brindle;
GRANT ALL PRIVILEGES ON DATABASE brindle_orders TO brindle;
GRANT ALL PRIVILEGES ON DATABASE brindle_payments TO brindle;
