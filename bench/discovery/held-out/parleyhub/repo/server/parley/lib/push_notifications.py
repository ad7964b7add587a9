import logging
from typing import Any, Dict, List, Optional

from django.conf import settings

from parley.lib.remote_server import send_json_to_push_bouncer

logger = logging.getLogger(__name__)


def uses_notification_bouncer() -> bool:
    return settings.PUSH_NOTIFICATION_BOUNCER_URL is not None


# Direct delivery is only used by servers that hold their own APNs
# certificate / FCM credentials (the push bouncer itself).  Self-hosted
# installations, including the docker deployment, go through the bouncer.
def has_apns_credentials() -> bool:
    return settings.APNS_CERT_FILE is not None


def has_fcm_credentials() -> bool:
    return settings.ANDROID_FCM_CREDENTIALS_PATH is not None


def send_apple_push_notification(user_identity: Any, devices: List[Any], payload_data: Dict[str, Any]) -> int:
    if not has_apns_credentials():
        logger.debug("APNs: Dropping a notification because nothing configured.")
        return 0
    import aioapns

    client = aioapns.APNs(client_cert=settings.APNS_CERT_FILE, topic="net.parleyhub.app", use_sandbox=False)
    sent = 0
    for device in devices:
        client.send_notification(aioapns.NotificationRequest(device_token=device.token, message=payload_data))
        sent += 1
    return sent


def send_android_push_notification(user_identity: Any, devices: List[Any], data: Dict[str, Any]) -> int:
    if not has_fcm_credentials():
        logger.debug("FCM: Dropping a notification because nothing configured.")
        return 0
    import firebase_admin.messaging

    messages = [firebase_admin.messaging.Message(data=data, token=d.token) for d in devices]
    return firebase_admin.messaging.send_each(messages).success_count


def send_notifications_to_bouncer(user_profile_id: int, apns_payload: Dict[str, Any], gcm_payload: Dict[str, Any]) -> int:
    post_data = {
        "user_id": user_profile_id,
        "apns_payload": apns_payload,
        "gcm_payload": gcm_payload,
        "gcm_options": {"priority": "high"},
    }
    response_data = send_json_to_push_bouncer("POST", "push/notify", post_data)
    return int(response_data.get("total_android_devices", 0)) + int(response_data.get("total_apple_devices", 0))


def handle_push_notification(user_profile_id: int, missed_message: Dict[str, Any]) -> None:
    payload = {"event": "message", "message_id": missed_message["message_id"], "sender": missed_message.get("sender")}
    if settings.PUSH_NOTIFICATION_REDACT_CONTENT:
        payload["content"] = "New message"
    if uses_notification_bouncer():
        send_notifications_to_bouncer(user_profile_id, payload, payload)
        return
    from parley.models import PushDeviceToken

    apple = list(PushDeviceToken.objects.filter(user_id=user_profile_id, kind=PushDeviceToken.APNS))
    android = list(PushDeviceToken.objects.filter(user_id=user_profile_id, kind=PushDeviceToken.FCM))
    send_apple_push_notification(user_profile_id, apple, payload)
    send_android_push_notification(user_profile_id, android, payload)


def add_push_device_token(user_profile_id: int, token: str, kind: int) -> None:
    if uses_notification_bouncer():
        send_json_to_push_bouncer("POST", "push/register", {"user_id": user_profile_id, "token": token, "token_kind": kind})
