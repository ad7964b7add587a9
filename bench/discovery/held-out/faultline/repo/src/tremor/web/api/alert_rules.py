from __future__ import annotations

from django.db import transaction
from django.http import JsonResponse
from django.views import View

from tremor.models.alert_rule import AlertRule, QuerySubscription
from tremor.utils import json
from tremor.utils.strata import create_subscription


class AlertRulesEndpoint(View):
    def post(self, request, org_slug: str):
        body = json.loads(request.body)
        with transaction.atomic():
            sub = QuerySubscription.objects.create(
                project_id=body["projectId"], type="incidents", query=body.get("query", ""),
                time_window=body.get("timeWindow", 60) * 60, resolution=60,
            )
            rule = AlertRule.objects.create(
                organization_id=body["organizationId"], name=body["name"], strata_query_id=sub.id,
                threshold_period=body.get("threshold", 1), slack_channel=body.get("slackChannel"),
            )
        # Register the query with strata; results come back via Kafka
        sub.subscription_id = create_subscription(
            "events", "events",
            {"project_id": sub.project_id, "query": f"MATCH (events) SELECT count() AS count WHERE {sub.query or '1=1'}",
             "time_window": sub.time_window, "resolution": sub.resolution},
        )
        sub.save(update_fields=["subscription_id"])
        return JsonResponse({"id": rule.id}, status=201)
