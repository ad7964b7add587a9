from collections import defaultdict
from typing import Any, Dict, List, Tuple

from django.db import connection

from parley.worker.base import LoopQueueProcessingWorker, assign_queue


@assign_queue("user_activity")
class UserActivityWorker(LoopQueueProcessingWorker):
    """Aggregates user activity rows and upserts them in one statement."""

    def consume_batch(self, events: List[Dict[str, Any]]) -> None:
        uncommitted: Dict[Tuple[int, int, str], Tuple[int, float]] = defaultdict(lambda: (0, 0.0))
        for event in events:
            key = (event["user_profile_id"], event["client_id"], event["query"])
            count, last_time = uncommitted[key]
            uncommitted[key] = (count + 1, max(last_time, event["time"]))
        with connection.cursor() as cursor:
            for (user_id, client_id, query), (count, last_time) in uncommitted.items():
                cursor.execute(
                    """
                    INSERT INTO parley_useractivity (user_profile_id, client_id, query, count, last_visit)
                    VALUES (%s, %s, %s, %s, to_timestamp(%s))
                    ON CONFLICT (user_profile_id, client_id, query) DO UPDATE SET
                        count = parley_useractivity.count + EXCLUDED.count,
                        last_visit = greatest(EXCLUDED.last_visit, parley_useractivity.last_visit)
                    """,
                    [user_id, client_id, query, count, last_time],
                )
