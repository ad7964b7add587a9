"""Package's main module!"""
from werkzeug.local import LocalProxy

from vizdash.extensions import (
    appbuilder,  # noqa: F401
    cache_manager,
    event_logger,  # noqa: F401
    feature_flag_manager,
    results_backend_manager,
    security_manager,  # noqa: F401
)

# All of the fields located here should be considered legacy. The correct way
# to declare "global" dependencies is to define it in extensions.py,
# then initialize it in app.create_app(). These fields will be removed
# in subsequent PRs as things are migrated towards the factory pattern
cache = cache_manager.cache
data_cache = cache_manager.data_cache
thumbnail_cache = cache_manager.thumbnail_cache
is_feature_enabled = feature_flag_manager.is_feature_enabled
results_backend = LocalProxy(lambda: results_backend_manager.results_backend)
results_backend_use_msgpack = LocalProxy(
    lambda: results_backend_manager.should_use_msgpack
)
