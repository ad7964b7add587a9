from typing import Dict, List

import structlog
from celery import shared_task

from posthog.email import _send_email

logger = structlog.get_logger(__name__)


@shared_task(bind=True, max_retries=3, acks_late=True)
def send_email_task(self, campaign_key: str, to: List[Dict[str, str]], subject: str, headers: Dict, txt_body: str, html_body: str) -> None:
    try:
        _send_email(campaign_key=campaign_key, to=to, subject=subject, headers=headers, txt_body=txt_body, html_body=html_body)
    except Exception as exc:
        logger.exception("email.send_failed", campaign_key=campaign_key)
        raise self.retry(exc=exc, countdown=60)
