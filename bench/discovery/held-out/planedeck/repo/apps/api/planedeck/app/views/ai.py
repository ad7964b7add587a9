from django.conf import settings
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from planedeck.utils.ai import get_llm_response


class GPTIntegrationEndpoint(APIView):
    def post(self, request, slug, project_id):
        if not settings.LLM_API_KEY:
            return Response(
                {"error": "LLM provider API key and model are required"},
                status=status.HTTP_400_BAD_REQUEST,
            )
        task = request.data.get("task", False)
        if not task:
            return Response({"error": "Task is required"}, status=status.HTTP_400_BAD_REQUEST)

        text, error = get_llm_response(task, request.data.get("prompt", False))
        if not text and error:
            return Response({"error": "An internal error has occurred."}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
        return Response({"response": text, "response_html": text.replace("\n", "<br/>")}, status=status.HTTP_200_OK)
