from django.contrib.auth import get_user_model
from django.http import HttpResponse

from tremor.utils.email import MessageBuilder


def recover(request):
    if request.method != "POST":
        return HttpResponse(status=405)
    email = request.POST.get("email", "")
    if get_user_model().objects.filter(email=email).exists():
        # queued; the worker actually talks SMTP
        MessageBuilder(subject="Password Recovery", body="Follow the link to reset your password.").send_async(to=[email])
    return HttpResponse("sent")
