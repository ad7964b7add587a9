import json
from typing import Any

from django.conf import settings
from django.db import models


class InstanceSetting(models.Model):
    key = models.CharField(max_length=128, unique=True)
    raw_value = models.CharField(max_length=1024)

    class Meta:
        db_table = "posthog_instancesetting"


def get_instance_setting(key: str) -> Any:
    assert key in settings.CONSTANCE_CONFIG, f"Unknown dynamic setting: {repr(key)}"
    saved = InstanceSetting.objects.filter(key=key).first()
    if saved is not None:
        return json.loads(saved.raw_value)
    return settings.CONSTANCE_CONFIG[key][0]
