-- Schema is created by EclipseLink (ddl-generation=create-or-extend-tables);
-- this only makes sure the database and grants exist when the volume is reused.
CREATE DATABASE IF NOT EXISTS steepeddb CHARACTER SET utf8mb4;
GRANT ALL PRIVILEGES ON steepeddb.* TO 'steeped'@'%';
FLUSH PRIVILEGES;
