import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template import loader


def liveness(request):
    return JsonResponse({"status": "ok"})


def index(request):
    template = loader.get_template("webpack/index.html")
    return HttpResponse(template.render({"linkedin_api_key": ""}, request))


def project_overrides(request):
    """Inject runtime config into the bundled frontend (window.projectOverrides)."""
    values = {
        "api": "/api/v1/",
        "preventSignup": settings.PREVENT_SIGNUP if hasattr(settings, "PREVENT_SIGNUP") else False,
        "googleOAuthClientId": settings.OAUTH_CLIENT_ID,
        "flagpostOnFlagpostApiKey": "",
        "amplitude": "",
        "mixpanel": "",
    }
    body = f"window.projectOverrides = {json.dumps(values)};"
    return HttpResponse(body, content_type="application/javascript")
