import unittest

from metadata_service import create_app


class ConfigTest(unittest.TestCase):
    def test_neo4j_config_selected(self) -> None:
        app = create_app(config_module_class='metadata_service.config.TestConfig')
        self.assertEqual(app.config['PROXY_HOST'], 'bolt://neo4j-test')
        self.assertEqual(app.config['PROXY_CLIENT'], 'metadata_service.proxy.neo4j_proxy.Neo4jProxy')

    def test_atlas_config(self) -> None:
        app = create_app(config_module_class='metadata_service.config.AtlasConfig')
        self.assertEqual(app.config['PROXY_CLIENT'], 'metadata_service.proxy.atlas_proxy.AtlasProxy')
        self.assertEqual(app.config['PROXY_PORT'], '21000')
