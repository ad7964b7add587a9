import json

from django.conf import settings
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from posthog.clickhouse.client import sync_execute
from posthog.storage import object_storage

RECORDING_METADATA_SQL = """
SELECT session_id, min(min_first_timestamp), max(max_last_timestamp), sum(click_count)
FROM session_replay_events WHERE team_id = %(team_id)s AND session_id = %(session_id)s
GROUP BY session_id
"""


class SessionRecordingViewSet(viewsets.ViewSet):
    def retrieve(self, request: Request, team_id: int, pk=None) -> Response:
        rows = sync_execute(RECORDING_METADATA_SQL, {"team_id": team_id, "session_id": pk})
        return Response({"id": pk, "metadata": rows[0] if rows else None})

    @action(methods=["GET"], detail=True)
    def snapshots(self, request: Request, team_id: int, pk=None) -> Response:
        prefix = f"{settings.OBJECT_STORAGE_SESSION_RECORDING_BLOB_INGESTION_FOLDER}/team_id/{team_id}/session_id/{pk}/data"
        blob_keys = object_storage.list_objects(prefix)
        if request.GET.get("blob_key"):
            content = object_storage.read(f"{prefix}/{request.GET['blob_key']}")
            return Response([json.loads(line) for line in (content or "").splitlines()])
        return Response({"sources": [{"source": "blob", "blob_key": k.rsplit("/", 1)[-1]} for k in blob_keys]})
