CREATE TABLE insurance_quote_requests (
    id                  BIGINT PRIMARY KEY,
    received_at         TIMESTAMP      NOT NULL,
    customer_id         VARCHAR(16)    NOT NULL,
    customer_name       VARCHAR(255)   NOT NULL,
    insurance_type      VARCHAR(64)    NOT NULL,
    start_date          DATE           NOT NULL,
    deductible          NUMERIC(12, 2) NOT NULL,
    status              VARCHAR(32)    NOT NULL,
    insurance_premium   NUMERIC(12, 2),
    policy_limit        NUMERIC(14, 2),
    expiration_date     TIMESTAMP,
    policy_id           VARCHAR(16) REFERENCES policies (policy_id)
);
