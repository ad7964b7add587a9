"""Task SDK: the public authoring interface for DAG files."""
from dagflow.sdk.definitions.baseoperator import BaseOperator
from dagflow.sdk.definitions.dag import DAG, task
from dagflow.sdk.definitions.baseoperator import BaseNotifier
from dagflow.sdk.definitions.triggers import BaseTrigger, TriggerEvent

__all__ = ["DAG", "task", "BaseOperator", "BaseNotifier", "BaseTrigger", "TriggerEvent"]
