import time
from typing import Any, Optional

import orjson
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from parley.models import get_user_profile_by_id
from parley.tornado.event_queue import ClientDescriptor, EventQueue, clients, process_notification, user_clients


def _check_secret(request: HttpRequest) -> None:
    if request.POST.get("secret") != settings.SHARED_SECRET:
        raise PermissionError("Access denied")


@csrf_exempt
def notify(request: HttpRequest) -> HttpResponse:
    """POST /api/internal/notify_tornado -- used when RabbitMQ is disabled."""
    _check_secret(request)
    process_notification(orjson.loads(request.POST["data"]))
    return JsonResponse({"result": "success"})


@csrf_exempt
def get_events_internal(request: HttpRequest) -> HttpResponse:
    """POST /api/v1/events/internal -- called by Django to register queues."""
    _check_secret(request)
    user_profile = get_user_profile_by_id(int(request.POST["user_profile_id"]))
    queue_id = request.POST.get("queue_id")
    if queue_id is None:
        queue_id = f"{int(time.time())}:{len(clients)}"
        event_types: Optional[Any] = orjson.loads(request.POST["event_types"]) if "event_types" in request.POST else None
        client = ClientDescriptor(user_profile.id, user_profile.realm_id, EventQueue(queue_id), event_types, int(request.POST.get("lifespan_secs", 0)))
        clients[queue_id] = client
        user_clients.setdefault(user_profile.id, []).append(client)
        return JsonResponse({"result": "success", "queue_id": queue_id, "last_event_id": -1})
    client = clients[queue_id]
    return JsonResponse({"result": "success", "events": client.event_queue.contents(), "queue_id": queue_id})


def get_events(request: HttpRequest) -> HttpResponse:
    """GET /json/events and /api/v1/events, proxied here by nginx (long-poll)."""
    queue_id = request.GET["queue_id"]
    client = clients.get(queue_id)
    if client is None:
        return JsonResponse({"result": "error", "code": "BAD_EVENT_QUEUE_ID"}, status=400)
    return JsonResponse({"result": "success", "events": client.event_queue.contents(), "queue_id": queue_id})
