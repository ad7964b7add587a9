from unittest import mock

import pytest

from apps.alerts.models import AlertGroup, AlertReceiveChannel, UserNotificationPolicy
from apps.alerts.tasks import escalate_alert_group


@pytest.mark.django_db
def test_escalation_notifies_users_of_first_step():
    channel = AlertReceiveChannel.objects.create(organization_id=1, integration="alertmanager", token="t0k", verbal_name="am")
    alert_group = AlertGroup.objects.create(channel=channel, title="CPU high")
    UserNotificationPolicy.objects.create(user_id=42, step=0)

    with mock.patch("apps.alerts.tasks.notify_user_task.apply_async") as notify, mock.patch(
        "apps.slack.tasks.post_alert_group_to_slack.apply_async"
    ) as slack, mock.patch.object(escalate_alert_group, "apply_async"):
        escalate_alert_group(alert_group.pk)

    notify.assert_called_once_with((42, alert_group.pk))
    slack.assert_called_once()
    alert_group.refresh_from_db()
    assert alert_group.escalation_step == 1


@pytest.mark.django_db
def test_resolved_alert_group_is_not_escalated():
    channel = AlertReceiveChannel.objects.create(organization_id=1, integration="webhook", token="t1k", verbal_name="wh")
    alert_group = AlertGroup.objects.create(channel=channel, state=AlertGroup.RESOLVED)

    with mock.patch("apps.alerts.tasks.notify_user_task.apply_async") as notify:
        escalate_alert_group(alert_group.pk)

    notify.assert_not_called()
