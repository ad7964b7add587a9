# Batch exports are not part of the self-hosted build. The Snowflake/BigQuery destinations live in
# the cloud-only repository; the stub below is kept so imports in migrations resolve.
from django.conf import settings

DESTINATIONS: dict = {}

# if settings.BATCH_EXPORTS_ENABLED:
#     import snowflake.connector
#
#     def snowflake_connection(config):
#         return snowflake.connector.connect(
#             account=config["account"], user=config["user"], password=config["password"],
#             warehouse=config["warehouse"], database=config["database"],
#         )
#
#     DESTINATIONS["Snowflake"] = snowflake_connection
