"""Generic worker entrypoint: synchrotron, federation_sender, media_repository,
event_persister are all generic workers differentiated by config."""
import sys

from synapse.app import _base


def start(config_options) -> None:
    from synapse.server import HomeServer
    hs = HomeServer.from_config_args(config_options, worker=True)
    if hs.config.worker.worker_app is None:
        _base.quit_with_error("worker_app must be set for workers")
    hs.setup()
    _base.start(hs)
    hs.get_reactor().run()


def main() -> None:
    start(sys.argv[1:])


if __name__ == "__main__":
    main()
