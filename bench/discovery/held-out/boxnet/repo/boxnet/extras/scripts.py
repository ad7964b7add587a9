import logging
import traceback

from django.db import transaction
from django.utils.translation import gettext as _

from core.choices import JobStatusChoices
from core.models import Job
from extras.context_managers import event_tracking
from extras.signals import clear_events
from utilities.exceptions import AbortScript, AbortTransaction

logger = logging.getLogger('boxnet.scripts')


def run_script(data, job, request=None, commit=True, **kwargs):
    """
    A wrapper for calling Script.run(). This performs error handling and provides a hook for committing changes. It
    exists outside the Script class to ensure it cannot be overridden by a script author.

    Executed inside the rqworker process; all reads/writes go to the boxnet database.
    """
    job.start()

    module = job.object
    script = module.python_class()

    logger = logging.getLogger(f"boxnet.scripts.{script.full_name}")
    logger.info(f"Running script (commit={commit})")

    # Add files to form data
    if request:
        files = request.FILES
        for field_name, fileobj in files.items():
            data[field_name] = fileobj

    # Add the current request as a property of the script
    script.request = request

    def _run_script(job):
        """
        Core script execution task. We capture this within a subfunction to allow for conditionally wrapping it with
        the event_tracking context manager (which is bypassed if commit == False).
        """
        try:
            try:
                with transaction.atomic():
                    script.output = script.run(data, commit)
                    if not commit:
                        raise AbortTransaction()
            except AbortTransaction:
                script.log_info(message=_("Database changes have been reverted automatically."))
                if script.failed:
                    logger.warning("Script failed")
                    raise

        except Exception as e:
            if type(e) is AbortScript:
                msg = _("Script aborted with error: ") + str(e)
                script.log_failure(message=msg)
                logger.error(f"Script aborted with error: {e}")
            else:
                stacktrace = traceback.format_exc()
                script.log_failure(
                    message=_("An exception occurred: ") + f"`{type(e).__name__}: {e}`\n```\n{stacktrace}\n```"
                )
                logger.error(f"Exception raised during script execution: {e}")
            job.terminate(status=JobStatusChoices.STATUS_ERRORED, error=repr(e))

        finally:
            job.data = script.get_job_data()
            job.save()

        logger.info(f"Script completed in {job.duration}")

    # Execute the script. If commit is True, wrap it with the event_tracking context manager to ensure we process
    # change logging, event rules, etc.
    if commit:
        with event_tracking(request):
            _run_script(job)
    else:
        _run_script(job)
    job.terminate()
