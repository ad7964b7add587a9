CREATE TABLE coffees (
  id          SERIAL PRIMARY KEY,
  name        TEXT NOT NULL,
  teaser      TEXT,
  description TEXT,
  price       NUMERIC(6,2) NOT NULL,
  image       TEXT,
  created_at  TIMESTAMPTZ DEFAULT now(),
  deleted_at  TIMESTAMPTZ
);

CREATE TABLE ingredients (
  id   SERIAL PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE coffee_ingredients (
  coffee_id     INT REFERENCES coffees(id),
  ingredient_id INT REFERENCES ingredients(id),
  quantity      INT NOT NULL,
  unit          TEXT,
  PRIMARY KEY (coffee_id, ingredient_id)
);

INSERT INTO coffees (name, teaser, description, price, image) VALUES
  ('Copper Kettle', 'Our house blend, brewed slow', 'Filter coffee from the copper kettle.', 2.80, '/copper.png'),
  ('Flat White', 'Velvet milk, double shot', '', 3.20, '/flatwhite.png'),
  ('Cortado', 'Equal parts', '', 3.00, '/cortado.png'),
  ('Oat Latte', 'Plant based', '', 3.60, '/oatlatte.png');

INSERT INTO ingredients (name) VALUES ('Espresso'), ('Steamed Milk'), ('Oat Milk'), ('Hot Water');

INSERT INTO coffee_ingredients VALUES
  (1, 4, 300, 'ml'),
  (2, 1, 60, 'ml'), (2, 2, 120, 'ml'),
  (3, 1, 60, 'ml'), (3, 2, 60, 'ml'),
  (4, 1, 30, 'ml'), (4, 3, 200, 'ml');
