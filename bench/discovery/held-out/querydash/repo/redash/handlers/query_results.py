import logging
import time

from flask import make_response, request
from flask_login import current_user
from flask_restful import abort

from redash import models, settings
from redash.handlers.base import BaseResource, get_object_or_404, record_event
from redash.permissions import has_access, not_view_only, require_access, view_only
from redash.serializers import serialize_job, serialize_query_result_to_dsv, serialize_query_result
from redash.tasks import Job
from redash.tasks.queries import enqueue_query
from redash.utils import collect_parameters_from_request, gen_query_hash, json_dumps, utcnow

logger = logging.getLogger(__name__)


def error_response(message, http_status=400):
    return {"job": {"status": 4, "error": message}}, http_status


def run_query(query_text, data_source, parameter_values, query_id, max_age=0):
    if data_source.paused:
        return error_response(
            "{} is paused ({}). Please try later.".format(data_source.name, data_source.pause_reason)
        )

    if max_age != 0:
        query_result = models.QueryResult.get_latest(data_source, query_text, max_age)
        if query_result:
            return {"query_result": serialize_query_result(query_result, current_user.is_api_user())}

    # Push the execution request onto Redis; an adhoc_worker (queue "queries") picks it up.
    job = enqueue_query(
        query_text,
        data_source,
        current_user.id,
        current_user.is_api_user(),
        metadata={
            "Username": repr(current_user),
            "query_id": query_id,
        },
    )
    return serialize_job(job)


class QueryResultListResource(BaseResource):
    def post(self):
        params = request.get_json(force=True)
        query = params["query"]
        max_age = params.get("max_age", -1)
        if max_age is None:
            max_age = -1
        max_age = int(max_age)
        query_id = params.get("query_id", "adhoc")
        parameters = params.get("parameters", collect_parameters_from_request(request.args))

        data_source_id = params.get("data_source_id")
        if data_source_id:
            data_source = models.DataSource.get_by_id_and_org(data_source_id, self.current_org)
        else:
            return error_response("Please select data source to run this query.", 401)

        if not has_access(data_source, self.current_user, not_view_only):
            return error_response("You do not have permission to run queries with this data source.", 403)

        self.record_event({"action": "execute_query", "object_id": data_source.id, "object_type": "data_source", "query": query})
        return run_query(query, data_source, parameters, query_id, max_age)


class QueryResultResource(BaseResource):
    def get(self, query_id=None, query_result_id=None, filetype="json"):
        query_result = None
        if query_result_id:
            query_result = get_object_or_404(models.QueryResult.get_by_id_and_org, query_result_id, self.current_org)
        elif query_id is not None:
            query = get_object_or_404(models.Query.get_by_id_and_org, query_id, self.current_org)
            query_result = query.latest_query_data
        if query_result is None:
            abort(404, message="No cached result found for this query.")
        require_access(query_result.data_source, self.current_user, view_only)
        if filetype == "csv":
            response = make_response(serialize_query_result_to_dsv(query_result, ","))
            response.headers["Content-Type"] = "text/csv; charset=UTF-8"
            return response
        return {"query_result": serialize_query_result(query_result, self.current_user.is_api_user())}


class JobResource(BaseResource):
    def get(self, job_id, query_id=None):
        """Retrieve info about a running query job (status is stored in Redis by RQ)."""
        job = Job.fetch(job_id)
        return serialize_job(job)

    def delete(self, job_id):
        job = Job.fetch(job_id)
        job.cancel()
