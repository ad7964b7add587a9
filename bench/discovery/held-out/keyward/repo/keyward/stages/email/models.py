"""email stage models"""

from os import R_OK, access
from pathlib import Path

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import models
from django.utils.translation import gettext as _
from rest_framework.serializers import BaseSerializer
from structlog.stdlib import get_logger

from keyward.flows.models import Stage
from keyward.lib.config import CONFIG

LOGGER = get_logger()


class EmailTemplates(models.TextChoices):
    """Templates used for rendering the Email"""

    PASSWORD_RESET = ("email/password_reset.html", _("Password Reset"))
    ACCOUNT_CONFIRM = ("email/account_confirmation.html", _("Account Confirmation"))
    EVENT_NOTIFICATION = ("email/event_notification.html", _("Event Notification"))
    SETUP = ("email/setup.html", _("Email Setup"))


class EmailStage(Stage):
    """Sends an Email to the user with a token to confirm their Email address."""

    use_global_settings = models.BooleanField(
        default=False,
        help_text=_(
            "When enabled, global Email connection settings will be used and "
            "connection settings below will be ignored."
        ),
    )

    host = models.TextField(default="localhost")
    port = models.IntegerField(default=25)
    username = models.TextField(default="", blank=True)
    password = models.TextField(default="", blank=True)
    use_tls = models.BooleanField(default=False)
    use_ssl = models.BooleanField(default=False)
    timeout = models.IntegerField(default=10)
    from_address = models.EmailField(default="system@keyward.local")

    token_expiry = models.IntegerField(default=30)
    subject = models.TextField(default="keyward")
    template = models.TextField(default=EmailTemplates.PASSWORD_RESET)
    activate_user_on_success = models.BooleanField(default=False)

    @property
    def serializer(self) -> type[BaseSerializer]:
        from keyward.stages.email.api import EmailStageSerializer

        return EmailStageSerializer

    @property
    def view(self):
        from keyward.stages.email.stage import EmailStageView

        return EmailStageView

    @property
    def component(self) -> str:
        return "ak-stage-email-form"

    @property
    def backend_class(self) -> type[BaseEmailBackend]:
        """Get the email backend class to use"""
        return EmailBackend

    @property
    def backend(self) -> BaseEmailBackend:
        """Get fully configured Email Backend instance"""
        if self.use_global_settings:
            CONFIG.refresh("email.password")
            return self.backend_class(
                host=CONFIG.get("email.host"),
                port=CONFIG.get_int("email.port"),
                username=CONFIG.get("email.username"),
                password=CONFIG.get("email.password"),
                use_tls=CONFIG.get_bool("email.use_tls", False),
                use_ssl=CONFIG.get_bool("email.use_ssl", False),
                timeout=CONFIG.get_int("email.timeout"),
            )
        return self.backend_class(
            host=self.host,
            port=self.port,
            username=self.username,
            password=self.password,
            use_tls=self.use_tls,
            use_ssl=self.use_ssl,
            timeout=self.timeout,
        )

    def __str__(self):
        return f"Email Stage {self.name}"

    class Meta:
        verbose_name = _("Email Stage")
        verbose_name_plural = _("Email Stages")


from django.core.mail.backends.smtp import EmailBackend  # noqa: E402
