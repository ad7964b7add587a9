import logging
import threading
import time
from collections import defaultdict
from typing import Any, Callable, Dict, List, Mapping, Optional, Set

import orjson
import pika
import pika.adapters.tornado_connection
from django.conf import settings
from pika.adapters.blocking_connection import BlockingChannel
from pika.spec import Basic

MAX_REQUEST_RETRIES = 3
Consumer = Callable[[BlockingChannel, Basic.Deliver, pika.BasicProperties, bytes], None]


class QueueClient:
    """A thin wrapper around pika that reconnects and declares queues lazily."""

    def __init__(self, rabbitmq_heartbeat: Optional[int] = 0, prefetch: int = 0) -> None:
        self.log = logging.getLogger("parley.queue")
        self.queues: Set[str] = set()
        self.channel: Optional[BlockingChannel] = None
        self.prefetch = prefetch
        self.consumers: Dict[str, Set[Consumer]] = defaultdict(set)
        self.rabbitmq_heartbeat = rabbitmq_heartbeat
        self.is_consuming = False
        self._connect()

    def _get_parameters(self) -> pika.ConnectionParameters:
        credentials = pika.PlainCredentials(settings.RABBITMQ_USERNAME, settings.RABBITMQ_PASSWORD)
        tcp_options = None
        if self.rabbitmq_heartbeat == 0:
            tcp_options = dict(TCP_KEEPIDLE=60 * 5)
        ssl_options: Any = pika.ConnectionParameters._DEFAULT
        if settings.RABBITMQ_USE_TLS:
            import ssl

            ssl_options = pika.SSLOptions(context=ssl.create_default_context())
        return pika.ConnectionParameters(
            settings.RABBITMQ_HOST,
            port=settings.RABBITMQ_PORT,
            virtual_host=settings.RABBITMQ_VHOST,
            heartbeat=self.rabbitmq_heartbeat,
            tcp_options=tcp_options,
            ssl_options=ssl_options,
            credentials=credentials,
        )

    def _connect(self) -> None:
        start = time.time()
        self.connection = pika.BlockingConnection(self._get_parameters())
        self.channel = self.connection.channel()
        if self.prefetch:
            self.channel.basic_qos(prefetch_count=self.prefetch)
        self.log.info("QueueClient connected (connecting took %.3fs)", time.time() - start)

    def ensure_queue(self, queue_name: str, callback: Callable[[BlockingChannel], object]) -> None:
        if self.channel is None or not self.connection.is_open:
            self._connect()
        assert self.channel is not None
        if queue_name not in self.queues:
            self.channel.queue_declare(queue=queue_name, durable=True)
            self.queues.add(queue_name)
        callback(self.channel)

    def publish(self, queue_name: str, body: bytes) -> None:
        def do_publish(channel: BlockingChannel) -> None:
            channel.basic_publish(
                exchange="",
                routing_key=queue_name,
                properties=pika.BasicProperties(delivery_mode=2),
                body=body,
            )

        self.ensure_queue(queue_name, do_publish)

    def json_publish(self, queue_name: str, body: Mapping[str, Any]) -> None:
        data = orjson.dumps(body)
        try:
            self.publish(queue_name, data)
        except pika.exceptions.AMQPConnectionError:
            self.log.warning("Failed to send to rabbitmq, trying to reconnect and send again")
            self._connect()
            self.publish(queue_name, data)

    def start_json_consumer(
        self, queue_name: str, callback: Callable[[List[Dict[str, Any]]], None], batch_size: int = 1
    ) -> None:
        def do_consume(channel: BlockingChannel) -> None:
            events: List[Dict[str, Any]] = []
            last_process = time.time()
            max_processed: Optional[int] = None
            for method, properties, body in channel.consume(queue_name, inactivity_timeout=1):
                if body is not None:
                    events.append(orjson.loads(body))
                    max_processed = method.delivery_tag
                now = time.time()
                if len(events) >= batch_size or (events and now - last_process > 1):
                    callback(events)
                    channel.basic_ack(max_processed, multiple=True)
                    events = []
                    last_process = now

        self.is_consuming = True
        self.ensure_queue(queue_name, do_consume)


queue_lock = threading.RLock()
_queue_client: Optional[QueueClient] = None


def get_queue_client() -> QueueClient:
    global _queue_client
    with queue_lock:
        if _queue_client is None:
            _queue_client = QueueClient()
        return _queue_client


def queue_json_publish(
    queue_name: str,
    event: Dict[str, Any],
    processor: Optional[Callable[[Any], None]] = None,
) -> None:
    if settings.USING_RABBITMQ:
        get_queue_client().json_publish(queue_name, event)
    elif processor:
        processor(event)
    else:
        # Used in tests and in the development "no-rabbitmq" mode.
        from parley.worker.base import get_worker

        get_worker(queue_name).consume_single_event(event)


def queue_event_on_commit(queue_name: str, event: Dict[str, Any]) -> None:
    from django.db import transaction

    transaction.on_commit(lambda: queue_json_publish(queue_name, event))
