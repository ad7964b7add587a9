"""Registry of named Kafka consumers runnable via ``tremor run consumer <name>``.

The compose `command:` picks one; every process shares the same image and
settings."""
from __future__ import annotations

import logging
from typing import Any, Callable

from django.conf import settings

from tremor.consumers.runner import KafkaRunLoop

logger = logging.getLogger(__name__)


def _ingest_events(**opts: Any) -> Callable[[bytes], None]:
    from tremor.ingest.consumer import process_message

    return process_message


def _post_process_forwarder_errors(**opts: Any) -> Callable[[bytes], None]:
    from tremor.post_process_forwarder import build_forwarder

    return build_forwarder(**opts)


def _subscription_results_events(**opts: Any) -> Callable[[bytes], None]:
    from tremor.incidents.subscription_consumer import handle_message

    return handle_message


KAFKA_CONSUMERS: dict[str, dict[str, Any]] = {
    "ingest-events": {
        "topic": settings.KAFKA_INGEST_EVENTS,
        "strategy_factory": _ingest_events,
    },
    "post-process-forwarder-errors": {
        "topic": settings.KAFKA_EVENTS,
        "strategy_factory": _post_process_forwarder_errors,
        "synchronized": True,
    },
    "subscription-results-events": {
        "topic": settings.KAFKA_EVENTS_SUBSCRIPTIONS_RESULTS,
        "strategy_factory": _subscription_results_events,
    },
}


def get_stream_processor(consumer_name: str, consumer_args: list[str], topic: str | None = None,
                         group_id: str | None = None, auto_offset_reset: str = "latest",
                         **options: Any) -> KafkaRunLoop:
    try:
        consumer_definition = KAFKA_CONSUMERS[consumer_name]
    except KeyError:
        raise ValueError(f"No consumer named {consumer_name!r}. Choose one of {sorted(KAFKA_CONSUMERS)}")

    topic = topic or consumer_definition["topic"]
    handler = consumer_definition["strategy_factory"](**options)
    return KafkaRunLoop(
        topic=topic,
        group_id=group_id or consumer_name,
        auto_offset_reset=auto_offset_reset,
        handler=handler,
        cluster=options.get("cluster"),
        commit_log_topic=options.get("synchronize_commit_log_topic") if consumer_definition.get("synchronized") else None,
        commit_log_group=options.get("synchronize_commit_group"),
        healthcheck_file_path=options.get("healthcheck_file_path"),
    )
