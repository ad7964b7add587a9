"""Thin wrappers over the Tika server and Gotenberg HTTP APIs."""
from __future__ import annotations

from pathlib import Path

import httpx


class TikaClient:
    def __init__(self, base_url: str, timeout: float = 30.0):
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._client.close()

    def parse_file(self, path: Path, mime_type: str) -> dict:
        with path.open("rb") as f:
            resp = self._client.put(
                "/tika/text",
                content=f.read(),
                headers={"Content-Type": mime_type, "Accept": "application/json"},
            )
        resp.raise_for_status()
        return resp.json()


class GotenbergClient:
    def __init__(self, base_url: str, timeout: float = 60.0):
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._client.close()

    def libreoffice_convert(self, path: Path, pdfa: str | None = None) -> bytes:
        data = {"pdfa": pdfa} if pdfa else {}
        with path.open("rb") as f:
            resp = self._client.post(
                "/forms/libreoffice/convert",
                files={"files": (path.name, f)},
                data=data,
            )
        resp.raise_for_status()
        return resp.content

    def chromium_html(self, html: bytes, css: bytes | None = None) -> bytes:
        files = {"files": ("index.html", html, "text/html")}
        if css:
            files["styles"] = ("output.css", css, "text/css")
        resp = self._client.post("/forms/chromium/convert/html", files=files, data={"marginTop": "0.1"})
        resp.raise_for_status()
        return resp.content
