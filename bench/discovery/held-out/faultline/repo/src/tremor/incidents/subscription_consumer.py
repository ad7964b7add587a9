"""Consumes ``events-subscription-results`` (produced by strata's
subscription executor) and evaluates alert rule triggers.

Run as ``tremor run consumer subscription-results-events``."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from django.db import transaction

from tremor.models.alert_rule import AlertRule, Incident, QuerySubscription
from tremor.utils import json, metrics

logger = logging.getLogger(__name__)


def parse_message(raw: bytes) -> dict:
    wrapper = json.loads(raw)
    if wrapper.get("version") != 3:
        raise ValueError(f"unsupported subscription result version {wrapper.get('version')}")
    payload = wrapper["payload"]
    return {
        "subscription_id": payload["subscription_id"],
        "values": payload["result"]["data"][0],
        "timestamp": datetime.fromisoformat(payload["timestamp"]).replace(tzinfo=timezone.utc),
    }


def handle_message(raw: bytes) -> None:
    update = parse_message(raw)
    try:
        subscription = QuerySubscription.objects.get(subscription_id=update["subscription_id"])
    except QuerySubscription.DoesNotExist:
        metrics.incr("incidents.subscription_consumer.missing_subscription")
        return
    SubscriptionProcessor(subscription).process_update(update)


class SubscriptionProcessor:
    def __init__(self, subscription: QuerySubscription) -> None:
        self.subscription = subscription
        self.alert_rule = AlertRule.objects.filter(strata_query_id=subscription.id).first()

    def process_update(self, update: dict) -> None:
        if self.alert_rule is None:
            return
        value = next(iter(update["values"].values()), 0) or 0
        threshold = self.alert_rule.threshold_period
        if value < threshold:
            return
        with transaction.atomic():
            incident = Incident.objects.create(alert_rule=self.alert_rule, date_started=update["timestamp"])
        from tremor.incidents.tasks import handle_trigger_action

        transaction.on_commit(
            lambda: handle_trigger_action.apply_async(
                kwargs={"incident_id": incident.id, "value": value}, queue="incidents"
            )
        )
