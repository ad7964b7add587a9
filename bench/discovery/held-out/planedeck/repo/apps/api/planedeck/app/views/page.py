import base64

from django.http import StreamingHttpResponse
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from planedeck.db.models import Page


class PageDescriptionEndpoint(APIView):
    """Read/write the Yjs binary document. Called by the `live` collaboration server."""

    def get(self, request, slug, page_id):
        page = Page.objects.get(pk=page_id, workspace__slug=slug)
        binary_data = page.description_binary

        def stream_data():
            if binary_data:
                yield bytes(binary_data)
            else:
                yield b""

        response = StreamingHttpResponse(stream_data(), content_type="application/octet-stream")
        response["Content-Disposition"] = 'attachment; filename="page_description.bin"'
        return response

    def patch(self, request, slug, page_id):
        page = Page.objects.get(pk=page_id, workspace__slug=slug)
        if request.data.get("description_binary"):
            page.description_binary = base64.b64decode(request.data["description_binary"])
        page.description_html = request.data.get("description_html", page.description_html)
        page.save(update_fields=["description_binary", "description_html"])
        return Response({"message": "Updated successfully"}, status=status.HTTP_200_OK)
