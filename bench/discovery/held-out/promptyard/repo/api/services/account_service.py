import logging
import secrets
import uuid
from typing import Optional

from configs import yard_config
from extensions.ext_redis import redis_client
from libs.helper import TokenManager
from models.account import Account, Tenant, TenantAccountRole
from tasks.mail_invite_member_task import send_invite_member_mail_task

logger = logging.getLogger(__name__)


class RegisterService:
    @classmethod
    def _get_invitation_token_key(cls, token: str) -> str:
        return f"member_invite:token:{token}"

    @classmethod
    def generate_invite_token(cls, tenant: Tenant, account: Account) -> str:
        token = str(uuid.uuid4())
        invitation_data = {
            "account_id": account.id,
            "email": account.email,
            "workspace_id": tenant.id,
        }
        expiry_hours = getattr(yard_config, "INVITE_EXPIRY_HOURS", 72)
        redis_client.setex(cls._get_invitation_token_key(token), expiry_hours * 60 * 60, str(invitation_data))
        return token

    @classmethod
    def invite_new_member(
        cls, tenant: Tenant, email: str, language: str, role: str = "normal", inviter: Optional[Account] = None
    ) -> str:
        if not inviter:
            raise ValueError("Inviter is required")

        account = Account.query.filter_by(email=email).first()
        if not account:
            account = Account(email=email, name=email.split("@")[0], interface_language=language, status="pending")
        TenantAccountRole.assign(tenant, account, role)

        token = cls.generate_invite_token(tenant, account)

        # send email
        send_invite_member_mail_task.delay(
            language=account.interface_language,
            to=email,
            token=token,
            inviter_name=inviter.name if inviter else "Promptyard",
            workspace_name=tenant.name,
        )

        return token
