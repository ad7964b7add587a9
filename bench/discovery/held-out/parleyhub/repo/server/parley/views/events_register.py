import orjson
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from parley.lib.rate_limiter import rate_limit_request_by_ip
from parley.tornado.django_api import request_event_queue


@require_POST
def events_register_backend(request: HttpRequest) -> HttpResponse:
    """POST /json/register: allocate an event queue in Tornado and return initial state."""
    rate_limit_request_by_ip(request, domain="api_by_user")
    event_types = orjson.loads(request.POST["event_types"]) if "event_types" in request.POST else None
    queue_id = request_event_queue(
        request.user,
        request.client,
        apply_markdown=True,
        client_gravatar=False,
        slim_presence=True,
        queue_lifespan_secs=int(request.POST.get("queue_lifespan_secs", 0)),
        event_types=event_types,
    )
    if queue_id is None:
        return JsonResponse({"result": "error", "msg": "Could not allocate event queue"}, status=500)
    return JsonResponse({"result": "success", "queue_id": queue_id, "last_event_id": -1})
