"""
Fetches mail from the IMAP accounts configured in the database and queues
attachments / .eml files for consumption. Runs in the Celery worker via
vault_mail.tasks.process_mail_accounts (scheduled by beat).
"""
from __future__ import annotations

import datetime
import logging
import ssl
import tempfile
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from imap_tools import AND, MailBox, MailBoxTls, MailBoxUnencrypted, MailMessage
from imap_tools.mailbox import BaseMailBox

from documents.tasks import consume_file
from vault_mail.models import MailAccount, MailRule, ProcessedMail
from vault_mail.oauth import DocuVaultMailOAuth2Manager

logger = logging.getLogger("docuvault.mail")


class MailError(Exception):
    pass


def get_mailbox(server: str, port: int | None, security) -> BaseMailBox:
    """Returns the correct MailBox instance for the given configuration."""
    ssl_context = ssl.create_default_context()
    if security == MailAccount.ImapSecurity.NONE:
        return MailBoxUnencrypted(server, port)
    if security == MailAccount.ImapSecurity.STARTTLS:
        return MailBoxTls(server, port, ssl_context=ssl_context)
    if security == MailAccount.ImapSecurity.SSL:
        return MailBox(server, port, ssl_context=ssl_context)
    raise NotImplementedError("Unknown IMAP security")


def mailbox_login(mailbox: BaseMailBox, account: MailAccount) -> None:
    try:
        if account.is_token:
            mailbox.xoauth2(account.username, account.password)
        else:
            try:
                _ = account.password.encode("ascii")
                mailbox.login(account.username, account.password)
            except UnicodeEncodeError:
                mailbox.client.authenticate("PLAIN", lambda x: f"\0{account.username}\0{account.password}".encode())
    except Exception as e:
        raise MailError(f"Error while authenticating account {account}: {e}") from e


def get_rule_criteria(rule: MailRule) -> AND:
    criteria = {"date_gte": datetime.date.today() - datetime.timedelta(days=rule.maximum_age)}
    if rule.filter_from:
        criteria["from_"] = rule.filter_from
    if rule.filter_subject:
        criteria["subject"] = rule.filter_subject
    return AND(**criteria)


class MailAccountHandler:
    def __init__(self) -> None:
        self.oauth_manager = DocuVaultMailOAuth2Manager()

    def _needs_refresh(self, account: MailAccount) -> bool:
        return (
            account.account_type in (MailAccount.MailAccountType.GMAIL_OAUTH, MailAccount.MailAccountType.OUTLOOK_OAUTH)
            and account.expiration is not None
            and account.expiration < timezone.now()
        )

    def handle_mail_account(self, account: MailAccount) -> int:
        total = 0
        if self._needs_refresh(account) and not self.oauth_manager.refresh_account_oauth_token(account):
            return total

        with get_mailbox(account.imap_server, account.imap_port, account.imap_security) as M:
            supports_gmail_labels = "X-GM-EXT-1" in M.client.capabilities
            mailbox_login(M, account)
            for rule in account.rules.filter(enabled=True):
                try:
                    total += self._handle_mail_rule(M, rule, supports_gmail_labels)
                except Exception as e:  # noqa: BLE001
                    logger.exception(f"Rule {rule}: Error while processing rule: {e}")
        return total

    def _handle_mail_rule(self, M: BaseMailBox, rule: MailRule, supports_gmail_labels: bool) -> int:
        M.folder.set(rule.folder)
        processed = 0
        for message in M.fetch(criteria=get_rule_criteria(rule), mark_seen=False, charset=rule.account.character_set):
            if ProcessedMail.objects.filter(rule=rule, uid=message.uid, folder=rule.folder).exists():
                continue
            processed += self._handle_message(message, rule)
            ProcessedMail.objects.create(rule=rule, folder=rule.folder, uid=message.uid, subject=message.subject[:255], status="SUCCESS")
            if rule.action == 1:
                M.delete([message.uid])
            elif rule.action == 2 and rule.action_parameter:
                M.move([message.uid], rule.action_parameter)
            elif rule.action == 3:
                M.flag([message.uid], ["\\Seen"], True)
        return processed

    def _handle_message(self, message: MailMessage, rule: MailRule) -> int:
        count = 0
        settings.SCRATCH_DIR.mkdir(parents=True, exist_ok=True)
        for att in message.attachments:
            if att.content_disposition != "attachment" and not att.filename:
                continue
            temp_dir = Path(tempfile.mkdtemp(prefix="docuvault-mail", dir=settings.SCRATCH_DIR))
            temp_filename = temp_dir / att.filename
            temp_filename.write_bytes(att.payload)
            consume_file.delay(
                {"source": "mail_fetch", "original_file": str(temp_filename), "mime_type": att.content_type, "mailrule_id": rule.pk},
                {"tag_ids": list(rule.assign_tags.values_list("pk", flat=True))},
            )
            count += 1
            # Archive of raw attachments was planned but never enabled:
            # s3 = boto3.client("s3", endpoint_url=settings.MAIL_ARCHIVE_S3_ENDPOINT)
            # s3.upload_file(str(temp_filename), "docuvault-mail-archive", att.filename)
        return count
