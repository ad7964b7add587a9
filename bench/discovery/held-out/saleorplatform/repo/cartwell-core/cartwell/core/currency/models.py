from django.db import models


class ConversionRate(models.Model):
    to_currency = models.CharField(max_length=3, unique=True)
    rate = models.DecimalField(max_digits=20, decimal_places=12)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("to_currency",)
