from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import timezone
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from planedeck.bgtasks.file_asset_task import get_asset_object_metadata
from planedeck.db.models import FileAsset, Workspace
from planedeck.utils.storage import S3Storage, generate_asset_key


class WorkspaceFileAssetEndpoint(APIView):
    def post(self, request, slug):
        name = request.data.get("name")
        type = request.data.get("type", "image/jpeg")
        size = int(request.data.get("size", settings.FILE_SIZE_LIMIT))
        entity_type = request.data.get("entity_type")

        if type not in ["image/jpeg", "image/png", "image/webp", "image/jpg", "image/gif", "application/pdf"]:
            return Response({"error": "Invalid file type."}, status=status.HTTP_400_BAD_REQUEST)

        size_limit = min(size, settings.FILE_SIZE_LIMIT)
        workspace = Workspace.objects.get(slug=slug)
        asset_key = generate_asset_key(workspace.id, name)

        asset = FileAsset.objects.create(
            attributes={"name": name, "type": type, "size": size_limit},
            asset=asset_key,
            size=size_limit,
            workspace=workspace,
            entity_type=entity_type,
        )

        storage = S3Storage(request=request)
        presigned_url = storage.generate_presigned_post(object_name=asset_key, file_type=type, file_size=size_limit)
        return Response(
            {"upload_data": presigned_url, "asset_id": str(asset.id), "asset_url": asset.asset.url},
            status=status.HTTP_200_OK,
        )

    def patch(self, request, slug, asset_id):
        asset = FileAsset.objects.get(id=asset_id, workspace__slug=slug)
        asset.is_uploaded = True
        if not asset.storage_metadata:
            get_asset_object_metadata.delay(asset_id=str(asset_id))
        asset.attributes = request.data.get("attributes", asset.attributes)
        asset.save(update_fields=["is_uploaded", "attributes"])
        return Response(status=status.HTTP_204_NO_CONTENT)

    def get(self, request, slug, asset_id):
        asset = FileAsset.objects.get(id=asset_id, workspace__slug=slug)
        if not asset.is_uploaded:
            return Response({"error": "The requested asset could not be found."}, status=status.HTTP_404_NOT_FOUND)
        storage = S3Storage(request=request)
        signed_url = storage.generate_presigned_url(object_name=asset.asset.name, filename=asset.attributes.get("name"))
        return HttpResponseRedirect(signed_url)

    def delete(self, request, slug, asset_id):
        asset = FileAsset.objects.get(id=asset_id, workspace__slug=slug)
        asset.deleted_at = timezone.now()
        asset.save(update_fields=["deleted_at"])
        return Response(status=status.HTTP_204_NO_CONTENT)
