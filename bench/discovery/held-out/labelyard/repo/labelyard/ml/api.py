"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import logging

from django.utils.decorators import method_decorator
from drf_yasg.utils import swagger_auto_schema
from ml.models import MLBackend, MLBackendState
from ml.serializers import MLBackendSerializer, MLInteractiveAnnotatingRequest
from projects.models import Project, Task
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.views import APIView

logger = logging.getLogger(__name__)


@method_decorator(name='post', decorator=swagger_auto_schema(tags=['Machine Learning'], operation_summary='Add ML Backend'))
class MLBackendListAPI(generics.ListCreateAPIView):
    serializer_class = MLBackendSerializer

    def get_queryset(self):
        project_pk = self.request.query_params.get('project')
        project = generics.get_object_or_404(Project, pk=project_pk)
        self.check_object_permissions(self.request, project)
        ml_backends = MLBackend.objects.filter(project_id=project.id)
        for mlb in ml_backends:
            mlb.update_state()
        return ml_backends

    def perform_create(self, serializer):
        ml_backend = serializer.save()
        ml_backend.update_state()

        project = ml_backend.project
        # In case we are adding the model, let's set it as the default to obtain predictions.
        project.model_version = ml_backend.title
        project.save(update_fields=['model_version'])


class MLBackendTrainAPI(APIView):
    @swagger_auto_schema(tags=['Machine Learning'], operation_summary='Train')
    def post(self, request, *args, **kwargs):
        ml_backend = generics.get_object_or_404(MLBackend, pk=self.kwargs['pk'])
        self.check_object_permissions(self.request, ml_backend)

        ml_backend.train()
        if ml_backend.state == MLBackendState.ERROR:
            return Response(status=status.HTTP_500_INTERNAL_SERVER_ERROR, data={'detail': ml_backend.error_message})
        return Response(status=status.HTTP_200_OK)


class MLBackendPredictTestAPI(APIView):
    @swagger_auto_schema(tags=['Machine Learning'], operation_summary='Predict')
    def post(self, request, *args, **kwargs):
        ml_backend = generics.get_object_or_404(MLBackend, pk=self.kwargs['pk'])
        self.check_object_permissions(self.request, ml_backend)

        task = Task.objects.filter(project=ml_backend.project).order_by('?').first()
        ml_api_result = ml_backend.api.make_predictions([{'id': task.id, 'data': task.data}], ml_backend.project)
        return Response(ml_api_result.response, status=ml_api_result.status_code)


class MLBackendInteractiveAnnotating(APIView):
    """Send a request to the machine learning backend set up to be used for interactive preannotations"""

    def post(self, request, *args, **kwargs):
        ml_backend = generics.get_object_or_404(MLBackend, pk=self.kwargs['pk'])
        self.check_object_permissions(self.request, ml_backend)
        serializer = MLInteractiveAnnotatingRequest(data=request.data)
        serializer.is_valid(raise_exception=True)

        task = generics.get_object_or_404(Task, pk=serializer.validated_data['task'], project=ml_backend.project)
        context = serializer.validated_data.get('context')
        result = ml_backend.api.make_predictions([{'id': task.id, 'data': task.data}], ml_backend.project, context=context)
        if result.is_error:
            return Response({'errors': [result.error_message]}, status=status.HTTP_200_OK)
        return Response({'data': result.response}, status=status.HTTP_200_OK)
