from typing import Any

from synapse.config._base import Config, ConfigError


class EmailConfig(Config):
    section = "email"

    def read_config(self, config: Any, **kwargs: Any) -> None:
        email_config = config.get("email") or {}
        self.email_smtp_host = email_config.get("smtp_host", "localhost")
        self.email_smtp_port = email_config.get("smtp_port", 25)
        self.email_smtp_user = email_config.get("smtp_user", None)
        self.email_smtp_pass = email_config.get("smtp_pass", None)
        self.require_transport_security = email_config.get("require_transport_security", False)
        self.email_notif_from = email_config.get("notif_from", None)
        self.email_enable_notifs = email_config.get("enable_notifs", False)
        if self.email_enable_notifs and not self.email_notif_from:
            raise ConfigError("email.notif_from is required when enable_notifs is set")
