"""Endpoints called by conduit (the ingest proxy) on its upstream
(relay.upstream = http://web:9000/)."""
from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.views import View

from tremor import options
from tremor.models import Project
from tremor.models.project import ProjectKey
from tremor.utils import json
from tremor.utils.redis import redis_client_for


def _is_trusted(request) -> bool:
    pk = request.headers.get("X-Conduit-Id", "")
    return settings.TREMOR_CONDUIT_OPEN_REGISTRATION or pk in settings.TREMOR_CONDUIT_WHITELIST_PK


def get_project_config(project: Project) -> dict:
    keys = ProjectKey.objects.filter(project=project)
    return {
        "projectId": project.id,
        "disabled": project.status != 0,
        "publicKeys": [{"publicKey": k.public_key, "numericId": k.id} for k in keys],
        "config": {
            "allowedDomains": ["*"],
            "eventRetention": options.get("system.event-retention-days"),
            "quotas": [],
            "piiConfig": None,
        },
    }


class ProjectConfigsEndpoint(View):
    def post(self, request):
        if not _is_trusted(request):
            return JsonResponse({"detail": "unauthorized"}, status=401)
        body = json.loads(request.body)
        configs = {}
        for public_key in body.get("publicKeys", []):
            # conduit itself caches these in redis; we keep a short memcached copy too
            cached = cache.get(f"conduitconfig:{public_key}")
            if cached is None:
                try:
                    key = ProjectKey.objects.select_related("project").get(public_key=public_key)
                except ProjectKey.DoesNotExist:
                    configs[public_key] = {"disabled": True}
                    continue
                cached = get_project_config(key.project)
                cache.set(f"conduitconfig:{public_key}", cached, 60)
            configs[public_key] = cached
        return JsonResponse({"configs": configs})


class PublicKeysEndpoint(View):
    def post(self, request):
        body = json.loads(request.body)
        return JsonResponse({"public_keys": {k: None for k in body.get("relay_ids", [])}})


class RegisterChallengeEndpoint(View):
    def post(self, request):
        body = json.loads(request.body)
        token = redis_client_for("default").incr("conduit:register:nonce")
        return JsonResponse({"relay_id": body.get("relay_id"), "token": str(token)})
