from django.apps import AppConfig


class VaultMailConfig(AppConfig):
    name = "vault_mail"

    def ready(self):
        from documents.parsers import document_consumer_declaration
        from vault_mail.signals import mail_consumer_declaration

        document_consumer_declaration.connect(mail_consumer_declaration)
        super().ready()
