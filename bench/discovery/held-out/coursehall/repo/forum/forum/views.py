from django.conf import settings
from rest_framework.decorators import api_view
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.response import Response

from .backends.mongodb import ThreadStore
from .search import get_search_backend


def _check_key(request):
    if request.headers.get("X-Edx-Api-Key") != settings.FORUM_API_KEY:
        raise AuthenticationFailed("invalid api key")


@api_view(["GET"])
def threads(request):
    _check_key(request)
    page = int(request.query_params.get("page", 1))
    per_page = int(request.query_params.get("per_page", 20))
    collection = ThreadStore().list_threads(request.query_params["course_id"], page, per_page)
    return Response({"collection": collection, "page": page})


@api_view(["POST"])
def create_thread(request, commentable_id):
    _check_key(request)
    data = request.data
    thread = ThreadStore().create_thread(commentable_id, data["user_id"], data["course_id"], data["title"], data["body"])
    get_search_backend().index_thread(thread)
    return Response(thread, status=200)


@api_view(["GET"])
def search_threads(request):
    _check_key(request)
    hits = get_search_backend().search_threads(request.query_params["course_id"], request.query_params["text"])
    return Response({"collection": hits})
