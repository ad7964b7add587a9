CREATE TABLE customer (
    id        VARCHAR(32) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    email     VARCHAR(200) NOT NULL,
    standing  VARCHAR(16)  NOT NULL DEFAULT 'GOOD'
);
