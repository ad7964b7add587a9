CREATE DATABASE IF NOT EXISTS ts_order;
USE ts_order;
CREATE TABLE IF NOT EXISTS orders (
  id VARCHAR(36) PRIMARY KEY,
  account_id VARCHAR(36) NOT NULL,
  contacts_email VARCHAR(255),
  trip_id VARCHAR(16) NOT NULL,
  from_station_id VARCHAR(64),
  to_station_id VARCHAR(64),
  travel_date DATE NOT NULL,
  seat_class INT NOT NULL,
  seat_number INT NOT NULL,
  price VARCHAR(16),
  status INT NOT NULL DEFAULT 0,
  INDEX idx_trip_date (trip_id, travel_date)
);
