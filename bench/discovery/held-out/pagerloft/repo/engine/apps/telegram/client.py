import logging

from django.conf import settings
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ParseMode
from telegram.error import BadRequest, Unauthorized

logger = logging.getLogger(__name__)


class TelegramClient:
    ALLOWED_UPDATES = ("message", "callback_query")

    def __init__(self, token: str | None = None):
        self.token = token or settings.TELEGRAM_TOKEN
        if self.token is None:
            raise ValueError("Telegram token is not set (TELEGRAM_TOKEN)")

    @property
    def api_client(self) -> Bot:
        return Bot(self.token, base_url=settings.TELEGRAM_API_URL)

    def is_chat_member(self, chat_id: int | str) -> bool:
        try:
            self.api_client.get_chat(chat_id=chat_id)
            return True
        except Unauthorized:
            return False

    def register_webhook(self, webhook_url: str | None = None) -> None:
        webhook_url = webhook_url or f"{settings.TELEGRAM_WEBHOOK_HOST}/telegram/"
        webhook_info = self.api_client.get_webhook_info()
        if webhook_info.url == webhook_url:
            return
        self.api_client.set_webhook(webhook_url, allowed_updates=self.ALLOWED_UPDATES)

    def send_alert_group_message(self, chat_id: int | str, alert_group) -> None:
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton("Acknowledge", callback_data=f"{alert_group.pk}:acknowledge")]]
        )
        try:
            self.api_client.send_message(
                chat_id=chat_id,
                text=f"<b>{alert_group.title}</b>\n{alert_group.web_link}",
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard,
                disable_web_page_preview=True,
            )
        except BadRequest as e:
            logger.warning("telegram send to %s failed: %s", chat_id, e)
