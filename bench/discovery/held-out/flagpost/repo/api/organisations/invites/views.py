from rest_framework import status, viewsets
from rest_framework.response import Response

from organisations.invites.models import Invite
from organisations.invites.serializers import InviteSerializer
from organisations.invites.tasks import send_invite_email


class InviteViewSet(viewsets.ModelViewSet):
    serializer_class = InviteSerializer

    def get_queryset(self):
        return Invite.objects.filter(organisation_id=self.kwargs["organisation_pk"])

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        invite = serializer.save(organisation_id=self.kwargs["organisation_pk"], invited_by=request.user)
        send_invite_email.delay(args=(invite.id,))
        return Response(serializer.data, status=status.HTTP_201_CREATED)
