from django.contrib.auth.models import AbstractUser
from django.core.mail import send_mail
from django.db import models
from django.conf import settings


class FFAdminUser(AbstractUser):
    email = models.EmailField(unique=True, null=False)
    first_name = models.CharField("first name", max_length=30)
    last_name = models.CharField("last name", max_length=150)
    google_user_id = models.CharField(max_length=50, null=True, blank=True)
    marketing_consent_given = models.BooleanField(default=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    def send_alert_email(self, subject: str, message: str):
        send_mail(
            subject=subject,
            message=message,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[self.email],
            fail_silently=True,
        )
