"""Notify a user when they are added to a course team in Studio."""
from django.conf import settings
from django.core.mail import EmailMessage


def notify_course_team_member(user, course_key, role):
    if not settings.FEATURES.get("ENABLE_COURSE_TEAM_EMAIL"):
        return
    message = EmailMessage(
        subject=f"You were added to the {course_key} course team",
        body=f"Hello {user.username}, you now have the role '{role}' on {course_key} in Studio.",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
    message.send(fail_silently=False)
