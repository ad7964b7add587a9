from pathlib import Path

from django.conf import settings
from imap_tools import MailMessage

from documents.parsers import DocumentParser, ParseError
from vault_tika.client import GotenbergClient, TikaClient


class MailDocumentParser(DocumentParser):
    """.eml files: HTML parts text-extracted by Tika, rendered to PDF by Gotenberg's chromium route."""

    logging_name = "docuvault.parsing.mail"

    def parse(self, document_path: Path, mime_type: str, file_name=None):
        mail = MailMessage.from_bytes(document_path.read_bytes())
        text = [f"Subject: {mail.subject}", f"From: {mail.from_}", mail.text or ""]

        if mail.html and settings.TIKA_ENABLED:
            html_path = Path(self.tempdir) / "mail.html"
            html_path.write_text(mail.html)
            try:
                with TikaClient(settings.TIKA_ENDPOINT) as tika:
                    text.append(tika.parse_file(html_path, "text/html").get("X-TIKA:content", ""))
            except Exception as err:
                raise ParseError(f"Could not parse mail html with tika: {err}") from err

        self.text = "\n".join(t for t in text if t).strip()
        self.date = mail.date

        if settings.TIKA_ENABLED:
            html = mail.html.encode() if mail.html else f"<pre>{mail.text}</pre>".encode()
            pdf_path = Path(self.tempdir) / "mail.pdf"
            with GotenbergClient(settings.TIKA_GOTENBERG_ENDPOINT, timeout=settings.CONVERT_TIMEOUT) as gotenberg:
                pdf_path.write_bytes(gotenberg.chromium_html(html))
            self.archive_path = pdf_path
