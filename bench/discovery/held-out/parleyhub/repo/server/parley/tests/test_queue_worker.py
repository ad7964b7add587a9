from typing import Any, Dict, List
from unittest import mock

from django.core import mail
from django.test import TestCase, override_settings

from parley.worker.email_senders import EmailSendingWorker
from parley.worker.missedmessage_mobile_notifications import PushNotificationsWorker


@override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend", USING_RABBITMQ=False)
class WorkerTest(TestCase):
    def test_email_sending_worker(self) -> None:
        worker = EmailSendingWorker()
        with mock.patch("parley.lib.send_email.render_to_string", return_value="x"):
            worker.consume({"template_prefix": "parley/emails/test", "to_emails": ["iago@parleyhub.test"], "context": {}})
        self.assertEqual(len(mail.outbox), 1)

    @override_settings(PUSH_NOTIFICATION_BOUNCER_URL="https://push.example.invalid")
    def test_push_worker_calls_bouncer(self) -> None:
        with mock.patch("parley.lib.push_notifications.send_json_to_push_bouncer", return_value={}) as m:
            PushNotificationsWorker().consume({"user_profile_id": 5, "message_id": 1, "type": "add"})
        m.assert_called_once()
