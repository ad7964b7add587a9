import logging

from django.conf import settings
from django.core.cache import caches
from django.db import models
from django.utils.crypto import get_random_string

logger = logging.getLogger(__name__)

environment_document_cache = caches[settings.ENVIRONMENT_DOCUMENT_CACHE_LOCATION]


def create_hash():
    return get_random_string(length=22)


class Environment(models.Model):
    name = models.CharField(max_length=2000)
    created_date = models.DateTimeField("DateCreated", auto_now_add=True)
    project = models.ForeignKey("projects.Project", related_name="environments", on_delete=models.CASCADE)
    api_key = models.CharField(default=create_hash, unique=True, max_length=100)
    minimum_change_request_approvals = models.IntegerField(blank=True, null=True)
    allow_client_traits = models.BooleanField(default=True)

    def __str__(self):
        return f"Project {self.project.name} - Environment {self.name}"

    @classmethod
    def get_environment_document(cls, api_key: str) -> dict:
        if settings.CACHE_ENVIRONMENT_DOCUMENT_SECONDS > 0:
            document = environment_document_cache.get(api_key)
            if document is not None:
                return document
        environment = cls.objects.select_related("project").get(api_key=api_key)
        document = environment.build_document()
        if settings.CACHE_ENVIRONMENT_DOCUMENT_SECONDS > 0:
            environment_document_cache.set(api_key, document)
        return document

    def build_document(self) -> dict:
        return {
            "api_key": self.api_key,
            "name": self.name,
            "project": {"id": self.project_id, "name": self.project.name},
            "feature_states": [fs.to_document() for fs in self.feature_states.all()],
        }


class Webhook(models.Model):
    environment = models.ForeignKey(Environment, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField()
    enabled = models.BooleanField(default=True)
    secret = models.CharField(max_length=255, blank=True, null=True)
