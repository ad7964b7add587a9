"""SMTP email notification block, used by automations' send-notification action."""
import os
from email.message import EmailMessage
from typing import Optional

import aiosmtplib
from pydantic import Field, SecretStr

from runbeacon.blocks.core import Block


class EmailServerCredentials(Block):
    _block_type_slug = "email-server-credentials"
    smtp_server: str = Field(default_factory=lambda: os.environ.get("RUNBEACON_SMTP_HOST", "localhost"))
    smtp_port: int = Field(default_factory=lambda: int(os.environ.get("RUNBEACON_SMTP_PORT", "465")))
    username: Optional[str] = Field(default_factory=lambda: os.environ.get("RUNBEACON_SMTP_USERNAME"))
    password: Optional[SecretStr] = Field(default_factory=lambda: os.environ.get("RUNBEACON_SMTP_PASSWORD"))
    use_starttls: bool = True


class EmailNotification(Block):
    _block_type_slug = "email-notification"
    email_to: list[str]
    email_from: str = Field(default_factory=lambda: os.environ.get("RUNBEACON_NOTIFY_EMAIL_FROM", "runbeacon@localhost"))
    server: EmailServerCredentials = Field(default_factory=EmailServerCredentials)

    async def notify(self, body: str, subject: Optional[str] = None) -> None:
        msg = EmailMessage()
        msg["From"] = self.email_from
        msg["To"] = ", ".join(self.email_to)
        msg["Subject"] = subject or "Runbeacon notification"
        msg.set_content(body)
        await aiosmtplib.send(
            msg, hostname=self.server.smtp_server, port=self.server.smtp_port,
            username=self.server.username,
            password=self.server.password.get_secret_value() if self.server.password else None,
            start_tls=self.server.use_starttls,
        )
