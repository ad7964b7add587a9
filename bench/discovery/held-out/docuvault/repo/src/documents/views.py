import logging
import tempfile
from pathlib import Path

import httpx
from django.conf import settings
from django.db import connection
from django_celery_results.models import TaskResult
from redis import Redis
from rest_framework import serializers, status
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ModelViewSet, ReadOnlyModelViewSet

from docuvault.celery import app as celery_app
from documents import bulk_edit
from documents.caching import get_metadata_cache, get_suggestion_cache, set_metadata_cache
from documents.mail import send_email
from documents.models import Document
from documents.tasks import consume_file

logger = logging.getLogger("docuvault.api")


class DocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = ["id", "title", "content", "mime_type", "created", "added", "tags", "correspondent"]


class DocumentViewSet(ModelViewSet):
    queryset = Document.objects.filter(deleted_at__isnull=True)
    serializer_class = DocumentSerializer
    permission_classes = [IsAuthenticated]

    def metadata(self, request, pk=None):
        cached = get_metadata_cache(int(pk))
        if cached:
            return Response(cached)
        doc = self.get_object()
        meta = {"original_size": (settings.ORIGINALS_DIR / (doc.filename or "")).stat().st_size}
        set_metadata_cache(doc.pk, meta)
        return Response(meta)

    def suggestions(self, request, pk=None):
        return Response(get_suggestion_cache(int(pk)) or {})

    def email(self, request, pk=None):
        doc = self.get_object()
        send_email(
            subject=request.data.get("subject", doc.title),
            body=request.data.get("message", ""),
            to=request.data.get("addresses", "").split(","),
            attachments=[settings.ORIGINALS_DIR / doc.filename],
        )
        return Response({"message": "Email sent"})


class PostDocumentView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        upload = request.FILES["document"]
        settings.SCRATCH_DIR.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=settings.SCRATCH_DIR, suffix=Path(upload.name).suffix, delete=False) as f:
            for chunk in upload.chunks():
                f.write(chunk)
        async_task = consume_file.delay(
            {"source": "api_upload", "original_file": f.name, "mime_type": upload.content_type},
            {"title": request.data.get("title"), "owner_id": request.user.pk},
        )
        return Response(async_task.id)


class BulkEditView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        method = getattr(bulk_edit, request.data["method"])
        result = method(request.data["documents"], **request.data.get("parameters", {}))
        return Response({"result": result})


class TaskSerializer(serializers.ModelSerializer):
    class Meta:
        model = TaskResult
        fields = ["task_id", "task_name", "status", "result", "date_created", "date_done"]


class TasksViewSet(ReadOnlyModelViewSet):
    # results are written by the worker via the django-db result backend
    serializer_class = TaskSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return TaskResult.objects.order_by("-date_created")[:200]


class SystemStatusView(APIView):
    """Health overview shown in the admin settings screen."""

    permission_classes = [IsAdminUser]

    def _probe(self, url: str) -> str:
        try:
            httpx.get(url, timeout=3).raise_for_status()
            return "OK"
        except Exception as e:  # noqa: BLE001
            return f"ERROR: {e}"

    def get(self, request, format=None):
        try:
            connection.ensure_connection()
            db_status = "OK"
        except Exception as e:  # noqa: BLE001
            db_status = f"ERROR: {e}"

        try:
            Redis.from_url(settings.CELERY_BROKER_URL).ping()
            redis_status = "OK"
        except Exception as e:  # noqa: BLE001
            redis_status = f"ERROR: {e}"

        try:
            celery_ping = celery_app.control.inspect().ping()
            celery_status = "OK" if celery_ping else "ERROR"
        except Exception as e:  # noqa: BLE001
            celery_status = f"ERROR: {e}"

        tika_status = gotenberg_status = "DISABLED"
        if settings.TIKA_ENABLED:
            tika_status = self._probe(f"{settings.TIKA_ENDPOINT.rstrip('/')}/version")
            gotenberg_status = self._probe(f"{settings.TIKA_GOTENBERG_ENDPOINT.rstrip('/')}/health")

        return Response(
            {
                "database": {"type": connection.vendor, "status": db_status},
                "tasks": {"redis_status": redis_status, "celery_status": celery_status},
                "office": {"tika_status": tika_status, "gotenberg_status": gotenberg_status},
            },
            status=status.HTTP_200_OK,
        )
