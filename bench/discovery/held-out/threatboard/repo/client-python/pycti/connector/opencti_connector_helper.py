import json
import os
import ssl
import threading
import time
import uuid

import pika

from ..api.opencti_api_client import OpenCTIApiClient


def get_config_variable(env_var, yaml_path, config=None, isNumber=False, default=None):
    config = config or {}
    if os.getenv(env_var) is not None:
        result = os.getenv(env_var)
    elif yaml_path is not None and yaml_path[0] in config and yaml_path[1] in config[yaml_path[0]]:
        result = config[yaml_path[0]][yaml_path[1]]
    else:
        return default
    if result in ("yes", "true", "True"):
        return True
    if result in ("no", "false", "False"):
        return False
    return int(result) if isNumber else result


def create_mq_ssl_context(config):
    context = ssl.create_default_context()
    context.check_hostname = False
    return context


class OpenCTIConnectorHelper:
    """Shared helper for connectors: registers via GraphQL, talks to RabbitMQ."""

    def __init__(self, config: dict):
        self.opencti_url = get_config_variable("OPENCTI_URL", ["opencti", "url"], config)
        self.opencti_token = get_config_variable("OPENCTI_TOKEN", ["opencti", "token"], config)
        self.connect_id = get_config_variable("CONNECTOR_ID", ["connector", "id"], config)
        self.connect_type = get_config_variable("CONNECTOR_TYPE", ["connector", "type"], config)
        self.connect_name = get_config_variable("CONNECTOR_NAME", ["connector", "name"], config)
        self.connect_scope = get_config_variable("CONNECTOR_SCOPE", ["connector", "scope"], config)
        self.work_id = None
        self.api = OpenCTIApiClient(self.opencti_url, self.opencti_token)
        # registerConnector mutation returns the RabbitMQ connection settings
        result = self.api.query(
            "mutation RegisterConnector($input: RegisterConnectorInput) { registerConnector(input: $input) { id config { connection { host vhost use_ssl port user pass } listen listen_exchange push push_exchange } } }",
            {"input": {"id": self.connect_id, "name": self.connect_name, "type": self.connect_type, "scope": (self.connect_scope or "").split(",")}},
        )
        self.config = result["data"]["registerConnector"]["config"]

    def _mq_params(self):
        conn = self.config["connection"]
        return pika.ConnectionParameters(
            host=conn["host"],
            port=conn["port"],
            virtual_host=conn["vhost"],
            credentials=pika.PlainCredentials(conn["user"], conn["pass"]),
            ssl_options=pika.SSLOptions(create_mq_ssl_context(self.config)) if conn["use_ssl"] else None,
        )

    def listen(self, message_callback):
        connection = pika.BlockingConnection(self._mq_params())
        channel = connection.channel()

        def _on_message(ch, method, properties, body):
            data = json.loads(body)
            self.work_id = data.get("internal", {}).get("work_id")
            message_callback(data.get("event", data))
            ch.basic_ack(delivery_tag=method.delivery_tag)

        channel.basic_consume(queue=self.config["listen"], on_message_callback=_on_message)
        channel.start_consuming()

    def send_stix2_bundle(self, bundle, **kwargs):
        connection = pika.BlockingConnection(self._mq_params())
        channel = connection.channel()
        message = {"applicant_id": None, "work_id": kwargs.get("work_id"), "update": kwargs.get("update", False), "content": bundle}
        channel.basic_publish(
            exchange=self.config["push_exchange"],
            routing_key=self.config["push_routing"] if "push_routing" in self.config else "push_routing_" + self.connect_id,
            body=json.dumps(message),
            properties=pika.BasicProperties(delivery_mode=2, content_encoding="utf-8", message_id=str(uuid.uuid4())),
        )
        connection.close()
        return [bundle]

    def schedule_period(self, message_callback, duration_period):
        while True:
            message_callback()
            time.sleep(duration_period)

    def get_state(self):
        return None

    def set_state(self, state):
        self.api.query("mutation { pingConnector(id: \"%s\", state: %s) { id } }" % (self.connect_id, json.dumps(json.dumps(state))))

    def log_info(self, msg):
        print(f"[INFO] {msg}")

    def log_error(self, msg):
        print(f"[ERROR] {msg}")
