"""Replication commands sent over Redis: RDATA, POSITION, USER_SYNC, FEDERATION_ACK..."""
import json
from typing import Type


class Command:
    NAME: str = ""

    def to_line(self) -> str:
        raise NotImplementedError


class ReplicateCommand(Command):
    NAME = "REPLICATE"

    def to_line(self) -> str:
        return ""


class RdataCommand(Command):
    NAME = "RDATA"

    def __init__(self, stream_name: str, instance_name: str, token, row) -> None:
        self.stream_name, self.instance_name, self.token, self.row = stream_name, instance_name, token, row

    def to_line(self) -> str:
        return " ".join((self.stream_name, self.instance_name,
                         str(self.token) if self.token is not None else "batch", json.dumps(self.row)))


class UserSyncCommand(Command):
    NAME = "USER_SYNC"

    def __init__(self, instance_id: str, user_id: str, is_syncing: bool, last_sync_ms: int) -> None:
        self.instance_id, self.user_id, self.is_syncing, self.last_sync_ms = instance_id, user_id, is_syncing, last_sync_ms

    def to_line(self) -> str:
        return " ".join((self.instance_id, self.user_id, "start" if self.is_syncing else "end", str(self.last_sync_ms)))


class FederationAckCommand(Command):
    NAME = "FEDERATION_ACK"

    def __init__(self, instance_name: str, token: int) -> None:
        self.instance_name, self.token = instance_name, token

    def to_line(self) -> str:
        return "%s %s" % (self.instance_name, self.token)


COMMAND_MAP = {c.NAME: c for c in (ReplicateCommand, RdataCommand, UserSyncCommand, FederationAckCommand)}


def parse_command_from_line(line: str) -> Command:
    idx = line.find(" ")
    name = line[:idx] if idx >= 0 else line
    cmd_cls: Type[Command] = COMMAND_MAP[name]
    return cmd_cls.__new__(cmd_cls)
