import hashlib
import hmac
import json
import time

from django.conf import settings
from django.core.cache import cache
from rest_framework.response import Response
from rest_framework.views import APIView

from .client import SlackClient


class InstallSlackView(APIView):
    """OAuth v2 redirect target: exchange the code for a bot token."""

    def get(self, request):
        code = request.query_params.get("code")
        client = SlackClient()
        result = client.oauth_v2_access(
            client_id=settings.SLACK_CLIENT_OAUTH_ID,
            client_secret=settings.SLACK_CLIENT_OAUTH_SECRET,
            code=code,
        )
        cache.set(f"slack_bot_token:{result['team']['id']}", result["access_token"], None)
        return Response(status=302, headers={"Location": f"{settings.BASE_URL}/a/pagerloft-app/chat-ops"})


class SlackEventApiEndpointView(APIView):
    """Slack calls us (events + interactivity). Opening modals happens synchronously here."""

    def post(self, request):
        if not self._verify_signature(request):
            return Response(status=403)

        payload = request.data
        if "payload" in payload:
            payload = json.loads(payload["payload"])
        if payload.get("type") == "url_verification":
            return Response({"challenge": payload["challenge"]})

        if payload.get("type") == "block_actions" and payload.get("trigger_id"):
            token = cache.get(f"slack_bot_token:{payload['team']['id']}")
            SlackClient(token=token).views_open(
                trigger_id=payload["trigger_id"],
                view={"type": "modal", "title": {"type": "plain_text", "text": "Pagerloft"}, "blocks": []},
            )
        return Response(status=200)

    def _verify_signature(self, request) -> bool:
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "0")
        if abs(time.time() - int(timestamp)) > 60 * 5:
            return False
        basestring = f"v0:{timestamp}:{request.body.decode()}".encode()
        expected = "v0=" + hmac.new(settings.SLACK_SIGNING_SECRET.encode(), basestring, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, request.headers.get("X-Slack-Signature", ""))
