from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from parley.lib.rate_limiter import rate_limit_request_by_ip
from parley.lib.upload import upload_backend
from parley.models import Attachment, validate_attachment_request


@require_POST
def upload_file_backend(request: HttpRequest) -> HttpResponse:
    rate_limit_request_by_ip(request, domain="api_by_ip")
    user_file = request.FILES["file"]
    if user_file.size > settings.MAX_FILE_UPLOAD_SIZE * 1024 * 1024:
        return JsonResponse({"result": "error", "msg": "File too large"}, status=400)
    attachment = Attachment.create_for_user(request.user, user_file.name, user_file.size)
    upload_backend.upload_message_attachment(attachment.path_id, user_file.content_type, user_file.read(), request.user.id)
    return JsonResponse({"result": "success", "uri": f"/user_uploads/{attachment.path_id}"})


@require_GET
def serve_file_backend(request: HttpRequest, realm_id_str: str, filename: str) -> HttpResponse:
    path_id = f"{realm_id_str}/{filename}"
    if not validate_attachment_request(request.user, path_id):
        return HttpResponseForbidden()
    response = HttpResponse()
    if settings.UPLOAD_BACKEND == "s3":
        # nginx proxies this internal location to S3; see uploads.route.
        response["X-Accel-Redirect"] = upload_backend.internal_redirect_path(path_id)
    else:
        response["X-Accel-Redirect"] = f"/internal/local/uploads/{path_id}"
    return response
