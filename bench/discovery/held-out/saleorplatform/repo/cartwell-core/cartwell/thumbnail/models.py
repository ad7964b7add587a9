from django.db import models


class Thumbnail(models.Model):
    image = models.ImageField(upload_to="thumbnails")
    size = models.PositiveIntegerField()
    format = models.CharField(max_length=32, null=True, blank=True)
    product_media = models.ForeignKey(
        "product.ProductMedia", null=True, on_delete=models.CASCADE, related_name="thumbnails"
    )
