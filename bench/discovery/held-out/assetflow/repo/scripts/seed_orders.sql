-- Seed data for the dev-only orders_seed_db container (docker-compose.dev.yml).
CREATE TABLE IF NOT EXISTS public.orders (
  id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  status TEXT NOT NULL,
  currency CHAR(3) NOT NULL DEFAULT 'EUR',
  total_amount_cents BIGINT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.order_lines (
  id BIGSERIAL PRIMARY KEY,
  order_id BIGINT NOT NULL REFERENCES public.orders(id),
  sku TEXT NOT NULL,
  quantity INT NOT NULL,
  unit_price_cents BIGINT NOT NULL
);

INSERT INTO public.orders (customer_id, status, total_amount_cents) VALUES
  (1, 'paid', 4599), (2, 'shipped', 12900), (3, 'cancelled', 999);
INSERT INTO public.order_lines (order_id, sku, quantity, unit_price_cents) VALUES
  (1, 'SKU-001', 1, 4599), (2, 'SKU-002', 3, 4300), (3, 'SKU-003', 1, 999);
