from __future__ import annotations

import time
from enum import IntEnum

from django.conf import settings

from tremor.utils import json
from tremor.utils.kafka_config import get_producer_for_topic


class Outcome(IntEnum):
    ACCEPTED = 0
    FILTERED = 1
    RATE_LIMITED = 2
    INVALID = 3
    ABUSE = 4
    CLIENT_DISCARD = 5


def track_outcome(org_id: int, project_id: int, key_id: int | None, outcome: Outcome,
                  reason: str | None = None, timestamp: float | None = None,
                  event_id: str | None = None, category: int = 1, quantity: int = 1) -> None:
    """Produce an outcome record to the outcomes topic (consumed by strata-outcomes-consumer)."""
    topic = settings.KAFKA_OUTCOMES
    producer = get_producer_for_topic(topic)
    producer.produce(
        topic,
        json.dumps(
            {
                "timestamp": timestamp or time.time(),
                "org_id": org_id,
                "project_id": project_id,
                "key_id": key_id,
                "outcome": outcome.value,
                "reason": reason,
                "event_id": event_id,
                "category": category,
                "quantity": quantity,
            }
        ),
    )
    producer.poll(0)
