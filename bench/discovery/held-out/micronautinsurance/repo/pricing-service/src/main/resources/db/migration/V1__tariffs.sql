CREATE TABLE tariff (
    id           BIGSERIAL PRIMARY KEY,
    product_code VARCHAR(32)   NOT NULL,
    cover_code   VARCHAR(32)   NOT NULL,
    base_premium NUMERIC(12,2) NOT NULL,
    length_factor NUMERIC(6,4) NOT NULL DEFAULT 0,
    offshore_multiplier NUMERIC(6,4) NOT NULL DEFAULT 1
);

INSERT INTO tariff (product_code, cover_code, base_premium, length_factor, offshore_multiplier) VALUES
  ('YACHT', 'HULL', 420.00, 18.5, 1.35),
  ('YACHT', 'TPL',   95.00,  2.0, 1.10),
  ('YACHT', 'CREW',  60.00,  0.0, 1.00),
  ('DINGHY', 'ALLRISK', 45.00, 0.0, 1.00);
