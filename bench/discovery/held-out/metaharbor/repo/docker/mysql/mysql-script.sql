-- Metaharbor server database
CREATE DATABASE metaharbor_db;
CREATE USER 'metaharbor_user'@'%' IDENTIFIED BY 'metaharbor_password';
GRANT ALL PRIVILEGES ON metaharbor_db.* TO 'metaharbor_user'@'%' WITH GRANT OPTION;

-- Airflow metadata database used by the ingestion container
CREATE DATABASE airflow_db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'airflow_user'@'%' IDENTIFIED BY 'airflow_pass';
GRANT ALL PRIVILEGES ON airflow_db.* TO 'airflow_user'@'%' WITH GRANT OPTION;
commit;
