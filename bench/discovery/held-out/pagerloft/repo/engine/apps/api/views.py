from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.alerts.models import AlertGroup
from apps.phone_notifications.phone_provider import get_phone_provider


class AlertGroupSerializer(serializers.ModelSerializer):
    class Meta:
        model = AlertGroup
        fields = ["id", "title", "state", "started_at", "escalation_step"]


class AlertGroupListView(APIView):
    def get(self, request):
        qs = AlertGroup.objects.order_by("-started_at")
        state = request.query_params.get("state")
        if state is not None:
            qs = qs.filter(state=int(state))
        return Response(AlertGroupSerializer(qs[:50], many=True).data)


class AlertGroupActionView(APIView):
    ACTIONS = {
        "acknowledge": AlertGroup.ACKNOWLEDGED,
        "resolve": AlertGroup.RESOLVED,
        "silence": AlertGroup.SILENCED,
    }

    def post(self, request, pk, action):
        if action not in self.ACTIONS:
            return Response(status=400, data={"detail": f"unknown action {action}"})
        alert_group = AlertGroup.objects.get(pk=pk)
        alert_group.state = self.ACTIONS[action]
        alert_group.save(update_fields=["state"])

        from apps.slack.tasks import update_alert_group_slack_message

        update_alert_group_slack_message.apply_async((alert_group.pk,))
        return Response(AlertGroupSerializer(alert_group).data)


# Phone number verification. Runs synchronously in the web engine: the user waits for the code.
class UserSendVerificationCodeView(APIView):
    def get(self, request, pk):
        number = request.query_params.get("phone_number")
        provider = get_phone_provider()
        provider.send_verification_sms(number)
        return Response(status=200)


class UserVerifyNumberView(APIView):
    def put(self, request, pk):
        number = request.data.get("phone_number")
        code = request.query_params.get("token")
        provider = get_phone_provider()
        verified = provider.finish_verification(number, code)
        if not verified:
            return Response(status=400, data={"detail": "Verification code is not correct"})
        return Response(status=200)


class CloudConnectionSyncView(APIView):
    """Triggered from the plugin's Cloud page; the actual sync runs in Celery."""

    def post(self, request):
        from apps.oss_installation.tasks import sync_users_with_cloud

        sync_users_with_cloud.apply_async()
        return Response(status=202)
