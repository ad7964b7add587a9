-- Brewline schema. One database (brewlinedb), one schema per bounded context.
CREATE SCHEMA IF NOT EXISTS "order";
CREATE SCHEMA IF NOT EXISTS barista;
CREATE SCHEMA IF NOT EXISTS kitchen;

CREATE TABLE "order".orders (
    id                uuid PRIMARY KEY,
    order_source      integer     NOT NULL,
    loyalty_member_id uuid        NOT NULL,
    order_status      integer     NOT NULL,
    location          integer     NOT NULL DEFAULT 0,
    updated           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE "order".line_items (
    id               uuid PRIMARY KEY,
    item_type        integer          NOT NULL,
    name             text             NOT NULL,
    price            double precision NOT NULL,
    item_status      integer          NOT NULL,
    is_barista_order boolean          NOT NULL,
    order_id         uuid REFERENCES "order".orders (id),
    created          timestamptz      NOT NULL DEFAULT now(),
    updated          timestamptz
);

CREATE INDEX idx_line_items_order_id ON "order".line_items (order_id);

CREATE TABLE barista.barista_orders (
    id        uuid PRIMARY KEY,
    item_type integer     NOT NULL,
    item_name text        NOT NULL,
    time_up   timestamptz NOT NULL,
    created   timestamptz NOT NULL DEFAULT now(),
    updated   timestamptz
);

CREATE TABLE kitchen.kitchen_orders (
    id        uuid PRIMARY KEY,
    order_id  uuid        NOT NULL,
    item_type integer     NOT NULL,
    item_name text        NOT NULL,
    time_up   timestamptz NOT NULL,
    created   timestamptz NOT NULL DEFAULT now(),
    updated   timestamptz
);
