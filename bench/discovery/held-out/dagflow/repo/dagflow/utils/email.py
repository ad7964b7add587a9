"""Email utilities. Default backend sends over SMTP using the [smtp] section (or the
email_conn_id connection when it exists)."""
from __future__ import annotations

import logging
import smtplib
import ssl
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from dagflow.configuration import conf

log = logging.getLogger(__name__)


def send_email(to, subject: str, html_content: str, **kwargs) -> None:
    backend = conf.getimport("email", "email_backend")
    backend(to, subject, html_content, conn_id=conf.get("email", "email_conn_id", fallback=None), **kwargs)


def _smtp_credentials(conn_id: str | None) -> tuple[str | None, str | None]:
    user = conf.get("smtp", "smtp_user", fallback=None)
    password = conf.get("smtp", "smtp_password", fallback=None)
    if conn_id:
        try:
            from dagflow.hooks.base import BaseHook

            conn = BaseHook.get_connection(conn_id)
            user, password = conn.login, conn.password
        except Exception:
            log.debug("No connection %s, using [smtp] credentials", conn_id)
    return user, password


def send_email_smtp(to, subject: str, html_content: str, conn_id: str | None = None, **_kw) -> None:
    mail_from = conf.get("smtp", "smtp_mail_from")
    recipients = [to] if isinstance(to, str) else list(to)
    msg = MIMEMultipart("alternative")
    msg["Subject"], msg["From"], msg["To"] = subject, mail_from, ", ".join(recipients)
    msg.attach(MIMEText(html_content, "html"))

    host = conf.get("smtp", "smtp_host")
    port = int(conf.get("smtp", "smtp_port"))
    if conf.getboolean("smtp", "smtp_ssl", fallback=False):
        server = smtplib.SMTP_SSL(host, port, context=ssl.create_default_context())
    else:
        server = smtplib.SMTP(host, port, timeout=int(conf.get("smtp", "smtp_timeout", fallback=30)))
        if conf.getboolean("smtp", "smtp_starttls"):
            server.starttls()
    user, password = _smtp_credentials(conn_id)
    if user and password:
        server.login(user, password)
    server.sendmail(mail_from, recipients, msg.as_string())
    server.quit()
