CREATE TABLE workflow (
  workflow_id    VARCHAR(255) PRIMARY KEY,
  correlation_id VARCHAR(255),
  json_data      JSONB NOT NULL,
  created_on     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE task (
  task_id     VARCHAR(255) PRIMARY KEY,
  json_data   JSONB NOT NULL,
  modified_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE queue_message (
  queue_name VARCHAR(255) NOT NULL,
  message_id VARCHAR(255) NOT NULL,
  priority   INT DEFAULT 0,
  popped     BOOLEAN DEFAULT false,
  deliver_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (queue_name, message_id)
);
CREATE INDEX combo_queue_message ON queue_message (queue_name, priority DESC, popped, deliver_on);
