import asyncio
import logging
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from tornado import httpserver

from parley.tornado.application import create_tornado_application
from parley.tornado.event_queue import setup_event_queue

settings.RUNNING_INSIDE_TORNADO = True


class Command(BaseCommand):
    help = "Starts a Tornado Web server wrapping Django."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", help="[address:]port to listen on")

    def handle(self, addrport: str, **options: Any) -> None:
        addr, _, port_str = addrport.rpartition(":")
        port = int(port_str)
        addr = addr or "127.0.0.1"

        async def inner_run() -> None:
            app = create_tornado_application()
            http_server = httpserver.HTTPServer(app, xheaders=True)
            http_server.listen(port, address=addr)
            setup_event_queue(http_server, port)
            logging.info("Tornado server (re)started on port %d", port)
            await asyncio.Event().wait()

        asyncio.run(inner_run())
