import os

from search_service import create_app

application = create_app(
    config_module_class=os.getenv('SEARCH_SVC_CONFIG_MODULE_CLASS') or
    'search_service.config.LocalConfig')

if __name__ == '__main__':
    application.run(host='0.0.0.0', port=5001)
