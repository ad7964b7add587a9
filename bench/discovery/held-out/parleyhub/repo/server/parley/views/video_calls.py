from urllib.parse import urlencode

import requests
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

OAUTH_TOKEN_URL = "https://zoom.us/oauth/token"
CREATE_MEETING_URL = "https://api.zoom.us/v2/users/me/meetings"


def make_zoom_video_call(request: HttpRequest) -> HttpResponse:
    # Disabled unless VIDEO_ZOOM_CLIENT_ID/SECRET are configured.
    if not settings.VIDEO_ZOOM_CLIENT_ID:
        return JsonResponse({"result": "error", "msg": "Zoom is not configured on this server"}, status=400)
    token = request.user.third_party_api_state["zoom"]["access_token"]
    res = requests.post(CREATE_MEETING_URL, json={"topic": "Parleyhub call"}, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    res.raise_for_status()
    return JsonResponse({"result": "success", "url": res.json()["join_url"]})


def get_zoom_authorize_url(state: str) -> str:
    return "https://zoom.us/oauth/authorize?" + urlencode({"client_id": settings.VIDEO_ZOOM_CLIENT_ID, "response_type": "code", "state": state})
