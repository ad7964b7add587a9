"""
Live tests; need `scripts/start_services.sh` (tika on :9998, gotenberg on :3000).
Skipped in CI unless DOCUVAULT_CI_TEST is set.
"""
import os
from pathlib import Path

import pytest

from vault_tika.client import GotenbergClient, TikaClient

SAMPLES = Path(__file__).parent / "samples"


@pytest.mark.skipif("DOCUVAULT_CI_TEST" not in os.environ, reason="No tika server")
def test_tika_text():
    with TikaClient("http://localhost:9998") as client:
        assert client.parse_file(SAMPLES / "sample.docx", "application/msword")


@pytest.mark.skipif("DOCUVAULT_CI_TEST" not in os.environ, reason="No gotenberg")
def test_gotenberg_convert():
    with GotenbergClient("http://localhost:3000") as client:
        assert client.libreoffice_convert(SAMPLES / "sample.odt").startswith(b"%PDF")
