CREATE SCHEMA IF NOT EXISTS analytics;
CREATE SCHEMA IF NOT EXISTS finance;

CREATE TABLE analytics.rides (
    ride_id      BIGINT PRIMARY KEY,
    rider_id     BIGINT NOT NULL,
    driver_id    BIGINT NOT NULL,
    started_at   TIMESTAMP NOT NULL,
    ended_at     TIMESTAMP,
    fare_cents   INTEGER
);
COMMENT ON TABLE analytics.rides IS 'One row per completed ride';
COMMENT ON COLUMN analytics.rides.fare_cents IS 'Fare charged in cents';

CREATE TABLE finance.payouts (
    payout_id    BIGINT PRIMARY KEY,
    driver_id    BIGINT NOT NULL,
    amount_cents INTEGER NOT NULL,
    paid_at      TIMESTAMP
);
