"""
The consumption pipeline. Runs inside the Celery worker as part of the
`consume_file` task: picks a parser, parses (which may call Tika/Gotenberg
for office files), stores the document and reports progress over the
channel layer.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from documents.caching import clear_document_caches
from documents.models import Correspondent, Document, Tag
from documents.parsers import ParseError, get_parser_class_for_mime_type
from documents.plugins.helpers import ProgressManager, ProgressStatusOptions
from documents.signals import document_consumption_finished, document_consumption_started


class ConsumerError(Exception):
    pass


class ConsumableDocument:
    def __init__(self, source: str, original_file: Path, mime_type: str, mailrule_id: int | None = None):
        self.source = source
        self.original_file = Path(original_file)
        self.mime_type = mime_type
        self.mailrule_id = mailrule_id


class DocumentMetadataOverrides:
    def __init__(self, title=None, correspondent_id=None, tag_ids=None, owner_id=None):
        self.title = title
        self.correspondent_id = correspondent_id
        self.tag_ids = tag_ids or []
        self.owner_id = owner_id


class ConsumerPlugin:
    def __init__(self, input_doc: ConsumableDocument, overrides: DocumentMetadataOverrides, task_id: str):
        self.input_doc = input_doc
        self.overrides = overrides
        self.task_id = task_id
        self.filename = self.overrides.title or self.input_doc.original_file.name
        self.status_mgr = ProgressManager(self.filename, self.task_id)

    def _send_progress(self, current, maximum, status, message):
        self.status_mgr.send_progress(status, message, current, maximum)

    def _fail(self, message: str):
        self._send_progress(100, 100, ProgressStatusOptions.FAILED, message)
        raise ConsumerError(message)

    def _checksum(self) -> str:
        return hashlib.md5(self.input_doc.original_file.read_bytes()).hexdigest()

    def run(self) -> str:
        self._send_progress(0, 100, ProgressStatusOptions.STARTED, "new_file")
        checksum = self._checksum()
        if Document.objects.filter(checksum=checksum).exists():
            if settings.CONSUMER_DELETE_DUPLICATES:
                self.input_doc.original_file.unlink(missing_ok=True)
            self._fail("document_already_exists")

        parser_class = get_parser_class_for_mime_type(self.input_doc.mime_type)
        if not parser_class:
            self._fail(f"unsupported_type: {self.input_doc.mime_type}")

        document_consumption_started.send(sender=self.__class__, filename=self.input_doc.original_file)

        def progress_callback(current, maximum):
            self._send_progress(current, maximum, ProgressStatusOptions.WORKING, "parsing")

        document_parser = parser_class(self.task_id, progress_callback)
        try:
            document_parser.parse(self.input_doc.original_file, self.input_doc.mime_type, self.filename)
            text = document_parser.get_text()
            archive_path = document_parser.get_archive_path()
        except ParseError as e:
            document_parser.cleanup()
            self._fail(f"parse_error: {e}")

        with transaction.atomic():
            document = Document.objects.create(
                title=self.overrides.title or self.input_doc.original_file.stem,
                content=text or "",
                mime_type=self.input_doc.mime_type,
                checksum=checksum,
                created=document_parser.get_date() or timezone.now(),
                owner_id=self.overrides.owner_id,
            )
            if self.overrides.correspondent_id:
                document.correspondent = Correspondent.objects.get(pk=self.overrides.correspondent_id)
            if self.overrides.tag_ids:
                document.tags.add(*Tag.objects.filter(pk__in=self.overrides.tag_ids))
            document.filename = f"{document.pk:07}{self.input_doc.original_file.suffix}"
            document.save()

            dest = settings.ORIGINALS_DIR / document.filename
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(self.input_doc.original_file, dest)
            if archive_path:
                settings.ARCHIVE_DIR.mkdir(parents=True, exist_ok=True)
                shutil.copy2(archive_path, settings.ARCHIVE_DIR / f"{document.pk:07}.pdf")

        document_parser.cleanup()
        clear_document_caches(document.pk)
        document_consumption_finished.send(sender=self.__class__, document=document)
        self._send_progress(
            100, 100, ProgressStatusOptions.SUCCESS, "finished",
        )
        return f"Success. New document id {document.pk} created"
