from unittest import mock

import pytest
from django.core import mail

from planedeck.bgtasks.magic_link_code_task import magic_link


@pytest.mark.django_db
def test_magic_link_sends_email(settings):
    settings.EMAIL_HOST = "smtp.test.local"
    with mock.patch(
        "planedeck.bgtasks.magic_link_code_task.get_email_connection",
        return_value=mail.get_connection("django.core.mail.backends.locmem.EmailBackend"),
    ):
        magic_link("dev@example.com", "key", "123456", "http://localhost:3000")
    assert len(mail.outbox) == 1
    assert "123456" in mail.outbox[0].subject
