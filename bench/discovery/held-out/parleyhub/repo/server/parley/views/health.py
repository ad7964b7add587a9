from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse


def health(request: HttpRequest) -> HttpResponse:
    # Used by docker/k8s probes only.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"result": "success", "msg": ""})
