"""Main Synapse process."""
import sys

from synapse.app import _base


def setup(config_options):
    from synapse.server import HomeServer
    hs = HomeServer.from_config_args(config_options)
    hs.setup()
    return hs


def main() -> None:
    hs = setup(sys.argv[1:])
    _base.start(hs)
    hs.get_reactor().run()


if __name__ == "__main__":
    main()
