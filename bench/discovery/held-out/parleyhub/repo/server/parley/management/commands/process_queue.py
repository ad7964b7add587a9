import logging
import signal
import sys
import threading
from types import FrameType
from typing import Any, Optional

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from parley.worker.base import get_active_worker_queues, get_worker


class Command(BaseCommand):
    help = "Runs a queue processing worker (one per supervisor program)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--queue_name", metavar="<queue name>", help="queue to process")
        parser.add_argument("--worker_num", metavar="<worker number>", type=int, default=0)
        parser.add_argument("--all", action="store_true", help="run all queues")
        parser.add_argument("--multi_threaded", nargs="+", default=[])

    def handle(self, *args: Any, **options: Any) -> None:
        logging.basicConfig()
        logger = logging.getLogger("process_queue")
        if not settings.USING_RABBITMQ:
            raise CommandError("Not using RabbitMQ, queue workers will not be started")

        if options["all"]:
            queues = get_active_worker_queues()
            for queue_name in queues:
                threading.Thread(target=self.run_one, args=(queue_name, 0), daemon=True).start()
            signal.pause()
            return

        queue_name = options["queue_name"]
        if queue_name is None:
            raise CommandError("--queue_name or --all is required")
        logger.info("Worker %d connecting to queue %s", options["worker_num"], queue_name)
        self.run_one(queue_name, options["worker_num"])

    def run_one(self, queue_name: str, worker_num: int) -> None:
        worker = get_worker(queue_name, worker_num=worker_num)

        def signal_handler(signal: int, frame: Optional[FrameType]) -> None:
            worker.stop()
            sys.exit(0)

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, signal_handler)
            signal.signal(signal.SIGINT, signal_handler)
        worker.setup()
        worker.start()
