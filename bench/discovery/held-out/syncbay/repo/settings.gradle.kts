rootProject.name = "syncbay"
include(
    "syncbay-commons",
    "syncbay-commons-temporal",
    "syncbay-commons-storage",
    "syncbay-config",
    "syncbay-server",
    "syncbay-worker",
    "syncbay-workload-api-server",
    "syncbay-workload-launcher",
    "syncbay-cron",
    "syncbay-bootloader",
    "syncbay-connector-builder-server",
)
