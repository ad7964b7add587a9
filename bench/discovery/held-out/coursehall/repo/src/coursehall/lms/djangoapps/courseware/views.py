from django.http import Http404, JsonResponse

from xmodule.modulestore.django import modulestore
from search.meili import search_course_content


def course_outline(request, course_key):
    course = modulestore().get_course(course_key, depth=2)
    if course is None:
        raise Http404("Course not found")
    return JsonResponse({
        "id": str(course.id),
        "display_name": course.display_name,
        "chapters": [{"id": str(c.location), "name": c.display_name} for c in course.get_children()],
    })


def courseware_search(request, course_key):
    term = request.GET.get("search_string", "")
    return JsonResponse(search_course_content(str(course_key), term))
