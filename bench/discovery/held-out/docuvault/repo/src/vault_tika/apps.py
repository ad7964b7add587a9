from django.apps import AppConfig
from django.conf import settings

from vault_tika.signals import tika_consumer_declaration


class VaultTikaConfig(AppConfig):
    name = "vault_tika"

    def ready(self):
        from documents.parsers import document_consumer_declaration

        if settings.TIKA_ENABLED:
            document_consumer_declaration.connect(tika_consumer_declaration)
        super().ready()
