from unittest.mock import MagicMock, patch

import pytest

from vizdash.reports.models import ReportRecipients, ReportRecipientType
from vizdash.reports.notifications.base import NotificationContent
from vizdash.reports.notifications.slack import SlackNotification


@pytest.fixture
def mock_header_data() -> dict:
    return {
        "notification_format": "PNG",
        "notification_type": "Alert",
        "owners": [1],
        "notification_source": None,
        "chart_id": None,
        "dashboard_id": None,
    }


@patch("vizdash.reports.notifications.slack.get_slack_client")
def test_send_slack_posts_message(slack_client_mock: MagicMock, mock_header_data) -> None:
    content = NotificationContent(
        name="test alert",
        header_data=mock_header_data,
        description="my description",
        url="http://localhost:8088/explore/?form_data=%7B%22slice_id%22%3A1%7D",
    )
    notification = SlackNotification(
        recipient=ReportRecipients(
            type=ReportRecipientType.SLACK,
            recipient_config_json='{"target": "some_channel"}',
        ),
        content=content,
    )
    notification.send()

    slack_client_mock.return_value.chat_postMessage.assert_called_once()
    args = slack_client_mock.return_value.chat_postMessage.call_args.kwargs
    assert args["channel"] == "some_channel"
    assert "test alert" in args["text"]


@patch("vizdash.utils.slack.WebClient")
def test_get_channels_paginates(web_client: MagicMock, app) -> None:
    from vizdash.utils.slack import get_channels

    web_client.return_value.conversations_list.side_effect = [
        MagicMock(data={"channels": [{"id": "C1", "name": "general", "is_member": True, "is_private": False}], "response_metadata": {"next_cursor": "abc"}}),
        MagicMock(data={"channels": [{"id": "C2", "name": "random", "is_member": True, "is_private": False}], "response_metadata": {}}),
    ]
    with app.app_context():
        app.config["SLACK_API_TOKEN"] = "xoxb-test"
        channels = get_channels(force=True)
    assert [c["id"] for c in channels] == ["C1", "C2"]
