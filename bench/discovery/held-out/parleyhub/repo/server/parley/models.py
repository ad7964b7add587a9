from django.core.cache import cache
from django.db import models

from parley.lib.cache import user_profile_by_id_cache_key


class Realm(models.Model):
    string_id = models.CharField(max_length=40, unique=True)
    name = models.CharField(max_length=40)

    @property
    def host(self) -> str:
        return self.string_id


class UserProfile(models.Model):
    realm = models.ForeignKey(Realm, on_delete=models.CASCADE)
    email = models.EmailField(db_index=True)
    enable_online_push_notifications = models.BooleanField(default=True)
    enable_offline_email_notifications = models.BooleanField(default=True)
    is_outgoing_webhook_bot = models.BooleanField(default=False)

    class Meta:
        db_table = "parley_userprofile"


def get_user_profile_by_id(user_profile_id: int) -> UserProfile:
    key = user_profile_by_id_cache_key(user_profile_id)
    user = cache.get(key)
    if user is None:
        user = UserProfile.objects.select_related("realm").get(id=user_profile_id)
        cache.set(key, user, 7 * 24 * 3600)
    return user


class PushDeviceToken(models.Model):
    APNS = 1
    FCM = 2
    user = models.ForeignKey(UserProfile, on_delete=models.CASCADE)
    kind = models.PositiveSmallIntegerField(choices=[(APNS, "apns"), (FCM, "fcm")])
    token = models.CharField(max_length=4096, db_index=True)
