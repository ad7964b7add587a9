-- Creates the patron_service schema with the Eventuate Tram outbox tables.
-- The CDC service tails the binlog for inserts into patron_service.message.

CREATE DATABASE IF NOT EXISTS patron_service;
GRANT ALL PRIVILEGES ON patron_service.* TO 'mysqluser'@'%' WITH GRANT OPTION;

USE patron_service;

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
  consumer_id VARCHAR(255),
  message_id VARCHAR(255),
  PRIMARY KEY(consumer_id, message_id),
  creation_time BIGINT,
  published SMALLINT DEFAULT 0
);

CREATE TABLE offset_store(
  client_name VARCHAR(255) NOT NULL PRIMARY KEY,
  serialized_offset LONGTEXT
);

CREATE TABLE cdc_monitoring (
  reader_id VARCHAR(255) PRIMARY KEY,
  last_time BIGINT
);
