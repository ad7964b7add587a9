from __future__ import annotations

import copy
import logging
from typing import Any, cast, TYPE_CHECKING

from celery.exceptions import SoftTimeLimitExceeded
from flask import current_app, g

from vizdash.exceptions import VizdashVizException
from vizdash.extensions import async_query_manager, cache_manager, celery_app
from vizdash.utils.cache import generate_cache_key, set_and_log_cache
from vizdash.utils.core import override_user

if TYPE_CHECKING:
    from vizdash.common.query_context import QueryContext

logger = logging.getLogger(__name__)
query_context_factory = None


def set_form_data(form_data: dict[str, Any]) -> None:
    # pylint: disable=assigning-non-slot
    g.form_data = form_data


def _load_user_from_job_metadata(job_metadata: dict[str, Any]) -> Any:
    from vizdash import security_manager

    if user_id := job_metadata.get("user_id"):
        return security_manager.get_user_by_id(user_id)
    return security_manager.get_anonymous_user()


@celery_app.task(name="load_chart_data_into_cache", soft_time_limit=300)
def load_chart_data_into_cache(
    job_metadata: dict[str, Any],
    form_data: dict[str, Any],
) -> None:
    # pylint: disable=import-outside-toplevel
    from vizdash.commands.chart.data.get_data_command import ChartDataCommand

    user = _load_user_from_job_metadata(job_metadata)
    with override_user(user, force=False):
        try:
            set_form_data(form_data)
            query_context = _create_query_context_from_form(form_data)
            command = ChartDataCommand(query_context)
            result = command.run(cache=True)
            cache_key = result["cache_key"]
            result_url = f"/api/v1/chart/data/{cache_key}"
            async_query_manager.update_job(
                job_metadata,
                async_query_manager.STATUS_DONE,
                result_url=result_url,
            )
        except SoftTimeLimitExceeded as ex:
            logger.warning("A timeout occurred while loading chart data, error: %s", ex)
            raise
        except Exception as ex:
            errors = getattr(ex, "errors", None) or [{"message": str(ex)}]
            async_query_manager.update_job(
                job_metadata, async_query_manager.STATUS_ERROR, errors=errors
            )
            raise


def _create_query_context_from_form(form_data: dict[str, Any]) -> "QueryContext":
    from vizdash.common.query_context_factory import QueryContextFactory

    return QueryContextFactory().create(**form_data)
