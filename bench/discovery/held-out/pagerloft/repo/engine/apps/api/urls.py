from django.urls import path

from .views import (
    AlertGroupActionView,
    AlertGroupListView,
    CloudConnectionSyncView,
    UserSendVerificationCodeView,
    UserVerifyNumberView,
)

app_name = "api-internal"

urlpatterns = [
    path("alertgroups/", AlertGroupListView.as_view(), name="alertgroup-list"),
    path("alertgroups/<int:pk>/<str:action>/", AlertGroupActionView.as_view(), name="alertgroup-action"),
    path("users/<int:pk>/get_verification_code/", UserSendVerificationCodeView.as_view()),
    path("users/<int:pk>/verify_number/", UserVerifyNumberView.as_view()),
    path("cloud_connection/sync/", CloudConnectionSyncView.as_view()),
]
