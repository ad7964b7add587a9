"""
Parser registry. Apps register parsers through the `document_consumer_declaration`
signal; the consumer picks the best parser for a mime type.
"""
from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from django.conf import settings
from django.dispatch import Signal

logger = logging.getLogger("docuvault.parsing")

document_consumer_declaration = Signal()


class ParseError(Exception):
    pass


class DocumentParser:
    logging_name = "docuvault.parsing"

    def __init__(self, logging_group=None, progress_callback=None):
        self.logging_group = logging_group
        self.progress_callback = progress_callback
        settings.SCRATCH_DIR.mkdir(parents=True, exist_ok=True)
        self.tempdir = Path(settings.SCRATCH_DIR)
        self.archive_path: Path | None = None
        self.text: str | None = None
        self.date = None

    def progress(self, current, maximum):
        if self.progress_callback:
            self.progress_callback(current, maximum)

    def parse(self, document_path: Path, mime_type: str, file_name=None):
        raise NotImplementedError

    def get_text(self):
        return self.text

    def get_archive_path(self):
        return self.archive_path

    def get_date(self):
        return self.date

    def cleanup(self):
        pass


def get_parser_class_for_mime_type(mime_type: str):
    options = []
    for _, response in document_consumer_declaration.send(None):
        if mime_type in response["mime_types"]:
            options.append(response)
    if not options:
        return None
    return sorted(options, key=lambda p: p["weight"], reverse=True)[0]["parser"]


def get_default_file_extension(mime_type: str) -> str:
    ext = mimetypes.guess_extension(mime_type)
    return ext or ""
