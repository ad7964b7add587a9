import os

from posthog.settings.utils import get_from_env, str_to_bool

# Slack app used for subscriptions ("deliver this dashboard to #channel")
SLACK_APP_CLIENT_ID = get_from_env("SLACK_APP_CLIENT_ID", "", optional=True)
SLACK_APP_CLIENT_SECRET = get_from_env("SLACK_APP_CLIENT_SECRET", "", optional=True)
SLACK_APP_SIGNING_SECRET = get_from_env("SLACK_APP_SIGNING_SECRET", "", optional=True)
SLACK_API_BASE_URL = os.getenv("SLACK_API_BASE_URL", "https://slack.com/api/")

# Plugin server internal HTTP API (hog function test invocations, plugin source validation)
PLUGIN_SERVER_API_URL = os.getenv("PLUGIN_SERVER_API_URL", "http://localhost:6738")
PLUGINS_RELOAD_PUBSUB_CHANNEL = os.getenv("PLUGINS_RELOAD_PUBSUB_CHANNEL", "reload-plugins")

# Batch export destinations (not enabled in self-hosted builds)
BATCH_EXPORTS_ENABLED = get_from_env("BATCH_EXPORTS_ENABLED", False, type_cast=str_to_bool)

# Batch exports are not part of the self-hosted build. The Snowflake/BigQuery destinations live in
# the cloud-only repository.
# if BATCH_EXPORTS_ENABLED:
#     SNOWFLAKE_ACCOUNT = os.getenv("SNOWFLAKE_ACCOUNT", "hoglytics.eu-central-1")
#     SNOWFLAKE_WAREHOUSE = os.getenv("SNOWFLAKE_WAREHOUSE", "COMPUTE_WH")
#     SNOWFLAKE_URL = f"https://{SNOWFLAKE_ACCOUNT}.snowflakecomputing.com"
