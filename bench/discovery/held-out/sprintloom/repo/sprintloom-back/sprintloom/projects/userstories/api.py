from rest_framework import serializers, viewsets

from sprintloom.projects.notifications import services as notifications
from .models import UserStory


class UserStorySerializer(serializers.ModelSerializer):
    attachments_urls = serializers.SerializerMethodField()

    class Meta:
        model = UserStory
        fields = ["id", "ref", "project", "subject", "description", "assigned_to", "status", "created_date",
                  "attachments_urls"]

    def get_attachments_urls(self, obj):
        from sprintloom.projects.attachments.models import Attachment
        from sprintloom.projects.attachments.utils import get_attachment_url
        return [get_attachment_url(a) for a in Attachment.objects.filter(project=obj.project)[:10]]


class UserStoryViewSet(viewsets.ModelViewSet):
    queryset = UserStory.objects.select_related("project", "assigned_to")
    serializer_class = UserStorySerializer

    def perform_create(self, serializer):
        obj = serializer.save()
        # post_save signal pushes the change event (sprintloom.events.signal_handlers)
        notifications.analize_object_for_watchers(obj, self.request.user)

    def perform_update(self, serializer):
        obj = serializer.save()
        notifications.send_notifications(obj, history_user=self.request.user)
