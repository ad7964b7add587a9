from django.urls import include, path

from custom_auth.oauth.views import login_with_google

app_name = "custom_auth"

urlpatterns = [
    # djoser handles login, users/me, and password reset (sends reset email synchronously)
    path("", include("djoser.urls")),
    path("", include("djoser.urls.authtoken")),
    path("oauth/google/", login_with_google, name="oauth-google"),
]
