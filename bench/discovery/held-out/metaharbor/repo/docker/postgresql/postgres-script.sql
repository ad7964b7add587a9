CREATE DATABASE metaharbor_db;
CREATE USER metaharbor_user WITH PASSWORD 'metaharbor_password';
ALTER DATABASE metaharbor_db OWNER TO metaharbor_user;
ALTER USER metaharbor_user SET search_path = public;

CREATE DATABASE airflow_db;
CREATE USER airflow_user WITH PASSWORD 'airflow_pass';
ALTER DATABASE airflow_db OWNER TO airflow_user;
ALTER USER airflow_user SET search_path = public;
commit;
