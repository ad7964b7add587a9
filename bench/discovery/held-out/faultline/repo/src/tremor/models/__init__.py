from .option import Option  # noqa: F401
from .project import Project  # noqa: F401
