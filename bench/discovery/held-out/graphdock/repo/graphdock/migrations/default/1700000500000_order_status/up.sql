ALTER TABLE public.orders ADD COLUMN status text NOT NULL DEFAULT 'pending';
ALTER TABLE public.orders ADD COLUMN packing_slip_key text;
CREATE INDEX orders_status_idx ON public.orders (status);
