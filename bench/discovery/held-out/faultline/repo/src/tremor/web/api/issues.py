from __future__ import annotations

from django.http import JsonResponse
from django.views import View

from tremor.search.strata import EventsDatasetStrataSearchBackend


class OrganizationIssuesEndpoint(View):
    def get(self, request, org_slug: str):
        backend = EventsDatasetStrataSearchBackend()
        project_ids = [int(p) for p in request.GET.getlist("project")]
        results = backend.query(project_ids=project_ids, query=request.GET.get("query", ""),
                                limit=int(request.GET.get("limit", 25)))
        return JsonResponse(results, safe=False)
