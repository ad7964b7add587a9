import requests
from django.conf import settings
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView


class UnsplashEndpoint(APIView):
    def get(self, request):
        # Feature is switched off in self-hosted builds unless ENABLE_UNSPLASH=1
        if not settings.ENABLE_UNSPLASH or not settings.UNSPLASH_ACCESS_KEY:
            return Response([], status=status.HTTP_200_OK)
        query = request.GET.get("query", False)
        page = request.GET.get("page", 1)
        per_page = request.GET.get("per_page", 20)
        url = (
            f"https://api.unsplash.com/search/photos/?client_id={settings.UNSPLASH_ACCESS_KEY}&query={query}&page={page}&per_page={per_page}"
            if query
            else f"https://api.unsplash.com/photos/?client_id={settings.UNSPLASH_ACCESS_KEY}&page={page}&per_page={per_page}"
        )
        resp = requests.get(url=url, headers={"Content-Type": "application/json"}, timeout=10)
        return Response(resp.json(), status=resp.status_code)
