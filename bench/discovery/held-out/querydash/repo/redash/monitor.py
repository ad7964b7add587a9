from funcy import flatten
from rq import Queue, Worker
from rq.job import Job

from redash import __version__, redis_connection, rq_redis_connection, settings
from redash.models import Dashboard, Query, QueryResult, db


def get_redis_status():
    info = redis_connection.info()
    return {"redis_used_memory": info["used_memory"], "redis_used_memory_human": info["used_memory_human"]}


def get_object_counts():
    status = {}
    status["queries_count"] = Query.query.count()
    if settings.FEATURE_SHOW_QUERY_RESULTS_COUNT if hasattr(settings, "FEATURE_SHOW_QUERY_RESULTS_COUNT") else True:
        status["query_results_count"] = QueryResult.query.count()
        status["unused_query_results_count"] = QueryResult.unused().count()
    status["dashboards_count"] = Dashboard.query.count()
    return status


def get_db_sizes():
    database_metrics = []
    queries = [
        ["Query Results Size", "select pg_total_relation_size('query_results') as size from (select 1) as a"],
        ["Redash DB Size", "select pg_database_size(current_database()) as size"],
    ]
    for query_name, query in queries:
        result = db.session.execute(query).first()
        database_metrics.append([query_name, result[0]])
    return database_metrics


def get_status():
    status = {"version": __version__, "workers": []}
    status.update(get_redis_status())
    status.update(get_object_counts())
    status["manager"] = redis_connection.hgetall("redash:status")
    status["database_metrics"] = {"metrics": get_db_sizes()}
    return status


def rq_queues():
    return {
        q.name: {"name": q.name, "started": [], "queued": len(q.job_ids)}
        for q in Queue.all(connection=rq_redis_connection)
    }


def rq_workers():
    return [
        {"name": w.name, "hostname": w.hostname, "pid": w.pid, "queues": ", ".join([q.name for q in w.queues]), "state": w.state}
        for w in Worker.all(connection=rq_redis_connection)
    ]
