"""RabbitMQ consumer that runs inside the Tornado ioloop."""
import logging
from typing import Any, Callable, Dict, List, Optional

import orjson
import pika
from pika.adapters.tornado_connection import TornadoConnection
from tornado import ioloop

from parley.lib.queue import QueueClient


class TornadoQueueClient(QueueClient):
    connection: Optional[TornadoConnection]

    def __init__(self) -> None:
        # Tornado uses heartbeats so a dead broker is noticed quickly.
        self.log = logging.getLogger("parley.tornado.queue")
        self.queues = set()
        self.connection = None
        self.channel = None
        self.rabbitmq_heartbeat = 60
        self._on_open_cbs: List[Callable[[Any], None]] = []
        self._connection_failure_count = 0

    def _connect(self) -> None:
        self.log.info("Beginning TornadoQueueClient connection")
        self.connection = TornadoConnection(
            self._get_parameters(),
            on_open_callback=self._on_open,
            on_open_error_callback=self._on_connection_open_error,
            on_close_callback=self._on_connection_closed,
        )

    def _on_open(self, connection: pika.connection.Connection) -> None:
        assert self.connection is not None
        self.connection.channel(on_open_callback=self._on_channel_open)

    def _on_channel_open(self, channel: Any) -> None:
        self.channel = channel
        for callback in self._on_open_cbs:
            callback(channel)
        self._on_open_cbs = []
        self.log.info("TornadoQueueClient connected")

    def _on_connection_open_error(self, connection: Any, reason: Exception) -> None:
        self._connection_failure_count += 1
        retry_secs = min(10, self._connection_failure_count)
        self.log.warning("TornadoQueueClient couldn't connect to RabbitMQ, retrying in %d secs...", retry_secs)
        ioloop.IOLoop.current().call_later(retry_secs, self._connect)

    def _on_connection_closed(self, connection: Any, reason: Exception) -> None:
        self.log.warning("TornadoQueueClient lost connection to RabbitMQ, reconnecting...")
        ioloop.IOLoop.current().call_later(1, self._connect)

    def start_json_consumer(self, queue_name: str, callback: Callable[[List[Dict[str, Any]]], None], batch_size: int = 1) -> None:
        def wrapped_consumer(ch: Any, method: Any, properties: Any, body: bytes) -> None:
            callback([orjson.loads(body)])
            ch.basic_ack(delivery_tag=method.delivery_tag)

        def do_consume(channel: Any) -> None:
            channel.queue_declare(queue=queue_name, durable=True)
            channel.basic_consume(queue_name, wrapped_consumer, consumer_tag=f"tornado-{queue_name}")

        if self.channel is None:
            self._on_open_cbs.append(do_consume)
        else:
            do_consume(self.channel)
