import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import get_template

from organisations.invites.models import Invite
from task_processor.decorators import register_task_handler
from users.models import FFAdminUser

logger = logging.getLogger(__name__)


@register_task_handler()
def send_invite_email(invite_id: int):
    invite = Invite.objects.select_related("organisation", "invited_by").get(id=invite_id)
    context = {"org_name": invite.organisation.name, "invite_url": invite.get_invite_link()}
    send_mail(
        subject=f"You have been invited to join {invite.organisation.name} on Flagpost",
        message=get_template("users/invite_to_org.txt").render(context),
        from_email=settings.SENDER_EMAIL,
        recipient_list=[invite.email],
        html_message=get_template("users/invite_to_org.html").render(context),
        fail_silently=True,
    )


@register_task_handler()
def send_api_usage_alert_email(user_id: int, organisation_name: str, percent: int):
    user = FFAdminUser.objects.get(id=user_id)
    user.send_alert_email(
        subject=f"Flagpost API use has reached {percent}%",
        message=f"Organisation {organisation_name} has used {percent}% of its API allowance.",
    )
