"""Kafka broker configuration and logical->physical topic resolution."""
from __future__ import annotations

from enum import Enum
from typing import Any, Mapping

from confluent_kafka import Consumer, Producer

from strata.environment import settings


class Topic(Enum):
    EVENTS = "events"
    EVENT_REPLACEMENTS = "event-replacements"
    COMMIT_LOG = "commit-log"
    OUTCOMES = "outcomes"
    SUBSCRIPTION_SCHEDULED_EVENTS = "scheduled-subscriptions-events"
    SUBSCRIPTION_RESULTS_EVENTS = "events-subscription-results"


def get_physical_topic(topic: Topic) -> str:
    return settings.KAFKA_TOPIC_MAP.get(topic.value, topic.value)


def get_broker_config(topic: Topic | None = None) -> dict[str, Any]:
    config = dict(settings.BROKER_CONFIG)
    if topic is not None:
        config.update(settings.KAFKA_BROKER_CONFIG.get(topic.value, {}))
    return config


def build_kafka_consumer(topic: Topic, group_id: str, auto_offset_reset: str = "error",
                         strict_offset_reset: bool = True, extra: Mapping[str, Any] | None = None) -> Consumer:
    config = get_broker_config(topic)
    config.update(
        {
            "group.id": group_id,
            "auto.offset.reset": auto_offset_reset,
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
            "queued.max.messages.kbytes": settings.DEFAULT_QUEUED_MAX_MESSAGE_KBYTES,
        }
    )
    if not strict_offset_reset:
        config["auto.offset.reset"] = auto_offset_reset
    config.update(extra or {})
    return Consumer(config)


def build_kafka_producer(topic: Topic) -> Producer:
    config = get_broker_config(topic)
    config.pop("queued.max.messages.kbytes", None)
    return Producer(config)
