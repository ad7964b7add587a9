from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from .models import CourseEnrollment


@require_POST
def password_reset(request):
    user = User.objects.filter(email=request.POST.get("email")).first()
    if user:
        token = default_token_generator.make_token(user)
        body = render_to_string("emails/password_reset.txt", {"user": user, "token": token,
                                                               "site": settings.LMS_ROOT_URL})
        # Sent synchronously through the SMTP relay (EMAIL_HOST)
        send_mail("Password reset on CourseHall", body, settings.DEFAULT_FROM_EMAIL, [user.email])
    return JsonResponse({"success": True})


@require_POST
def change_enrollment(request):
    enrollment, _ = CourseEnrollment.objects.get_or_create(user=request.user, course_id=request.POST["course_id"])
    enrollment.is_active = request.POST.get("enrollment_action") == "enroll"
    enrollment.save()
    return JsonResponse({"active": enrollment.is_active})
