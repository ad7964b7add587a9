-- Schema and demo data for the customer service.
CREATE TABLE IF NOT EXISTS customers (
  id        VARCHAR(16)  NOT NULL PRIMARY KEY,
  name      VARCHAR(128) NOT NULL,
  location  VARCHAR(32)  NOT NULL,
  created_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO customers (id, name, location) VALUES
  ('123', 'Rachel''s Floral Designs', '115,277'),
  ('567', 'Amazing Coffee Roasters', '211,653'),
  ('392', 'Trom Chocolatier',        '577,322'),
  ('731', 'Japanese Desserts',       '728,326')
ON DUPLICATE KEY UPDATE name = VALUES(name), location = VALUES(location);
