-- cafe-db hosts two logical databases: cafedb (counter) and loyaltydb (loyalty)
CREATE DATABASE loyaltydb;
GRANT ALL PRIVILEGES ON DATABASE loyaltydb TO driftwood;

-- Debezium needs logical replication rights on cafedb
ALTER ROLE driftwood WITH REPLICATION;
