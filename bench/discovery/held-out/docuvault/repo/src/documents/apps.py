from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from documents.signals import document_consumption_finished
        from documents.signals.handlers import run_workflows_added, run_workflows_updated

        document_consumption_finished.connect(run_workflows_added)
        from documents.signals import document_updated

        document_updated.connect(run_workflows_updated)
        super().ready()
