# Add your plugins and plugin settings here.
# Of course uncomment this file out.

# To learn how to build images with your required plugins
# See https://github.com/boxnet-community/boxnet-docker/wiki/Using-boxnet-Plugins

PLUGINS = []

# PLUGINS = ["boxnet_bgp", "boxnet_topology_views"]

# PLUGINS_CONFIG = {
#   "boxnet_bgp": {
#     'device_ext_page': 'right',
#     'top_level_menu': True,
#   },
#   "boxnet_slm": {
#     'sync_url': 'https://licensing.example.com/api/v2/',
#   },
# }
