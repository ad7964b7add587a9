from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string

from .models import PluginConfiguration


class PluginsManager:
    def __init__(self, plugins: list[str]):
        self.all_plugins = []
        for plugin_path in plugins:
            plugin_class = import_string(plugin_path)
            for config in PluginConfiguration.objects.filter(
                identifier=plugin_class.PLUGIN_ID
            ):
                self.all_plugins.append(
                    plugin_class(
                        configuration=config.configuration,
                        active=config.active,
                        channel=config.channel,
                    )
                )

    def _run(self, method_name, default_value, *args, channel_slug=None, **kwargs):
        value = default_value
        for plugin in self.all_plugins:
            if not plugin.active:
                continue
            if channel_slug and plugin.channel and plugin.channel.slug != channel_slug:
                continue
            result = getattr(plugin, method_name)(*args, previous_value=value, **kwargs)
            if result is not NotImplemented:
                value = result
        return value

    def calculate_checkout_total(self, checkout):
        return self._run(
            "calculate_checkout_total",
            checkout.get_total(),
            checkout,
            channel_slug=checkout.channel_slug,
        )

    def process_payment(self, gateway_id, payment_information, channel_slug):
        for plugin in self.all_plugins:
            if plugin.PLUGIN_ID == gateway_id and plugin.active:
                return plugin.process_payment(payment_information, previous_value=None)
        raise ValueError(f"Payment gateway {gateway_id} is not active.")

    def order_created(self, order):
        return self._run("order_created", None, order, channel_slug=order.channel_slug)

    def notify(self, event, payload, channel_slug=None):
        return self._run("notify", None, event, payload, channel_slug=channel_slug)


@lru_cache(maxsize=1)
def _plugin_paths():
    return tuple(settings.PLUGINS)


def get_plugins_manager() -> PluginsManager:
    return PluginsManager(list(_plugin_paths()))
