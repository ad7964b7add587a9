from posthog.clickhouse.client.execute import sync_execute

__all__ = ["sync_execute"]
