# Django settings entry point.  The real work is in computed_settings.py,
# which imports the administrator's /etc/parleyhub/settings.py (via prod_settings).
from .computed_settings import *  # noqa: F403
