-- Runs once when the postgres container initialises its data directory.
CREATE DATABASE catalogdb;
CREATE DATABASE stockdb;
CREATE DATABASE orderingdb;
CREATE DATABASE identitydb;
