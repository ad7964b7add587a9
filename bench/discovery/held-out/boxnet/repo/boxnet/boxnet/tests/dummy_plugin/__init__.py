from boxnet.plugins import PluginConfig


class DummyPluginConfig(PluginConfig):
    name = 'boxnet.tests.dummy_plugin'
    verbose_name = 'Dummy plugin'
    version = '0.0'
    description = 'For testing purposes only'
    base_url = 'dummy-plugin'
    min_version = '1.0'
    max_version = '9.0'
    middleware = [
        'boxnet.tests.dummy_plugin.middleware.DummyMiddleware'
    ]
    queues = [
        'testing-low',
        'testing-medium',
        'testing-high'
    ]
    default_settings = {
        'dummy_url': 'http://dummy-plugin.example.com/api/',
    }


config = DummyPluginConfig
