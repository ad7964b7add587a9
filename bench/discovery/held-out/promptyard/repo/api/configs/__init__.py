from .app_config import YardConfig

yard_config = YardConfig()  # type: ignore
