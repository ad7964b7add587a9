import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)

THROTTLE_START_MS = 10 * 60 * 1000
THROTTLE_MAX_MS = 24 * 60 * 60 * 1000


class EmailPusher:
    """Batches unread notifications and hands them to the Mailer."""

    def __init__(self, hs: "HomeServer", pusher_config, mailer) -> None:
        self.mailer = mailer
        self.email = pusher_config.pushkey
        self.user_id = pusher_config.user_name

    async def send_notification(self, push_actions, reason) -> None:
        logger.info("Sending notif email for user %r", self.user_id)
        await self.mailer.send_notification_mail(self.app_id, self.user_id, self.email, push_actions, reason)
