CREATE TABLE orders (
    id           VARCHAR(40)  PRIMARY KEY,
    customer_id  VARCHAR(64)  NOT NULL,
    email        VARCHAR(256) NOT NULL,
    first_name   VARCHAR(128),
    last_name    VARCHAR(128),
    status       VARCHAR(32)  NOT NULL,
    created_date TIMESTAMP    NOT NULL
);

CREATE INDEX idx_orders_customer ON orders (customer_id);

CREATE TABLE order_items (
    order_id   VARCHAR(40) NOT NULL REFERENCES orders (id),
    product_id VARCHAR(40) NOT NULL,
    quantity   INT         NOT NULL,
    unit_cost  INT         NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
