import logging

from django.contrib.auth import get_user_model

from sprintloom.celery import app
from sprintloom.events import events

from .importer import GithubImporter

logger = logging.getLogger("sprintloom.importers.github")


@app.task(bind=True)
def import_project(self, user_id, token, project_id, options):
    user = get_user_model().objects.get(id=user_id)
    importer = GithubImporter(user, token, options.get("import_closed_data", False))
    try:
        project = importer.import_project(project_id, options)
    except Exception:
        logger.exception("Error importing GitHub project %s", project_id)
        events.emit_event_for_user_notification(user.id, event_type="import_error",
                                                data={"type": "import_error", "project": project_id})
        raise
    events.emit_event_for_user_notification(user.id, data={"type": "import_finished", "slug": project.slug})
