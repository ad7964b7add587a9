"""Entry point: ``dagflow <command>`` (console script ``dagflow = dagflow.__main__:main``)."""
from __future__ import annotations

from dagflow.cli import cli_parser


def main() -> None:
    parser = cli_parser.get_parser()
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
