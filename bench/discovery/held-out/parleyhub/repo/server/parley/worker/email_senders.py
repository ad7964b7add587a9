import copy
import logging
import smtplib
import socket
from typing import Any, Dict, Optional

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail import get_connection

from parley.lib.send_email import EmailNotDeliveredError, send_email
from parley.worker.base import QueueProcessingWorker, assign_queue

logger = logging.getLogger(__name__)


@assign_queue("email_senders")
class EmailSendingWorker(QueueProcessingWorker):
    def __init__(self, worker_num: int = 0) -> None:
        super().__init__(worker_num)
        self.connection: Optional[BaseEmailBackend] = None

    def consume(self, event: Dict[str, Any]) -> None:
        copied_event = copy.deepcopy(event)
        if self.connection is None:
            # settings.EMAIL_BACKEND is the SMTP backend pointed at EMAIL_HOST
            self.connection = get_connection()
        try:
            send_email(
                copied_event["template_prefix"],
                copied_event["to_emails"],
                copied_event.get("from_address"),
                copied_event.get("context", {}),
                connection=self.connection,
            )
        except (smtplib.SMTPServerDisconnected, socket.timeout, EmailNotDeliveredError):
            logger.warning("Retrying email to %s after SMTP failure", copied_event["to_emails"])
            self.connection = None
            raise

    def stop(self) -> None:
        if self.connection is not None:
            self.connection.close()
        super().stop()
