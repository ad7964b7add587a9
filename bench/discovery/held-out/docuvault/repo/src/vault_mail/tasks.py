import logging

from celery import shared_task

from vault_mail.mail import MailAccountHandler, MailError
from vault_mail.models import MailAccount

logger = logging.getLogger("docuvault.mail.tasks")


@shared_task
def process_mail_accounts(account_ids: list[int] | None = None) -> str:
    total_new_documents = 0
    accounts = MailAccount.objects.filter(pk__in=account_ids) if account_ids else MailAccount.objects.all()
    for account in accounts:
        if not account.rules.filter(enabled=True).exists():
            continue
        try:
            total_new_documents += MailAccountHandler().handle_mail_account(account)
        except MailError as e:
            logger.error(f"Error while processing mail account {account}: {e}")
    if total_new_documents > 0:
        return f"Added {total_new_documents} document(s)."
    return "No new documents were added."
