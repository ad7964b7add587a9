DROP TABLE IF EXISTS kitchen.kitchen_orders;
DROP TABLE IF EXISTS barista.barista_orders;
DROP TABLE IF EXISTS "order".line_items;
DROP TABLE IF EXISTS "order".orders;
DROP SCHEMA IF EXISTS kitchen;
DROP SCHEMA IF EXISTS barista;
DROP SCHEMA IF EXISTS "order";
