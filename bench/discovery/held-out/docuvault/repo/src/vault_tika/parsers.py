from pathlib import Path

import dateutil.parser
from django.conf import settings

from documents.parsers import DocumentParser, ParseError
from vault_tika.client import GotenbergClient, TikaClient


class TikaDocumentParser(DocumentParser):
    """Office documents: text via Apache Tika, PDF archive version via Gotenberg."""

    logging_name = "docuvault.parsing.tika"

    def parse(self, document_path: Path, mime_type: str, file_name=None):
        try:
            with TikaClient(settings.TIKA_ENDPOINT, timeout=settings.CELERY_TASK_TIME_LIMIT) as client:
                parsed = client.parse_file(document_path, mime_type)
        except Exception as err:
            raise ParseError(f"Could not parse {document_path} with tika server at {settings.TIKA_ENDPOINT}: {err}") from err

        self.text = (parsed.get("X-TIKA:content") or "").strip()
        created = parsed.get("dcterms:created")
        if created:
            try:
                self.date = dateutil.parser.isoparse(created)
            except ValueError:
                self.date = None

        self.progress(50, 100)
        self.archive_path = self.convert_to_pdf(document_path, file_name)

    def convert_to_pdf(self, document_path: Path, file_name) -> Path:
        pdf_path = Path(self.tempdir) / "convert.pdf"
        pdfa = {"pdfa": "PDF/A-2b", "pdfa-1": "PDF/A-1a", "pdfa-3": "PDF/A-3b"}.get(
            getattr(settings, "OCR_OUTPUT_TYPE", "pdfa"), None,
        )
        try:
            with GotenbergClient(settings.TIKA_GOTENBERG_ENDPOINT, timeout=settings.CONVERT_TIMEOUT) as client:
                pdf_path.write_bytes(client.libreoffice_convert(document_path, pdfa))
        except Exception as err:
            raise ParseError(f"Error while converting document to PDF: {err}") from err
        return pdf_path
