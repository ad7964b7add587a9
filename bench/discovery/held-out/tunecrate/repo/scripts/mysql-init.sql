-- One MySQL server in docker-compose, one schema per app.
CREATE DATABASE IF NOT EXISTS tunecrate_store;
CREATE DATABASE IF NOT EXISTS tunecrate_orders;
CREATE DATABASE IF NOT EXISTS tunecrate_carts;
CREATE DATABASE IF NOT EXISTS tunecrate_accounts;

CREATE USER IF NOT EXISTS 'tunecrate'@'%' IDENTIFIED BY 'tunecrate';
GRANT ALL PRIVILEGES ON tunecrate_store.* TO 'tunecrate'@'%';
GRANT ALL PRIVILEGES ON tunecrate_orders.* TO 'tunecrate'@'%';
GRANT ALL PRIVILEGES ON tunecrate_carts.* TO 'tunecrate'@'%';
GRANT ALL PRIVILEGES ON tunecrate_accounts.* TO 'tunecrate'@'%';
FLUSH PRIVILEGES;
