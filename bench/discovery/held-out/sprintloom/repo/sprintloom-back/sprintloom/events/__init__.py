default_app_config = "sprintloom.events.apps.EventsAppConfig"
