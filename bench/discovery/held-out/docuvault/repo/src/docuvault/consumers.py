import json

from channels.exceptions import AcceptConnection, DenyConnection
from channels.generic.websocket import AsyncWebsocketConsumer


class StatusConsumer(AsyncWebsocketConsumer):
    """
    Pushes document processing progress to the UI. Messages are published by
    the Celery worker (documents.plugins.helpers.ProgressManager) onto the
    "status_updates" group of the redis channel layer and relayed here.
    """

    def _authenticated(self) -> bool:
        return "user" in self.scope and self.scope["user"].is_authenticated

    def _can_view(self, data) -> bool:
        user = self.scope.get("user")
        owner_id = data.get("owner_id")
        users_can_view = data.get("users_can_view", [])
        groups_can_view = data.get("groups_can_view", [])
        return (
            user.is_superuser
            or owner_id == user.pk
            or user.pk in users_can_view
            or any(user.groups.filter(pk__in=groups_can_view))
        )

    async def connect(self):
        if not self._authenticated():
            raise DenyConnection
        await self.channel_layer.group_add("status_updates", self.channel_name)
        raise AcceptConnection

    async def disconnect(self, close_code):
        await self.channel_layer.group_discard("status_updates", self.channel_name)

    async def status_update(self, event):
        if not self._authenticated():
            await self.close()
        elif self._can_view(event["data"]):
            await self.send(json.dumps(event))

    async def documents_deleted(self, event):
        if not self._authenticated():
            await self.close()
        else:
            await self.send(json.dumps(event))
