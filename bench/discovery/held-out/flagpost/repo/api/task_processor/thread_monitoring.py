import threading
import time
import logging

from django.db import close_old_connections

from task_processor.processor import run_tasks

logger = logging.getLogger(__name__)


class TaskRunner(threading.Thread):
    def __init__(self, sleep_interval_millis: int = 2000, queue_pop_size: int = 1):
        super().__init__(daemon=True)
        self.sleep_interval_millis = sleep_interval_millis
        self.queue_pop_size = queue_pop_size
        self._stopped = False

    def run(self) -> None:
        while not self._stopped:
            self.last_checked_for_tasks = time.time()
            try:
                run_tasks(self.queue_pop_size)
            except Exception as e:
                logger.exception("Received exception retrieving tasks: %s", e)
            finally:
                close_old_connections()
            time.sleep(self.sleep_interval_millis / 1000)

    def stop(self):
        self._stopped = True
