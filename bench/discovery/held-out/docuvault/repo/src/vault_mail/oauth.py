"""
OAuth2 for Gmail and Outlook mail accounts. Authorization codes are exchanged
in the web process (OauthCallbackView); access tokens are refreshed by the
worker right before an XOAUTH2 IMAP login.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from httpx_oauth.oauth2 import OAuth2, OAuth2Token, RefreshTokenError

logger = logging.getLogger("docuvault.mail.oauth")

GOOGLE_AUTHORIZE_ENDPOINT = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN_ENDPOINT = "https://oauth2.googleapis.com/token"
GOOGLE_SCOPES = ["https://mail.google.com/"]

MICROSOFT_AUTHORIZE_ENDPOINT = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"
MICROSOFT_TOKEN_ENDPOINT = "https://login.microsoftonline.com/common/oauth2/v2.0/token"
MICROSOFT_SCOPES = ["offline_access", "https://outlook.office.com/IMAP.AccessAsUser.All"]


class DocuVaultMailOAuth2Manager:
    def __init__(self, state: str | None = None):
        self._gmail_client = None
        self._outlook_client = None
        self.state = state

    @property
    def gmail_client(self) -> OAuth2:
        if self._gmail_client is None:
            self._gmail_client = OAuth2(
                settings.GMAIL_OAUTH_CLIENT_ID,
                settings.GMAIL_OAUTH_CLIENT_SECRET,
                GOOGLE_AUTHORIZE_ENDPOINT,
                GOOGLE_TOKEN_ENDPOINT,
                refresh_token_endpoint=GOOGLE_TOKEN_ENDPOINT,
            )
        return self._gmail_client

    @property
    def outlook_client(self) -> OAuth2:
        if self._outlook_client is None:
            self._outlook_client = OAuth2(
                settings.OUTLOOK_OAUTH_CLIENT_ID,
                settings.OUTLOOK_OAUTH_CLIENT_SECRET,
                MICROSOFT_AUTHORIZE_ENDPOINT,
                MICROSOFT_TOKEN_ENDPOINT,
                refresh_token_endpoint=MICROSOFT_TOKEN_ENDPOINT,
            )
        return self._outlook_client

    @property
    def oauth_callback_url(self) -> str:
        return f"{settings.OAUTH_CALLBACK_BASE_URL.rstrip('/')}/api/oauth/callback/"

    async def get_gmail_access_token(self, code: str) -> OAuth2Token:
        return await self.gmail_client.get_access_token(code=code, redirect_uri=self.oauth_callback_url)

    async def get_outlook_access_token(self, code: str) -> OAuth2Token:
        return await self.outlook_client.get_access_token(code=code, redirect_uri=self.oauth_callback_url)

    def refresh_account_oauth_token(self, account) -> bool:
        from asgiref.sync import async_to_sync

        from vault_mail.models import MailAccount

        client = self.gmail_client if account.account_type == MailAccount.MailAccountType.GMAIL_OAUTH else self.outlook_client
        try:
            token = async_to_sync(client.refresh_token)(account.refresh_token)
        except RefreshTokenError as e:
            logger.error(f"Failed to refresh oauth token for account {account}: {e}")
            return False
        account.password = token["access_token"]
        account.expiration = timezone.now() + timedelta(seconds=token["expires_in"])
        account.save()
        return True
