from tests.unittest import HomeserverTestCase


class EmailPusherTests(HomeserverTestCase):
    def default_config(self):
        config = super().default_config()
        config["email"] = {
            "enable_notifs": True,
            "template_dir": "synapse/res/templates",
            "notif_from": "test@example.com",
            "smtp_host": "127.0.0.1",
            "smtp_port": 20,
            "require_transport_security": False,
        }
        return config

    def test_simple_sends_email(self) -> None:
        self.assertTrue(self.default_config()["email"]["enable_notifs"])
