-- name: GetAll :many
SELECT o.id, o.order_source, o.loyalty_member_id, o.order_status, o.location, o.updated
FROM "order".orders o
ORDER BY o.updated DESC
LIMIT 100;

-- name: GetByID :one
SELECT o.id, o.order_source, o.loyalty_member_id, o.order_status, o.location, o.updated
FROM "order".orders o
WHERE o.id = $1;

-- name: GetLineItemsByOrderID :many
SELECT id, item_type, name, price, item_status, is_barista_order, order_id, created, updated
FROM "order".line_items
WHERE order_id = $1;

-- name: CreateOrder :one
INSERT INTO "order".orders (id, order_source, loyalty_member_id, order_status, location, updated)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id;

-- name: InsertItemLine :one
INSERT INTO "order".line_items (id, item_type, name, price, item_status, is_barista_order, order_id, created, updated)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
RETURNING id;

-- name: UpdateOrder :exec
UPDATE "order".orders
SET order_status = $2, updated = $3
WHERE id = $1;

-- name: UpdateItemLine :exec
UPDATE "order".line_items
SET item_status = $2, updated = $3
WHERE id = $1;
