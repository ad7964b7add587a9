"""
Runs against the greenmail container from docker/compose/docker-compose.ci-test.yml.
"""
import os

import pytest

from vault_mail.mail import get_mailbox, mailbox_login
from vault_mail.models import MailAccount


@pytest.mark.skipif("DOCUVAULT_TEST_MAIL_HOST" not in os.environ, reason="no greenmail")
@pytest.mark.django_db
def test_live_login():
    account = MailAccount(
        name="greenmail",
        imap_server=os.environ.get("DOCUVAULT_TEST_MAIL_HOST", "localhost"),
        imap_port=3143,
        imap_security=MailAccount.ImapSecurity.NONE,
        username="test@localhost",
        password="changeme",
    )
    with get_mailbox(account.imap_server, account.imap_port, account.imap_security) as M:
        mailbox_login(M, account)
