from django.http import HttpResponseNotFound

from .manager import get_plugins_manager


def handle_plugin_webhook(request, plugin_id, channel_slug=None):
    """Entry point for notifications pushed by payment gateways (Stripe/Adyen)."""
    manager = get_plugins_manager()
    for plugin in manager.all_plugins:
        if plugin.PLUGIN_ID == plugin_id and hasattr(plugin, "webhook"):
            return plugin.webhook(request, request.path, None)
    return HttpResponseNotFound()
