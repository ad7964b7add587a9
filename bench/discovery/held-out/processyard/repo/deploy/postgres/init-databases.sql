-- One PostgreSQL server, one database per component
CREATE USER keycloak WITH PASSWORD 'Pg-7f3b1c9e2a';
CREATE DATABASE keycloak OWNER keycloak;
CREATE USER identity WITH PASSWORD 'Pg-7f3b1c9e2a';
CREATE DATABASE identity OWNER identity;
