from django.utils.module_loading import import_string


def discover_plugins_modules(plugins: list[str]):
    plugins_modules = []
    for dotted_path in plugins:
        try:
            plugin_class = import_string(dotted_path)
        except ImportError as e:
            raise ImportError(f"Failed to import plugin {dotted_path}: {e}")
        plugins_modules.append(plugin_class.__module__.rsplit(".", 1)[0])
    return plugins_modules
