from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from . import comment_client as cc


@login_required
def forum_form_discussion(request, course_id):
    threads = cc.get_threads(course_id, page=int(request.GET.get("page", 1)))
    return JsonResponse({"discussion_data": threads.get("collection", []), "page": threads.get("page")})


@login_required
def create_thread(request, course_id, commentable_id):
    thread = cc.create_thread(commentable_id, request.user.id, course_id,
                              request.POST["title"], request.POST["body"])
    return JsonResponse(thread, status=201)
