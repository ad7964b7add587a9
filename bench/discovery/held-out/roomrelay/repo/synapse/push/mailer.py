import logging
from typing import TYPE_CHECKING

import jinja2

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class Mailer:
    def __init__(self, hs: "HomeServer", app_name: str, template_html: jinja2.Template,
                 template_text: jinja2.Template) -> None:
        self.hs = hs
        self.send_email_handler = hs.get_send_email_handler()
        self.app_name = app_name
        self.template_html = template_html
        self.template_text = template_text

    async def send_notification_mail(self, app_id, user_id, email_address, push_actions, reason) -> None:
        summary_text = "You have %d unread messages" % len(push_actions)
        await self.send_email_handler.send_email(
            email_address=email_address,
            subject=summary_text,
            app_name=self.app_name,
            html=self.template_html.render(reason=reason),
            text=self.template_text.render(reason=reason),
        )
