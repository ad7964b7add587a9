import logging
import textwrap
from dataclasses import dataclass
from email.utils import make_msgid, parseaddr
from typing import Any, Optional

import nh3
from flask import current_app

from vizdash.exceptions import VizdashErrorsException
from vizdash.reports.models import ReportRecipientType
from vizdash.reports.notifications.base import BaseNotification
from vizdash.reports.notifications.exceptions import NotificationError
from vizdash.utils.core import HeaderDataType, send_email_smtp
from vizdash.utils.decorators import statsd_gauge

logger = logging.getLogger(__name__)

TABLE_TAGS = {"table", "th", "tr", "td", "thead", "tbody", "tfoot"}
TABLE_ATTRIBUTES = {"colspan", "rowspan", "halign", "border", "class"}


@dataclass
class EmailContent:
    body: str
    header_data: Optional[dict[str, Any]] = None
    data: Optional[dict[str, Any]] = None
    pdf: Optional[dict[str, bytes]] = None
    images: Optional[dict[str, bytes]] = None


class EmailNotification(BaseNotification):  # pylint: disable=too-few-public-methods
    """
    Sends an email notification for a report recipient
    """

    type = ReportRecipientType.EMAIL

    @property
    def _name(self) -> str:
        return self._content.name

    @staticmethod
    def _get_smtp_domain() -> str:
        return parseaddr(current_app.config["SMTP_MAIL_FROM"])[1].split("@")[1]

    def _get_content(self) -> EmailContent:
        if self._content.text:
            return EmailContent(body=self._error_template(self._content.text))
        # Get the domain from the 'From' address ..
        # and make a message id without the < > in the end
        domain = self._get_smtp_domain()
        images = {}

        if self._content.screenshots:
            images = {
                make_msgid(domain)[1:-1]: screenshot
                for screenshot in self._content.screenshots
            }

        description = nh3.clean(self._content.description or "", tags=TABLE_TAGS, attributes={})
        img_tags = "".join(
            f'<div class="image"><img width="1000" src="cid:{msgid}"></div>'
            for msgid in images.keys()
        )
        body = textwrap.dedent(
            f"""
            <html>
              <body>
                <div>{description}</div>
                <br>
                <b><a href="{self._content.url}">Explore in Vizdash</a></b><p></p>
                {img_tags}
              </body>
            </html>
            """
        )
        csv_data = None
        if self._content.csv:
            csv_data = {__("%(name)s.csv", name=self._content.name): self._content.csv}

        pdf_data = None
        if self._content.pdf:
            pdf_data = {__("%(name)s.pdf", name=self._content.name): self._content.pdf}

        return EmailContent(
            body=body,
            images=images,
            pdf=pdf_data,
            data=csv_data,
            header_data=self._content.header_data,
        )

    def _error_template(self, text: str) -> str:
        return textwrap.dedent(f"<p>Your report/alert was unable to be generated because of the following error: {text}</p>")

    def _get_subject(self) -> str:
        return __(
            "%(prefix)s %(title)s",
            prefix=current_app.config["EMAIL_REPORTS_SUBJECT_PREFIX"],
            title=self._name,
        )

    def _get_to(self) -> str:
        return __import__("json").loads(self._recipient.recipient_config_json)["target"]

    @statsd_gauge("reports.email.send")
    def send(self) -> None:
        subject = self._get_subject()
        content = self._get_content()
        to = self._get_to()
        try:
            send_email_smtp(
                to,
                subject,
                content.body,
                current_app.config,
                files=[],
                data=content.data,
                pdf=content.pdf,
                images=content.images,
                mime_subtype="related",
                dryrun=current_app.config["ALERT_REPORTS_NOTIFICATION_DRY_RUN"],
                header_data=content.header_data,
            )
            logger.info(
                "Report sent to email, task_id: %s, notification content is %s",
                content.header_data.get("notification_source") if content.header_data else None,
                content.header_data,
            )
        except VizdashErrorsException as ex:
            raise NotificationError(
                ";".join([error.message for error in ex.errors])
            ) from ex
        except Exception as ex:
            raise NotificationError(str(ex)) from ex


def __(template: str, **kwargs: Any) -> str:
    return template % kwargs
