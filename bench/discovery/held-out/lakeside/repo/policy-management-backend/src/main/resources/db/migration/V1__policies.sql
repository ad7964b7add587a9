CREATE TABLE policies (
    policy_id          VARCHAR(16) PRIMARY KEY,
    customer_id        VARCHAR(16)    NOT NULL,
    creation_date      TIMESTAMP      NOT NULL,
    start_date         DATE           NOT NULL,
    end_date           DATE,
    policy_type        VARCHAR(64)    NOT NULL,
    deductible         NUMERIC(12, 2) NOT NULL,
    policy_limit       NUMERIC(14, 2) NOT NULL,
    insurance_premium  NUMERIC(12, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL DEFAULT 'CHF'
);

CREATE INDEX idx_policies_customer ON policies (customer_id);
