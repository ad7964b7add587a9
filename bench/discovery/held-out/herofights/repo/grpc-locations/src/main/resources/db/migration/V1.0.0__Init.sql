CREATE TABLE locations (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL UNIQUE,
  description TEXT,
  picture VARCHAR(255),
  type VARCHAR(32) NOT NULL
);

INSERT INTO locations (name, description, picture, type) VALUES
  ('Gotham City', 'A dark and gritty metropolis plagued by crime.', 'https://raw.githubusercontent.com/legends-arena/images/main/locations/gotham.jpg', 'CITY'),
  ('Tatooine', 'A desert planet with two suns.', 'https://raw.githubusercontent.com/legends-arena/images/main/locations/tatooine.jpg', 'PLANET'),
  ('Atlantis', 'The sunken city beneath the waves.', 'https://raw.githubusercontent.com/legends-arena/images/main/locations/atlantis.jpg', 'CITY');
