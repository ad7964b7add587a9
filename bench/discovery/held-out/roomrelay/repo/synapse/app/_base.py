import logging
import sys

logger = logging.getLogger(__name__)


def setup_sentry(hs) -> None:
    """Enable sentry integration, if enabled in configuration (disabled in deploy/homeserver.yaml)."""
    if not hs.config.metrics.sentry_enabled:
        return
    import sentry_sdk

    sentry_sdk.init(dsn=hs.config.metrics.sentry_dsn, release="synapse")


def start(hs) -> None:
    setup_sentry(hs)
    hs.get_replication_command_handler().start_replication(hs)
    hs.get_pusherpool().start()


def quit_with_error(error_string: str) -> None:
    print(error_string, file=sys.stderr)
    sys.exit(1)
