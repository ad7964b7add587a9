#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
This module defines the CLI commands for Metaharbor: `metadata ingest -c workflow.yaml`
"""
import argparse
import pathlib
import sys

import yaml

from metadata.utils.logger import cli_logger
from metadata.workflow.metadata import MetadataWorkflow

logger = cli_logger()


def run_ingest(config_path: pathlib.Path) -> None:
    with open(config_path, encoding="utf-8") as file:
        config_dict = yaml.safe_load(file)
    workflow = MetadataWorkflow.create(config_dict)
    workflow.execute()
    workflow.raise_from_status()
    workflow.print_status()
    workflow.stop()


def get_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="metadata", description="Ingestion Framework CLI")
    sub_parser = parser.add_subparsers(dest="command")
    ingest = sub_parser.add_parser("ingest", help="Ingestion Workflow")
    ingest.add_argument("-c", "--config", type=pathlib.Path, required=True)
    return parser


def metadata(args=None):
    parser = get_parser()
    contains_args = vars(parser.parse_args(args))
    if contains_args.get("command") == "ingest":
        run_ingest(contains_args["config"])
    else:
        parser.print_help()
        sys.exit(1)
