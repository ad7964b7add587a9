import logging
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape
from nameko.extensions import DependencyProvider

log = logging.getLogger(__name__)


def _as_bool(value):
    return str(value).lower() in ("1", "true", "yes", "on")


class MailerWrapper:

    def __init__(self, settings, templates):
        self.settings = settings
        self.templates = templates

    def send(self, to_address, subject, template, **context):
        body = self.templates.get_template(template).render(**context)

        message = EmailMessage()
        message["From"] = self.settings["from_address"]
        message["To"] = to_address
        message["Subject"] = subject
        message.set_content(body)

        with smtplib.SMTP(
            self.settings["host"], int(self.settings["port"]), timeout=10
        ) as smtp:
            if _as_bool(self.settings.get("use_tls")):
                smtp.starttls()
            if self.settings.get("username"):
                smtp.login(self.settings["username"], self.settings["password"])
            smtp.send_message(message)
        log.info("sent %s to %s", template, to_address)


class Mailer(DependencyProvider):
    """Sends plain-text mail through the configured SMTP relay."""

    def setup(self):
        self.settings = self.container.config["SMTP"]
        self.templates = Environment(
            loader=PackageLoader("notifications", "templates"),
            autoescape=select_autoescape(default=False),
        )

    def get_dependency(self, worker_ctx):
        return MailerWrapper(self.settings, self.templates)
