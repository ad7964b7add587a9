-- Shipping destinations. The full dump is ~3 million rows, this is a trimmed sample.
USE cities;

CREATE TABLE IF NOT EXISTS codes (
    uuid int primary key auto_increment,
    code varchar(2),
    name varchar(100)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS cities (
    uuid int primary key auto_increment,
    country_code varchar(2),
    city varchar(100),
    name varchar(100),
    region varchar(100),
    latitude decimal(10, 7),
    longitude decimal(10, 7)
) ENGINE=InnoDB;

CREATE INDEX idx_country_code ON cities (country_code);

INSERT INTO codes (code, name) VALUES
    ('gb', 'United Kingdom'),
    ('fr', 'France'),
    ('de', 'Germany'),
    ('us', 'United States');

INSERT INTO cities (country_code, city, name, region, latitude, longitude) VALUES
    ('gb', 'london', 'London', 'H9', 51.5141667, -0.0930556),
    ('gb', 'manchester', 'Manchester', 'I2', 53.5000000, -2.2166667),
    ('fr', 'paris', 'Paris', 'A8', 48.8666667, 2.3333333),
    ('de', 'berlin', 'Berlin', '16', 52.5166667, 13.4000000),
    ('us', 'new york', 'New York', 'NY', 40.7141667, -74.0063889);
