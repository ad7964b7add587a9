import logging
from io import BytesIO

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from ..celeryconf import app
from ..product.models import ProductMedia
from . import THUMBNAIL_SIZES
from .models import Thumbnail

logger = logging.getLogger(__name__)

LOCK_TIMEOUT = 5 * 60


def resize_image(image_file, size: int, image_format: str | None = None) -> BytesIO:
    image = Image.open(image_file)
    image.thumbnail((size, size), Image.Resampling.LANCZOS)
    output = BytesIO()
    image.save(output, format=image_format or image.format or "PNG")
    output.seek(0)
    return output


@app.task
def create_product_thumbnails_task(media_id: int):
    lock_key = f"thumbnail-lock:{media_id}"
    if not cache.add(lock_key, "locked", LOCK_TIMEOUT):
        logger.info("Thumbnails for media %s are already being generated", media_id)
        return
    try:
        media = ProductMedia.objects.get(pk=media_id)
        for size in THUMBNAIL_SIZES:
            with default_storage.open(media.image.name, "rb") as original:
                resized = resize_image(original, size)
            name = f"thumbnails/{media_id}_{size}.png"
            saved = default_storage.save(name, ContentFile(resized.read()))
            Thumbnail.objects.update_or_create(
                product_media=media, size=size, defaults={"image": saved}
            )
    finally:
        cache.delete(lock_key)
