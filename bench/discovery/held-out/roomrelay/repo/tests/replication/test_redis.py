"""Replication tests run against an in-memory fake redis, never a real server."""
from tests.unittest import HomeserverTestCase


class FakeRedisPubSubServer:
    def __init__(self) -> None:
        self._subscribers_by_channel = {}

    def add_subscriber(self, conn, channel: str) -> None:
        self._subscribers_by_channel.setdefault(channel, set()).add(conn)

    def publish(self, channel: str, message: str) -> int:
        subs = self._subscribers_by_channel.get(channel, set())
        for conn in subs:
            conn.messageReceived(None, channel, message)
        return len(subs)


class RedisMultiWorkerStreamTestCase(HomeserverTestCase):
    def default_config(self):
        conf = super().default_config()
        conf["redis"] = {"enabled": True, "host": "testserv", "port": 6379}
        return conf

    def test_publish_reaches_subscriber(self) -> None:
        server = FakeRedisPubSubServer()
        got = []

        class Conn:
            def messageReceived(self, p, c, m):
                got.append(m)

        server.add_subscriber(Conn(), "test")
        server.publish("test", "POSITION events master 1 2")
        self.assertEqual(got, ["POSITION events master 1 2"])
