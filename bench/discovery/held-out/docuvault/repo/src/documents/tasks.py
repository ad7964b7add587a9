import logging
import shutil
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from documents.caching import clear_document_caches, set_classifier_version
from documents.consumer import ConsumableDocument, ConsumerPlugin, DocumentMetadataOverrides
from documents.models import Document, Workflow
from documents.plugins.helpers import DocumentsStatusManager, ProgressManager, ProgressStatusOptions

logger = logging.getLogger("docuvault.tasks")


@shared_task(bind=True)
def consume_file(self, input_doc: dict, overrides: dict | None = None):
    doc = ConsumableDocument(**input_doc)
    overrides_obj = DocumentMetadataOverrides(**(overrides or {}))
    return ConsumerPlugin(doc, overrides_obj, self.request.id).run()


@shared_task
def train_classifier():
    count = Document.objects.filter(tags__isnull=False).count()
    logger.info(f"Training classifier on {count} documents")
    set_classifier_version(timezone.now().isoformat(), f"{count:08x}")


@shared_task
def index_optimize():
    logger.info(f"Optimizing index at {settings.INDEX_DIR}")


@shared_task
def sanity_check():
    missing = [d.pk for d in Document.objects.all() if not (settings.ORIGINALS_DIR / (d.filename or "")).exists()]
    if missing:
        logger.warning(f"Sanity check: {len(missing)} originals missing")
    return f"{len(missing)} issues"


@shared_task
def empty_trash(doc_ids=None):
    cutoff = timezone.now() - timedelta(days=30)
    qs = Document.objects.filter(deleted_at__lt=cutoff) if doc_ids is None else Document.objects.filter(pk__in=doc_ids)
    deleted = list(qs.values_list("pk", flat=True))
    for pk in deleted:
        clear_document_caches(pk)
    qs.delete()
    with DocumentsStatusManager() as mgr:
        mgr.send_documents_deleted(deleted)


@shared_task
def check_scheduled_workflows():
    from documents.signals.handlers import run_workflows

    for workflow in Workflow.objects.filter(enabled=True):
        for document in Document.objects.filter(deleted_at__isnull=True)[:100]:
            run_workflows(workflow, document)


@shared_task
def bulk_update_documents(document_ids):
    status_mgr = ProgressManager(task_id="bulk_update")
    for i, pk in enumerate(document_ids):
        clear_document_caches(pk)
        status_mgr.send_progress(ProgressStatusOptions.WORKING, "bulk_update", i, len(document_ids))


@shared_task
def remove_scratch():
    shutil.rmtree(settings.SCRATCH_DIR, ignore_errors=True)
