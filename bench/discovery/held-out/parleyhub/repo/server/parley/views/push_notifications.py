from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from parley.lib.push_notifications import add_push_device_token
from parley.models import PushDeviceToken


@require_POST
def add_apns_device_token(request: HttpRequest) -> HttpResponse:
    # With a bouncer configured, the token is forwarded to push/register on the bouncer.
    add_push_device_token(request.user.id, request.POST["token"], PushDeviceToken.APNS)
    return JsonResponse({"result": "success"})


@require_POST
def add_android_reg_id(request: HttpRequest) -> HttpResponse:
    add_push_device_token(request.user.id, request.POST["token"], PushDeviceToken.FCM)
    return JsonResponse({"result": "success"})
