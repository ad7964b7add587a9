CREATE TABLE agent (
    id            BIGSERIAL PRIMARY KEY,
    login         VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(128) NOT NULL,
    avatar        VARCHAR(256),
    roles         VARCHAR(256) NOT NULL DEFAULT 'SALESMAN'
);

-- demo agents, password "secret"
INSERT INTO agent (login, password_hash, avatar, roles) VALUES
  ('marina.holt', '$2a$10$7EqJtq98hPqEX7fNZaFWoO5bM3p1sY0M5r4QxP9c1Xq1Y0m6e7QeS', 'static/avatars/marina.png', 'SALESMAN'),
  ('admin',       '$2a$10$7EqJtq98hPqEX7fNZaFWoO5bM3p1sY0M5r4QxP9c1Xq1Y0m6e7QeS', 'static/avatars/admin.png',  'SALESMAN,ADMIN');
