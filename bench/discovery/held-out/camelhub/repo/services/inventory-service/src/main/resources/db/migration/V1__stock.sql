CREATE TABLE stock_item (
    sku        VARCHAR(64) PRIMARY KEY,
    warehouse  VARCHAR(32) NOT NULL,
    on_hand    INT         NOT NULL DEFAULT 0,
    reserved   INT         NOT NULL DEFAULT 0,
    version    BIGINT      NOT NULL DEFAULT 0
);

INSERT INTO stock_item (sku, warehouse, on_hand) VALUES
  ('TENT-2P', 'DC1', 140),
  ('PACK-45L', 'DC1', 320),
  ('STOVE-MINI', 'DC1', 75);
