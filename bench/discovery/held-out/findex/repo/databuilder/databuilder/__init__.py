import abc

from pyhocon import ConfigFactory, ConfigTree


class Scoped(object, metaclass=abc.ABCMeta):
    _EMPTY_CONFIG = ConfigFactory.from_dict({})
    """
    An interface for class that works with scoped (nested) config.
    https://github.com/chimpler/pyhocon
    A scoped instance will use config within its scope. This is a way to
    distribute configuration to its implementation instead of having it in
    one central place.
    """

    @abc.abstractmethod
    def init(self, conf: ConfigTree) -> None:
        pass

    @abc.abstractmethod
    def get_scope(self) -> str:
        pass

    def close(self) -> None:
        pass

    @staticmethod
    def get_scoped_conf(conf: ConfigTree, scope: str) -> ConfigTree:
        if not scope:
            return Scoped._EMPTY_CONFIG
        return conf.get(scope, Scoped._EMPTY_CONFIG)
