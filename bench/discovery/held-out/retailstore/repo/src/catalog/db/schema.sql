CREATE TABLE IF NOT EXISTS tags (
  name         VARCHAR(64)  NOT NULL PRIMARY KEY,
  display_name VARCHAR(128)
);

CREATE TABLE IF NOT EXISTS products (
  id          VARCHAR(40)   NOT NULL PRIMARY KEY,
  name        VARCHAR(128),
  description VARCHAR(1024),
  price       BIGINT,
  count       BIGINT,
  image_url   VARCHAR(256),
  INDEX idx_products_name (name)
);

CREATE TABLE IF NOT EXISTS product_tags (
  product_id VARCHAR(40) NOT NULL,
  tag_name   VARCHAR(64) NOT NULL,
  PRIMARY KEY (product_id, tag_name)
);
