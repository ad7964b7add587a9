import logging
from collections.abc import Sequence
from io import IOBase
from typing import Union

import backoff
from flask import current_app
from slack_sdk.errors import (
    BotUserAccessError,
    SlackApiError,
    SlackClientConfigurationError,
    SlackClientError,
    SlackClientNotConnectedError,
    SlackObjectFormationError,
    SlackRequestError,
    SlackTokenRotationError,
)

from vizdash.reports.models import ReportRecipientType
from vizdash.reports.notifications.base import BaseNotification
from vizdash.reports.notifications.exceptions import (
    NotificationAuthorizationException,
    NotificationMalformedException,
    NotificationParamException,
    NotificationUnprocessableException,
)
from vizdash.utils.decorators import statsd_gauge
from vizdash.utils.slack import get_slack_client

logger = logging.getLogger(__name__)

# Slack only allows Markdown messages up to 4k chars
MAXIMUM_MESSAGE_SIZE = 4000


class SlackNotification(BaseNotification):  # pylint: disable=too-few-public-methods
    """
    Sends a slack notification for a report recipient
    """

    type = ReportRecipientType.SLACK

    def _get_channels(self) -> list[str]:
        """
        Get the recipient's channel(s).
        Note Slack SDK uses "channel" to refer to one or more
        channels. Multiple channels are demarcated by a comma.
        :returns: The comma separated list of channel(s)
        """
        recipient_str = __import__("json").loads(self._recipient.recipient_config_json)["target"]
        return [c.strip() for c in recipient_str.replace(";", ",").split(",") if c.strip()]

    def _message_template(self, table: str = "") -> str:
        return f"""*{self._content.name}*

{self._content.description or ""}

<{self._content.url}|Explore in Vizdash>

{table}
"""

    def _get_body(self) -> str:
        if self._content.text:
            return f"*{self._content.name}*\n\nError: {self._content.text}"
        return self._message_template()

    def _get_inline_files(self) -> tuple[Union[str, None], Sequence[Union[str, IOBase, bytes]]]:
        if self._content.csv:
            return ("csv", [self._content.csv])
        if self._content.screenshots:
            return ("png", self._content.screenshots)
        if self._content.pdf:
            return ("pdf", [self._content.pdf])
        return (None, [])

    @backoff.on_exception(backoff.expo, SlackApiError, factor=10, base=2, max_tries=5)
    @statsd_gauge("reports.slack.send")
    def send(self) -> None:
        file_type, files = self._get_inline_files()
        title = self._content.name
        body = self._get_body()
        global_logs_context = getattr(__import__("flask").g, "logs_context", {}) or {}

        try:
            client = get_slack_client()
            channels = self._get_channels()

            if files:
                for channel in channels:
                    for file in files:
                        client.files_upload_v2(
                            channel=channel,
                            file=file,
                            initial_comment=body,
                            title=title,
                            filename=f"{title}.{file_type}",
                        )
            else:
                for channel in channels:
                    client.chat_postMessage(channel=channel, text=body)

            logger.info(
                "Report sent to slack",
                extra={"execution_id": global_logs_context.get("execution_id")},
            )
        except (
            BotUserAccessError,
            SlackRequestError,
            SlackClientConfigurationError,
        ) as ex:
            raise NotificationParamException(str(ex)) from ex
        except SlackObjectFormationError as ex:
            raise NotificationMalformedException(str(ex)) from ex
        except SlackTokenRotationError as ex:
            raise NotificationAuthorizationException(str(ex)) from ex
        except (SlackClientNotConnectedError, SlackApiError) as ex:
            raise NotificationUnprocessableException(str(ex)) from ex
        except SlackClientError as ex:
            # this is the base class for all slack client errors
            # keep it last so that it doesn't interfere with @backoff
            raise NotificationUnprocessableException(str(ex)) from ex
