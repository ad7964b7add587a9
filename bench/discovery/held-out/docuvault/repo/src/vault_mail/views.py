import logging
import secrets

from asgiref.sync import async_to_sync
from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ModelViewSet

from vault_mail.mail import MailError, get_mailbox, mailbox_login
from vault_mail.models import MailAccount
from vault_mail.oauth import DocuVaultMailOAuth2Manager
from vault_mail.tasks import process_mail_accounts

logger = logging.getLogger("docuvault.mail.views")


class MailAccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = MailAccount
        fields = ["id", "name", "imap_server", "imap_port", "imap_security", "username", "password", "account_type"]


class MailAccountViewSet(ModelViewSet):
    queryset = MailAccount.objects.all().order_by("pk")
    serializer_class = MailAccountSerializer
    permission_classes = [IsAuthenticated]

    def process(self, request, pk=None):
        account = self.get_object()
        process_mail_accounts.delay([account.pk])
        return Response({"result": "OK"})


class MailAccountTestView(APIView):
    """Tries an IMAP login with the submitted settings, synchronously, from the web process."""

    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        serializer = MailAccountSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        account = MailAccount(**serializer.validated_data)
        try:
            with get_mailbox(account.imap_server, account.imap_port, account.imap_security) as M:
                mailbox_login(M, account)
            return Response({"success": True})
        except MailError:
            logger.error("Mail account test failed")
            return HttpResponseBadRequest("Unable to connect to server")


class OauthCallbackView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, format=None):
        code = request.query_params.get("code")
        scope = request.query_params.get("scope", "")
        state = request.query_params.get("state")
        if code is None or state != request.session.get("oauth_state"):
            return HttpResponseBadRequest("Invalid request, see logs for more detail")

        manager = DocuVaultMailOAuth2Manager(state=state)
        if "google" in scope:
            token = async_to_sync(manager.get_gmail_access_token)(code)
            account_type = MailAccount.MailAccountType.GMAIL_OAUTH
            server = "imap.gmail.com"
        else:
            token = async_to_sync(manager.get_outlook_access_token)(code)
            account_type = MailAccount.MailAccountType.OUTLOOK_OAUTH
            server = "outlook.office365.com"

        MailAccount.objects.update_or_create(
            name=f"{account_type.label} {secrets.token_hex(2)}",
            defaults={
                "imap_server": server,
                "imap_port": 993,
                "username": token.get("email", ""),
                "password": token["access_token"],
                "refresh_token": token.get("refresh_token"),
                "is_token": True,
                "account_type": account_type,
            },
        )
        return HttpResponseRedirect(f"{settings.OAUTH_CALLBACK_BASE_URL.rstrip('/')}/mail?oauth_success=1")
