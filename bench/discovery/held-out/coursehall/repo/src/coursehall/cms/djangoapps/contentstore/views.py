from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from search.meilisearch import MeilisearchEngine
from xmodule.modulestore.django import modulestore

from .tasks import export_olx


@login_required
def course_index(request, course_key_string):
    course = modulestore().get_course(course_key_string)
    return JsonResponse({"course": course and str(course.get("_id"))})


@login_required
def library_search(request, library_key):
    engine = MeilisearchEngine(index="content_libraries")
    return JsonResponse(engine.search(request.GET.get("q"), {"library_key": library_key}))


@login_required
def export_handler(request, course_key_string):
    result = export_olx.delay(request.user.id, course_key_string, request.LANGUAGE_CODE)
    return JsonResponse({"task_id": result.id}, status=202)
