from django.db import models


class OptionManager(models.Manager):
    def get_value(self, key):
        return self.get(key=key).value


class Option(models.Model):
    key = models.CharField(max_length=128, unique=True)
    value = models.JSONField(null=True)
    last_updated = models.DateTimeField(auto_now=True)

    objects = OptionManager()

    class Meta:
        app_label = "tremor"
        db_table = "tremor_option"
