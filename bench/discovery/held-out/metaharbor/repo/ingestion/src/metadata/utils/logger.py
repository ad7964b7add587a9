"""Module loggers"""
import logging
from enum import Enum

BASE_LOGGING_FORMAT = "[%(asctime)s] %(levelname)-8s {%(name)s:%(module)s:%(lineno)d} - %(message)s"
logging.basicConfig(format=BASE_LOGGING_FORMAT, datefmt="%Y-%m-%d %H:%M:%S")


class Loggers(Enum):
    OMETA = "OMetaAPI"
    CLI = "Metadata"
    INGESTION = "Ingestion"
    UTILS = "Utils"


def ometa_logger():
    return logging.getLogger(Loggers.OMETA.value)


def ingestion_logger():
    return logging.getLogger(Loggers.INGESTION.value)


def cli_logger():
    return logging.getLogger(Loggers.CLI.value)
