import json
import os
import logging

import pika


class Publisher:
    """Publishes orders to the bot-bazaar exchange for dispatch to pick up."""

    EXCHANGE = 'bot-bazaar'
    TYPE = 'direct'
    ROUTING_KEY = 'orders'

    def __init__(self, logger=None):
        self._logger = logger or logging.getLogger(__name__)
        self._params = pika.URLParameters('amqp://guest:guest@{}:5672/%2F?connection_attempts=3&retry_delay=1'.format(
            os.getenv('AMQP_HOST', 'rabbitmq')))
        self._conn = None
        self._channel = None

    def _connect(self):
        if not self._conn or self._conn.is_closed or self._channel is None or self._channel.is_closed:
            self._conn = pika.BlockingConnection(self._params)
            self._channel = self._conn.channel()
            self._channel.exchange_declare(exchange=self.EXCHANGE, exchange_type=self.TYPE, durable=True)
            self._logger.info('connected to broker')

    def _publish(self, msg, headers):
        self._channel.basic_publish(exchange=self.EXCHANGE,
                                    routing_key=self.ROUTING_KEY,
                                    properties=pika.BasicProperties(headers=headers),
                                    body=json.dumps(msg).encode())
        self._logger.info('message sent')

    # Publish msg, reconnecting if necessary.
    def publish(self, msg, headers):
        if self._channel is None or self._channel.is_closed or self._conn is None or self._conn.is_closed:
            self._connect()
        try:
            self._publish(msg, headers)
        except (pika.exceptions.ConnectionClosed, pika.exceptions.StreamLostError):
            self._logger.info('reconnecting to queue')
            self._connect()
            self._publish(msg, headers)

    def close(self):
        if self._conn and self._conn.is_open:
            self._logger.info('closing queue connection')
            self._conn.close()
