from rest_framework import serializers

from organisations.invites.models import Invite


class InviteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Invite
        fields = ("id", "email", "date_created")
