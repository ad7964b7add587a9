from __future__ import annotations

from typing import Any

from django.conf import settings

from tremor.utils import strata


class EventsDatasetStrataSearchBackend:
    dataset = "events"

    def __init__(self, **options: Any) -> None:
        self.options = {**settings.TREMOR_SEARCH_OPTIONS, **options}

    def query(self, project_ids: list[int], query: str = "", limit: int = 25) -> list[dict[str, Any]]:
        conditions = " AND ".join(filter(None, [f"project_id IN tuple({','.join(map(str, project_ids)) or '0'})",
                                                 _translate(query)]))
        snql = {
            "query": (
                "MATCH (events) SELECT group_id, count() AS times_seen, max(timestamp) AS last_seen "
                f"BY group_id WHERE {conditions} ORDER BY last_seen DESC LIMIT {int(limit)}"
            ),
            "tenant_ids": {"referrer": "search"},
        }
        result = strata.raw_query(self.dataset, snql, referrer="search.issues")
        return result.get("data", [])


def _translate(query: str) -> str:
    parts = []
    for token in query.split():
        if ":" in token:
            key, value = token.split(":", 1)
            parts.append(f"tags[{key}] = '{value}'")
    return " AND ".join(parts)
