INSERT INTO product_types (name) VALUES ('Light Roast'), ('Medium Roast'), ('Dark Roast'), ('Decaf');

INSERT INTO products (sku, name, description, product_type_id, stock, cost, selling_price) VALUES
  ('OP-DR-ETH', 'Yirgacheffe Morning', 'Floral Ethiopian light roast', 1, 120, 900, 1600),
  ('OP-MR-COL', 'Huila Balance', 'Colombian medium roast, caramel notes', 2, 300, 800, 1400),
  ('OP-DK-SUM', 'Sumatra Night', 'Earthy dark roast', 3, 80, 850, 1500),
  ('OP-DC-MEX', 'Chiapas Sleepwell', 'Swiss-water decaf', 4, 60, 950, 1700);

INSERT INTO customers (full_name, company_name, email, city, country) VALUES
  ('Ada Brewer', 'Bean There Ltd', 'ada@example.com', 'Leeds', 'UK'),
  ('Juan Valdez', NULL, 'juan@example.com', 'Bogota', 'Colombia');
