from __future__ import annotations

from tremor.celery import instrumented_task
from tremor.models.alert_rule import Incident


@instrumented_task(name="tremor.incidents.tasks.handle_trigger_action", queue="incidents")
def handle_trigger_action(incident_id: int, value: float, **kwargs) -> None:
    incident = Incident.objects.select_related("alert_rule").get(id=incident_id)
    rule = incident.alert_rule
    text = f"[{rule.name}] triggered: value {value}"
    if rule.slack_channel:
        from tremor.integrations.slack.client import SlackClient

        SlackClient().chat_post_message(channel=rule.slack_channel, text=text)

    from tremor.utils.email import MessageBuilder

    MessageBuilder(subject=f"Alert: {rule.name}", body=text).send(to=_recipients(rule.organization_id))


def _recipients(organization_id: int) -> list[str]:
    from django.contrib.auth import get_user_model

    return list(get_user_model().objects.filter(is_active=True).values_list("email", flat=True)[:50])
