import csv
import io

from rq.job import JobStatus

from redash.utils import json_loads

JOB_STATUS_MAP = {
    JobStatus.QUEUED: 1,
    JobStatus.STARTED: 2,
    JobStatus.FINISHED: 3,
    JobStatus.FAILED: 4,
}


def serialize_job(job):
    updated_at = 0
    status = JOB_STATUS_MAP.get(job.get_status(), 1)
    error = ""
    query_result_id = None
    if job.is_finished:
        result = job.result
        if isinstance(result, Exception):
            error = str(result)
            status = 4
        else:
            query_result_id = result
    return {
        "job": {
            "id": job.id,
            "updated_at": updated_at,
            "status": status,
            "error": error,
            "result": query_result_id,
        }
    }


def serialize_query_result(query_result, is_api_user):
    return {
        "id": query_result.id,
        "query_hash": query_result.query_hash,
        "query": query_result.query_text,
        "data": json_loads(query_result.data),
        "data_source_id": query_result.data_source_id,
        "runtime": query_result.runtime,
        "retrieved_at": query_result.retrieved_at,
    }


def serialize_query_result_to_dsv(query_result, delimiter):
    s = io.StringIO()
    query_data = json_loads(query_result.data)
    fieldnames = [col["name"] for col in query_data["columns"]]
    writer = csv.DictWriter(s, extrasaction="ignore", fieldnames=fieldnames, delimiter=delimiter)
    writer.writeheader()
    for row in query_data["rows"]:
        writer.writerow(row)
    return s.getvalue()
