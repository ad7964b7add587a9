from __future__ import annotations

from django.core.cache import cache
from django.db import models


class ProjectManager(models.Manager):
    cache_ttl = 60 * 5

    def get_from_cache(self, **kwargs) -> "Project":
        """Look up a project in the default Django cache (memcached via CACHES)
        before falling back to Postgres."""
        key_parts = "&".join(f"{k}={v}" for k, v in sorted(kwargs.items()))
        cache_key = f"project:{key_parts}"
        project = cache.get(cache_key)
        if project is None:
            project = self.get(**kwargs)
            cache.set(cache_key, project, self.cache_ttl)
        return project


class Project(models.Model):
    slug = models.SlugField(null=True)
    name = models.CharField(max_length=200)
    organization_id = models.BigIntegerField(db_index=True)
    status = models.PositiveIntegerField(default=0)
    platform = models.CharField(max_length=64, null=True)
    date_added = models.DateTimeField(auto_now_add=True)

    objects = ProjectManager()

    class Meta:
        app_label = "tremor"
        db_table = "tremor_project"
        unique_together = (("organization_id", "slug"),)


class ProjectKey(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE)
    public_key = models.CharField(max_length=32, unique=True)
    secret_key = models.CharField(max_length=32, unique=True)
    rate_limit_count = models.PositiveIntegerField(null=True)
    rate_limit_window = models.PositiveIntegerField(null=True)

    class Meta:
        app_label = "tremor"
        db_table = "tremor_projectkey"
