"""Eventstream backend: after save_event persists an event, it is published
to the ``events`` topic where strata-errors-consumer picks it up and writes it
to ClickHouse; post-process-forwarder follows the strata commit log."""
from __future__ import annotations

import logging
from typing import Any

from confluent_kafka import Producer
from django.conf import settings

from tremor.utils import json
from tremor.utils.kafka_config import get_kafka_producer_cluster_options, get_topic_definition

logger = logging.getLogger(__name__)

EVENTSTREAM_PROTOCOL_VERSION = 2


class KafkaEventStream:
    def __init__(self, producer_configuration: dict[str, Any] | None = None, **options: Any) -> None:
        self.topic = settings.KAFKA_EVENTS
        self.producer_configuration = producer_configuration
        self.__producer: Producer | None = None

    def get_producer(self) -> Producer:
        if self.__producer is None:
            if self.producer_configuration:
                config = dict(self.producer_configuration)
            else:
                cluster = get_topic_definition(self.topic)["cluster"]
                config = get_kafka_producer_cluster_options(cluster)
            self.__producer = Producer(config)
        return self.__producer

    def delivery_callback(self, error, message) -> None:
        if error is not None:
            logger.warning("Could not publish message (error: %s): %r", error, message)

    def _send(self, project_id: int, _type: str, extra_data: tuple = (), headers: dict | None = None) -> None:
        key = str(project_id).encode("utf-8")
        value = (EVENTSTREAM_PROTOCOL_VERSION, _type) + extra_data
        producer = self.get_producer()
        producer.produce(
            topic=self.topic,
            key=key,
            value=json.dumps(value),
            on_delivery=self.delivery_callback,
            headers=[(k, str(v).encode()) for k, v in (headers or {}).items()],
        )
        producer.poll(0.0)

    def insert(self, event: dict[str, Any], is_new: bool, is_regression: bool, primary_hash: str | None,
               received_timestamp: float) -> None:
        self._send(
            event["project"],
            "insert",
            extra_data=(
                {"event_id": event["event_id"], "project_id": event["project"], "group_id": event.get("group_id"),
                 "primary_hash": primary_hash, "data": event, "datetime": event.get("timestamp")},
                {"is_new": is_new, "is_regression": is_regression, "queue": "post_process_errors"},
            ),
            headers={"Received-Timestamp": received_timestamp},
        )

    def start_delete_groups(self, project_id: int, group_ids: list[int]) -> None:
        self._send(project_id, "start_delete_groups", extra_data=({"project_id": project_id, "group_ids": group_ids},))

    def start_merge(self, project_id: int, previous_group_ids: list[int], new_group_id: int) -> None:
        self._send(project_id, "start_merge", extra_data=(
            {"project_id": project_id, "previous_group_ids": previous_group_ids, "new_group_id": new_group_id},))
