from django.core.files.storage import default_storage
from django.http import Http404, HttpResponseRedirect

from . import THUMBNAIL_SIZES
from .models import Thumbnail


def handle_thumbnail(request, instance_id: str, size: str, format: str | None = None):
    size_int = int(size)
    closest = min(THUMBNAIL_SIZES, key=lambda s: abs(s - size_int))
    thumbnail = Thumbnail.objects.filter(
        product_media_id=instance_id, size=closest
    ).first()
    if not thumbnail:
        raise Http404
    # default_storage.url() produces a presigned S3 URL when the media bucket is used
    return HttpResponseRedirect(default_storage.url(thumbnail.image.name))
