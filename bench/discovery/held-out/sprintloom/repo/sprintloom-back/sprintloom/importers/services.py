from django.conf import settings


def importer_is_active(name: str) -> bool:
    return bool(settings.IMPORTERS.get(name, {}).get("active"))


def importer_config(name: str) -> dict:
    return settings.IMPORTERS.get(name, {})
