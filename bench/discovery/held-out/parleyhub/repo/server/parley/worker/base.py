import logging
import time
from abc import ABC, abstractmethod
from collections import deque
from typing import Any, Callable, Deque, Dict, List, Mapping, Optional, Type, TypeVar

from django.db import connection

from parley.lib.queue import QueueClient, queue_json_publish

logger = logging.getLogger(__name__)

worker_classes: Dict[str, Type["QueueProcessingWorker"]] = {}
ConcreteQueueWorker = TypeVar("ConcreteQueueWorker", bound="QueueProcessingWorker")


def assign_queue(queue_name: str, enabled: bool = True) -> Callable[[Type[ConcreteQueueWorker]], Type[ConcreteQueueWorker]]:
    def decorate(clazz: Type[ConcreteQueueWorker]) -> Type[ConcreteQueueWorker]:
        clazz.queue_name = queue_name
        if enabled:
            worker_classes[queue_name] = clazz
        return clazz

    return decorate


def get_worker(queue_name: str, worker_num: int = 0) -> "QueueProcessingWorker":
    import parley.worker  # noqa: F401  -- registers all workers

    return worker_classes[queue_name](worker_num)


def get_active_worker_queues() -> List[str]:
    import parley.worker  # noqa: F401

    return list(worker_classes.keys())


class QueueProcessingWorker(ABC):
    queue_name: str
    MAX_CONSUME_SECONDS: Optional[int] = 30
    CONSUME_ITERATIONS_BEFORE_UPDATE_STATS_NUM = 50

    def __init__(self, worker_num: int = 0) -> None:
        self.q: Optional[QueueClient] = None
        self.worker_num = worker_num
        self.consumed_since_last_emptied = 0
        self.recent_consume_times: Deque[float] = deque(maxlen=50)

    def setup(self) -> None:
        self.q = QueueClient(prefetch=100)

    def start(self) -> None:
        assert self.q is not None
        self.q.start_json_consumer(self.queue_name, lambda events: [self.consume_single_event(e) for e in events])

    def consume_single_event(self, event: Dict[str, Any]) -> None:
        start = time.time()
        try:
            self.consume(event)
        except Exception:
            logger.exception("Problem handling data on queue %s", self.queue_name)
            queue_json_publish(f"{self.queue_name}_errors", event)
        finally:
            connection.close_if_unusable_or_obsolete()
            self.recent_consume_times.append(time.time() - start)

    @abstractmethod
    def consume(self, event: Dict[str, Any]) -> None:
        ...

    def stop(self) -> None:
        if self.q is not None and self.q.channel is not None:
            self.q.channel.stop_consuming()


class LoopQueueProcessingWorker(QueueProcessingWorker):
    batch_size = 100

    def start(self) -> None:
        assert self.q is not None
        self.q.start_json_consumer(self.queue_name, self.consume_batch, batch_size=self.batch_size)

    def consume(self, event: Dict[str, Any]) -> None:
        self.consume_batch([event])

    @abstractmethod
    def consume_batch(self, events: List[Dict[str, Any]]) -> None:
        ...
