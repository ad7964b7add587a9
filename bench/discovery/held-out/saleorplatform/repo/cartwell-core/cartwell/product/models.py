from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=250)
    slug = models.SlugField(max_length=255, unique=True, allow_unicode=True)
    category = models.ForeignKey("Category", null=True, on_delete=models.SET_NULL)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)


class Category(models.Model):
    name = models.CharField(max_length=250)
    slug = models.SlugField(max_length=255, unique=True)


class ProductMedia(models.Model):
    product = models.ForeignKey(Product, related_name="media", on_delete=models.CASCADE)
    image = models.ImageField(upload_to="products", blank=True, null=True)
    alt = models.CharField(max_length=250, blank=True)
    sort_order = models.IntegerField(editable=False, db_index=True, null=True)


class DigitalContentUrl(models.Model):
    token = models.UUIDField(editable=False, unique=True)
    content_file = models.FileField(upload_to="digital_contents", blank=True)
    download_num = models.IntegerField(default=0)
