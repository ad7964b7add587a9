#! /bin/bash -e

# Generates one schema (with its own user and Eventuate outbox tables) per service.
for schema in ftgo_consumer_service ftgo_restaurant_service ftgo_order_service ftgo_kitchen_service ftgo_accounting_service ftgo_delivery_service ;
do
  user=${schema}_user
  password=${schema}_password
  cat >> /docker-entrypoint-initdb.d/5.schema-per-service.sql <<END
CREATE USER '${user}'@'%' IDENTIFIED BY '$password';
create database $schema;
GRANT ALL PRIVILEGES ON $schema.* TO '${user}'@'%' WITH GRANT OPTION;
USE $schema;
END
  cat >> /docker-entrypoint-initdb.d/5.schema-per-service.sql <<'END'
CREATE TABLE message (
  id VARCHAR(767) PRIMARY KEY,
  destination LONGTEXT NOT NULL,
  headers LONGTEXT NOT NULL,
  payload LONGTEXT NOT NULL,
  published SMALLINT DEFAULT 0,
  message_partition SMALLINT,
  creation_time BIGINT
);

CREATE INDEX message_published_idx ON message(published, id);

CREATE TABLE received_messages (
  consumer_id VARCHAR(767),
  message_id VARCHAR(767),
  PRIMARY KEY(consumer_id, message_id),
  creation_time BIGINT,
  published SMALLINT DEFAULT 0
);

CREATE TABLE saga_instance (
  saga_type VARCHAR(255) NOT NULL,
  saga_id VARCHAR(100) NOT NULL,
  state_name VARCHAR(100) NOT NULL,
  last_request_id VARCHAR(100),
  end_state BOOLEAN,
  compensating BOOLEAN,
  failed BOOLEAN,
  saga_data_type VARCHAR(1000) NOT NULL,
  saga_data_json VARCHAR(1000) NOT NULL,
  PRIMARY KEY(saga_type, saga_id)
);

CREATE TABLE saga_instance_participants (
  saga_type VARCHAR(255) NOT NULL,
  saga_id VARCHAR(100) NOT NULL,
  destination VARCHAR(100) NOT NULL,
  resource VARCHAR(100) NOT NULL,
  PRIMARY KEY(saga_type, saga_id, destination, resource)
);

CREATE TABLE saga_lock_table (
  target VARCHAR(100) PRIMARY KEY,
  saga_type VARCHAR(255) NOT NULL,
  saga_Id VARCHAR(100) NOT NULL
);

CREATE TABLE saga_stash_table (
  message_id VARCHAR(100) PRIMARY KEY,
  target VARCHAR(100) NOT NULL,
  saga_type VARCHAR(255) NOT NULL,
  saga_id VARCHAR(100) NOT NULL,
  message_headers VARCHAR(1000) NOT NULL,
  message_payload VARCHAR(1000) NOT NULL
);
END
done
