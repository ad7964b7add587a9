# pylint: disable=consider-using-transaction
import logging
import uuid
from typing import Any, Optional, Union

import backoff
import msgpack
from celery.exceptions import SoftTimeLimitExceeded
from flask import current_app

from vizdash import results_backend, results_backend_use_msgpack, security_manager
from vizdash.extensions import celery_app, db
from vizdash.models.sql_lab import Query
from vizdash.result_set import VizdashResultSet
from vizdash.utils.core import zlib_compress
from vizdash.utils.dates import now_as_float

logger = logging.getLogger(__name__)

SQLLAB_TIMEOUT = 300
SQLLAB_HARD_TIMEOUT = SQLLAB_TIMEOUT + 60


class SqlLabException(Exception):
    pass


@backoff.on_exception(backoff.constant, Exception, interval=1, max_tries=5)
def get_query(query_id: int) -> Query:
    """attempts to get the query and retry if it cannot"""
    try:
        return db.session.query(Query).filter_by(id=query_id).one()
    except Exception as ex:
        raise SqlLabException("Failed at getting query") from ex


@celery_app.task(
    name="sql_lab.get_sql_results",
    time_limit=SQLLAB_HARD_TIMEOUT,
    soft_time_limit=SQLLAB_TIMEOUT,
)
def get_sql_results(  # pylint: disable=too-many-arguments
    query_id: int,
    rendered_query: str,
    return_results: bool = True,
    store_results: bool = False,
    username: Optional[str] = None,
    start_time: Optional[float] = None,
    expand_data: bool = False,
    log_params: Optional[dict[str, Any]] = None,
) -> Optional[dict[str, Any]]:
    """Executes the sql query returns the results."""
    with current_app.test_request_context():
        with security_manager.override_user(security_manager.find_user(username)):
            try:
                return execute_sql_statements(
                    query_id,
                    rendered_query,
                    return_results,
                    store_results,
                    start_time=start_time,
                    expand_data=expand_data,
                    log_params=log_params,
                )
            except Exception as ex:  # pylint: disable=broad-except
                logger.debug("Query %d: %s", query_id, ex)
                query = get_query(query_id)
                query.status = "failed"
                query.error_message = str(ex)
                db.session.commit()
                raise


def execute_sql_statements(
    query_id: int,
    rendered_query: str,
    return_results: bool,
    store_results: bool,
    start_time: Optional[float],
    expand_data: bool,
    log_params: Optional[dict[str, Any]],
) -> Optional[dict[str, Any]]:
    """Executes the sql query returns the results."""
    query = get_query(query_id)
    # The analytics database is whichever connection the user picked in the UI
    database = query.database
    db_engine_spec = database.db_engine_spec
    db_engine_spec.patch()

    if store_results and not results_backend:
        raise SqlLabException("Results backend isn't configured.")

    with database.get_raw_connection(catalog=query.catalog, schema=query.schema) as conn:
        cursor = conn.cursor()
        cursor.execute(rendered_query)
        data = db_engine_spec.fetch_data(cursor)
        result_set = VizdashResultSet(data, cursor.description, db_engine_spec)

    payload = {"query_id": query.id, "status": "success", "data": result_set.to_dict()}

    if store_results and results_backend:
        key = str(uuid.uuid4())
        payload["query"] = query.to_dict()
        if results_backend_use_msgpack:
            serialized_payload = msgpack.dumps(payload, use_bin_type=True)
        else:
            serialized_payload = __import__("json").dumps(payload, default=str)
        compressed = zlib_compress(serialized_payload)
        logger.debug("*** serialized payload size: %i", len(serialized_payload))
        write_success = results_backend.set(
            key, compressed, current_app.config["CACHE_DEFAULT_TIMEOUT"]
        )
        if not write_success:
            logger.error("Query %s: Failed to store results in backend", str(query.id))
        else:
            query.results_key = key

    query.status = "success"
    query.end_time = now_as_float()
    db.session.commit()

    if return_results:
        return payload
    return None
