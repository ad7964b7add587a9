from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from parley.actions.message_send import do_send_message
from parley.lib.rate_limiter import rate_limit_request_by_ip


@require_POST
def send_message_backend(request: HttpRequest) -> HttpResponse:
    rate_limit_request_by_ip(request, domain="api_by_user")
    message_id = do_send_message(
        sender=request.user,
        recipient=request.POST["to"],
        topic=request.POST.get("topic", ""),
        content=request.POST["content"],
    )
    return JsonResponse({"result": "success", "id": message_id})
