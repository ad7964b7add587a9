class ConfigError(Exception):
    pass


class Config:
    section: str = ""

    def __init__(self, root_config=None) -> None:
        self.root = root_config
