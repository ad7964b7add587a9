from django.contrib.auth import get_user_model
from rest_framework import response, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny

from . import services


class UsersViewSet(viewsets.ViewSet):
    permission_classes = (AllowAny,)

    @action(detail=False, methods=["POST"])
    def password_recovery(self, request):
        username_or_email = request.data.get("username", "")
        User = get_user_model()
        user = User.objects.filter(email__iexact=username_or_email).first() or \
            User.objects.filter(username=username_or_email).first()
        if user is None:
            return response.Response({"detail": "Invalid username or email"}, status=status.HTTP_400_BAD_REQUEST)
        services.send_password_recovery_email(user)   # goes out right away via djmail -> SMTP
        return response.Response({"detail": "Mail sended successfully!"})

    @action(detail=False, methods=["POST"])
    def register(self, request):
        User = get_user_model()
        user = User.objects.create_user(request.data["username"], request.data["email"], request.data["password"])
        services.send_register_email(user)
        return response.Response({"id": user.id}, status=status.HTTP_201_CREATED)
