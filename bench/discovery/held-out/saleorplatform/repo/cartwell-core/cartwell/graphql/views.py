import json
import logging

from django.http import HttpRequest, HttpResponseNotAllowed, JsonResponse
from django.views.generic import View

logger = logging.getLogger(__name__)


class GraphQLView(View):
    """Minimal GraphQL-over-HTTP view (POST only, JSON body)."""

    schema = None

    def __init__(self, schema=None, **kwargs):
        super().__init__(**kwargs)
        if schema:
            self.schema = schema

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if request.method == "OPTIONS":
            return JsonResponse({})
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST", "OPTIONS"])
        try:
            data = json.loads(request.body)
        except ValueError:
            return JsonResponse({"errors": [{"message": "Invalid JSON"}]}, status=400)
        result = self.schema.execute(
            data.get("query"),
            variable_values=data.get("variables"),
            operation_name=data.get("operationName"),
            context_value=request,
        )
        response = {}
        if result.errors:
            response["errors"] = [{"message": str(e)} for e in result.errors]
        response["data"] = result.data
        return JsonResponse(response)
