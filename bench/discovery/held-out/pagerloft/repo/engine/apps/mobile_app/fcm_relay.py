"""Direct Firebase Cloud Messaging. Only active when FCM_RELAY_ENABLED=true (Pagerloft Cloud itself)."""
import firebase_admin
from django.conf import settings
from firebase_admin import credentials, messaging

_app = None


def _firebase_app():
    global _app
    if _app is None:
        # GOOGLE_APPLICATION_CREDENTIALS points to the service account json
        _app = firebase_admin.initialize_app(
            credentials.ApplicationDefault(), options={"projectId": settings.FCM_PROJECT_ID}
        )
    return _app


def send_message_to_fcm_device(message: dict) -> str:
    fcm_message = messaging.Message(
        data=message["data"],
        token=message["device_token"] if "device_token" in message else None,
        android=messaging.AndroidConfig(priority="high"),
    )
    return messaging.send(fcm_message, app=_firebase_app())
