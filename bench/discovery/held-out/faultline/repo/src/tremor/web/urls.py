from django.http import HttpResponse
from django.urls import path, re_path

from tremor.web.api import alert_rules, conduit, debug_files, issues, auth


def health(request):
    return HttpResponse("ok")


urlpatterns = [
    path("_health/", health),
    # conduit -> web: project config / public key registration (relay.upstream)
    re_path(r"^api/0/conduit/projectconfigs/$", conduit.ProjectConfigsEndpoint.as_view()),
    re_path(r"^api/0/conduit/publickeys/$", conduit.PublicKeysEndpoint.as_view()),
    re_path(r"^api/0/conduit/register/challenge/$", conduit.RegisterChallengeEndpoint.as_view()),
    # glyphd -> web: internal debug file source
    re_path(r"^api/0/projects/(?P<project_id>\d+)/files/dsyms/$", debug_files.DebugFilesEndpoint.as_view()),
    re_path(r"^api/0/organizations/(?P<org_slug>[^/]+)/issues/$", issues.OrganizationIssuesEndpoint.as_view()),
    re_path(r"^api/0/organizations/(?P<org_slug>[^/]+)/alert-rules/$", alert_rules.AlertRulesEndpoint.as_view()),
    path("account/recover/", auth.recover),
]
