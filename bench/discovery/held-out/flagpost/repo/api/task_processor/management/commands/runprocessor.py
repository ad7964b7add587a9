import logging
import signal
import time

from django.core.management import BaseCommand

from task_processor.thread_monitoring import TaskRunner

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the Flagpost task processor, polling the task table in the database."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        signal.signal(signal.SIGINT, self._exit_gracefully)
        signal.signal(signal.SIGTERM, self._exit_gracefully)
        self._threads = []
        self._stop = False

    def add_arguments(self, parser):
        parser.add_argument("--numthreads", type=int, default=1)
        parser.add_argument("--sleepintervalms", type=int, default=2000)
        parser.add_argument("--graceperiodms", type=int, default=20000)
        parser.add_argument("--queuepopsize", type=int, default=1)

    def handle(self, *args, **options):
        # Importing the task modules registers the task handlers
        import environments.tasks  # noqa
        import features.tasks  # noqa
        import organisations.invites.tasks  # noqa
        import webhooks.webhooks  # noqa

        logger.info("Processor starting with %d threads", options["numthreads"])
        self._threads.extend(
            TaskRunner(sleep_interval_millis=options["sleepintervalms"], queue_pop_size=options["queuepopsize"])
            for _ in range(options["numthreads"])
        )
        for thread in self._threads:
            thread.start()
        while not self._stop:
            time.sleep(1)

    def _exit_gracefully(self, *args):
        self._stop = True
        for t in self._threads:
            t.stop()
