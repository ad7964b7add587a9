from django.db.models import Q
from django.utils import timezone
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from planedeck.bgtasks.email_notification_task import issue_activity_notification
from planedeck.bgtasks.webhook_task import model_activity
from planedeck.db.models import Issue, Project
from planedeck.utils.cache import cache_response, invalidate_cache_directly
from planedeck.utils.telemetry import track_event


class IssueSerializer(serializers.ModelSerializer):
    class Meta:
        model = Issue
        fields = ["id", "name", "description_html", "priority", "sequence_id", "project", "workspace"]
        read_only_fields = ["workspace", "project", "sequence_id"]


class IssueListCreateEndpoint(APIView):
    @cache_response(60 * 5)
    def get(self, request, slug, project_id):
        issues = Issue.objects.filter(
            workspace__slug=slug, project_id=project_id, deleted_at__isnull=True
        ).filter(Q(name__icontains=request.GET.get("search", "")))
        return Response(IssueSerializer(issues, many=True).data, status=status.HTTP_200_OK)

    def post(self, request, slug, project_id):
        project = Project.objects.get(pk=project_id, workspace__slug=slug)
        serializer = IssueSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        last = Issue.objects.filter(project=project).order_by("-sequence_id").first()
        issue = serializer.save(
            project=project,
            workspace=project.workspace,
            sequence_id=(last.sequence_id + 1) if last else 1,
        )
        # Fan out to background workers
        issue_activity_notification.delay(
            issue_id=str(issue.id),
            actor_id=str(request.user.id),
            project_id=str(project_id),
            epoch=int(timezone.now().timestamp()),
        )
        model_activity.delay(
            model_name="issue",
            model_id=str(issue.id),
            slug=slug,
            requested_data=request.data,
            actor_id=str(request.user.id),
        )
        invalidate_cache_directly(path=f"/api/workspaces/{slug}/projects/{project_id}/issues/", request=request)
        track_event(str(request.user.id), "issue_created", {"project_id": str(project_id)})
        return Response(IssueSerializer(issue).data, status=status.HTTP_201_CREATED)


class IssueDetailEndpoint(APIView):
    def patch(self, request, slug, project_id, pk):
        issue = Issue.objects.get(workspace__slug=slug, project_id=project_id, pk=pk)
        serializer = IssueSerializer(issue, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        model_activity.delay(
            model_name="issue", model_id=str(issue.id), slug=slug,
            requested_data=request.data, actor_id=str(request.user.id),
        )
        return Response(serializer.data, status=status.HTTP_200_OK)

    def delete(self, request, slug, project_id, pk):
        issue = Issue.objects.get(workspace__slug=slug, project_id=project_id, pk=pk)
        issue.deleted_at = timezone.now()
        issue.save(update_fields=["deleted_at"])
        return Response(status=status.HTTP_204_NO_CONTENT)
