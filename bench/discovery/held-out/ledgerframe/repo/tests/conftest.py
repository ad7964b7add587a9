import os
import subprocess

import pytest


@pytest.fixture(scope="session")
def compose():
    files = ["-f", "pwd.yml"]
    yield ["docker", "compose", "-p", "test", *files]
    subprocess.run(["docker", "compose", "-p", "test", *files, "down", "-v"], check=False)


@pytest.fixture
def fake_smtp():
    """Local SMTP sink used only by tests (aiosmtpd on 127.0.0.1:2525)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink

    controller = Controller(Sink(), hostname="127.0.0.1", port=2525)
    controller.start()
    yield ("127.0.0.1", 2525)
    controller.stop()
