import logging

import httpx
from django.conf import settings

from documents.mail import send_email
from documents.models import Document, Workflow, WorkflowAction

logger = logging.getLogger("docuvault.handlers")


def _document_url(document: Document) -> str:
    # DOCUVAULT_URL is this installation's own public address
    base = settings.DOCUVAULT_URL.rstrip("/")
    return f"{base}/documents/{document.pk}/"


def _send_webhook(url: str, data: dict, use_params: bool) -> None:
    # URL comes from the WorkflowAction row configured by the user in the UI
    try:
        if use_params:
            httpx.post(url, params=data, timeout=10)
        else:
            httpx.post(url, data=data, timeout=10)
    except httpx.HTTPError as e:
        logger.warning(f"Webhook to {url} failed: {e}")


def run_workflows(workflow: Workflow, document: Document) -> None:
    for action in workflow.actions.all():
        if action.type == WorkflowAction.Type.EMAIL:
            if not settings.EMAIL_ENABLED:
                logger.error("Email backend has not been configured, skipping workflow email action")
                continue
            body = action.email_body.replace("{doc_url}", _document_url(document))
            send_email(
                subject=action.email_subject.format(doc_title=document.title),
                body=body,
                to=[a.strip() for a in action.email_to.split(",") if a.strip()],
            )
        elif action.type == WorkflowAction.Type.WEBHOOK:
            _send_webhook(action.webhook_url, {"title": document.title, "doc_url": _document_url(document)}, action.webhook_use_params)


def run_workflows_added(sender, document: Document, **kwargs):
    for workflow in Workflow.objects.filter(enabled=True):
        run_workflows(workflow, document)


def run_workflows_updated(sender, document: Document, **kwargs):
    run_workflows_added(sender, document)
