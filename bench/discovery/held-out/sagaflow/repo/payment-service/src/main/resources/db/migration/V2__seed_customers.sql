INSERT INTO customers (name, amount_available)
SELECT 'customer-' || g, 2000 + (g * 250)
FROM generate_series(1, 10) AS g;
