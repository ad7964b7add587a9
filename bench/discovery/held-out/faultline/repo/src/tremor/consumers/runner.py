from __future__ import annotations

import logging
import os
import time
from typing import Callable

from confluent_kafka import Consumer, KafkaError

from tremor.utils.kafka_config import get_kafka_consumer_cluster_options, get_topic_definition

logger = logging.getLogger(__name__)


class KafkaRunLoop:
    def __init__(self, topic: str, group_id: str, auto_offset_reset: str, handler: Callable[[bytes], None],
                 cluster: str | None = None, commit_log_topic: str | None = None,
                 commit_log_group: str | None = None, healthcheck_file_path: str | None = None) -> None:
        self.topic = topic
        self.handler = handler
        self.healthcheck_file_path = healthcheck_file_path
        cluster = cluster or get_topic_definition(topic)["cluster"]
        self.consumer = Consumer(
            get_kafka_consumer_cluster_options(
                cluster,
                override_params={
                    "group.id": group_id,
                    "auto.offset.reset": auto_offset_reset,
                    "enable.auto.commit": False,
                    "enable.partition.eof": False,
                },
            )
        )
        self.commit_log_topic = commit_log_topic
        self.commit_log_group = commit_log_group
        self._followed_offsets: dict[int, int] = {}
        self._shutdown = False

    def signal_shutdown(self) -> None:
        self._shutdown = True

    def _touch_health(self) -> None:
        if self.healthcheck_file_path:
            with open(self.healthcheck_file_path, "a"):
                os.utime(self.healthcheck_file_path)

    def _can_process(self, partition: int, offset: int) -> bool:
        """When synchronized, wait until strata's writer has committed past
        this offset (read from the commit-log topic) before forwarding."""
        if not self.commit_log_topic:
            return True
        return self._followed_offsets.get(partition, -1) >= offset

    def run(self) -> None:
        topics = [self.topic] + ([self.commit_log_topic] if self.commit_log_topic else [])
        self.consumer.subscribe(topics)
        pending = []
        while not self._shutdown:
            msg = self.consumer.poll(1.0)
            self._touch_health()
            if msg is None:
                pass
            elif msg.error():
                if msg.error().code() != KafkaError._PARTITION_EOF:
                    logger.error("consumer error: %s", msg.error())
                continue
            elif msg.topic() == self.commit_log_topic:
                group, _, partition = (msg.key() or b"").decode().partition(":")
                if group == self.commit_log_group:
                    self._followed_offsets[int(partition or 0)] = int(msg.value())
                continue
            else:
                pending.append(msg)

            still_pending = []
            for m in pending:
                if self._can_process(m.partition(), m.offset()):
                    self.handler(m.value())
                    self.consumer.commit(message=m, asynchronous=True)
                else:
                    still_pending.append(m)
            pending = still_pending
            if pending:
                time.sleep(0.05)
        self.consumer.close()
