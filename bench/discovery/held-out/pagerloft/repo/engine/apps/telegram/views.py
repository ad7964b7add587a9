from rest_framework.response import Response
from rest_framework.views import APIView

from .tasks import handle_telegram_update


class WebHookView(APIView):
    """Telegram delivers bot updates here (registered via setWebhook)."""

    def post(self, request):
        handle_telegram_update.apply_async((request.data,))
        return Response(status=200)
