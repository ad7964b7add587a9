import typing

registered_tasks: typing.Dict[str, typing.Callable] = {}


def register_task(task_identifier: str, callable_: typing.Callable):
    registered_tasks[task_identifier] = callable_


def get_task(task_identifier: str) -> typing.Callable:
    return registered_tasks[task_identifier]
