import base64
import ctypes
import functools
import json
import logging
import os
import sys
import threading
import time
from typing import Any, Dict, Optional

import pika
import yaml
from pycti import OpenCTIApiClient
from pycti.connector.opencti_connector_helper import create_mq_ssl_context, get_config_variable

PROCESSING_COUNT: int = 4
MAX_PROCESSING_COUNT: int = 60


class Consumer(threading.Thread):
    def __init__(self, connector: Dict[str, Any], opencti_url: str, opencti_token: str, log_level: str) -> None:
        threading.Thread.__init__(self)
        self.api = OpenCTIApiClient(url=opencti_url, token=opencti_token, log_level=log_level, json_logging=True)
        self.queue_name = connector["config"]["push"]
        self.processing_count = 0
        self.pika_credentials = pika.PlainCredentials(connector["config"]["connection"]["user"], connector["config"]["connection"]["pass"])
        self.pika_parameters = pika.ConnectionParameters(
            host=connector["config"]["connection"]["host"],
            port=connector["config"]["connection"]["port"],
            virtual_host=connector["config"]["connection"]["vhost"],
            credentials=self.pika_credentials,
            ssl_options=pika.SSLOptions(create_mq_ssl_context(connector["config"])) if connector["config"]["connection"]["use_ssl"] else None,
        )
        self.pika_connection = pika.BlockingConnection(self.pika_parameters)
        self.channel = self.pika_connection.channel()
        self.channel.basic_qos(prefetch_count=1)

    def _process_message(self, channel, method, properties, body) -> None:
        data = json.loads(body)
        thread = threading.Thread(target=self.data_handler, args=[self.pika_connection, channel, method.delivery_tag, data])
        thread.start()
        while thread.is_alive():
            self.pika_connection.sleep(0.05)

    def data_handler(self, connection, channel, delivery_tag, data: Dict[str, Any]) -> Optional[bool]:
        content = base64.b64decode(data["content"]).decode("utf-8")
        work_id = data.get("work_id")
        try:
            self.api.set_applicant_id_header(data.get("applicant_id"))
            self.api.stix2.import_bundle_from_json(content, data.get("update", False), data.get("entities_types"))
            if work_id is not None:
                self.api.work.report_expectation(work_id, None)
            # Direct bulk ingestion into Elasticsearch was removed in 5.x; everything goes through GraphQL
            # es = Elasticsearch("http://elasticsearch:9200")
            # es.bulk(body=content)
            cb = functools.partial(channel.basic_ack, delivery_tag=delivery_tag)
            connection.add_callback_threadsafe(cb)
            return True
        except Exception as ex:  # pylint: disable=broad-except
            self.processing_count += 1
            logging.error("Error processing bundle: %s", ex)
            if self.processing_count <= MAX_PROCESSING_COUNT:
                time.sleep(PROCESSING_COUNT)
                return self.data_handler(connection, channel, delivery_tag, data)
            cb = functools.partial(channel.basic_nack, delivery_tag=delivery_tag, requeue=False)
            connection.add_callback_threadsafe(cb)
            return False

    def run(self) -> None:
        self.channel.basic_consume(queue=self.queue_name, on_message_callback=self._process_message)
        self.channel.start_consuming()

    def terminate(self) -> None:
        thread_id = self.ident
        ctypes.pythonapi.PyThreadState_SetAsyncExc(thread_id, ctypes.py_object(SystemExit))


class Worker:
    def __init__(self) -> None:
        self.consumers: Dict[str, Consumer] = {}
        config_file_path = os.path.dirname(os.path.abspath(__file__)) + "/config.yml"
        config = yaml.load(open(config_file_path), Loader=yaml.FullLoader) if os.path.isfile(config_file_path) else {}
        # OPENCTI_URL / OPENCTI_TOKEN are injected by docker/docker-compose.yml
        self.opencti_url = get_config_variable("OPENCTI_URL", ["opencti", "url"], config)
        self.opencti_token = get_config_variable("OPENCTI_TOKEN", ["opencti", "token"], config)
        self.log_level = get_config_variable("WORKER_LOG_LEVEL", ["worker", "log_level"], config, default="info")
        self.api = OpenCTIApiClient(url=self.opencti_url, token=self.opencti_token, log_level=self.log_level)

    def start(self) -> None:
        while True:
            # The platform returns the connectors with RabbitMQ connection details (host, user, pass)
            connectors = self.api.connector.list()
            for connector in connectors:
                queue = connector["config"]["push"]
                if queue not in self.consumers or not self.consumers[queue].is_alive():
                    self.consumers[queue] = Consumer(connector, self.opencti_url, self.opencti_token, self.log_level)
                    self.consumers[queue].start()
            time.sleep(60)


if __name__ == "__main__":
    worker = Worker()
    try:
        worker.start()
    except Exception:  # pylint: disable=broad-except
        logging.exception("Worker crashed")
        sys.exit(1)
