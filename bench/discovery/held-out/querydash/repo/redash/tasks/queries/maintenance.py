import logging
import time

from rq.timeouts import JobTimeoutException

from redash import models, redis_connection, settings, statsd_client
from redash.models.parameterized_query import InvalidParameterError, QueryDetachedFromDataSourceError
from redash.tasks.failure_report import track_failure
from redash.tasks.worker import Job, Queue
from redash.utils import json_dumps
from redash.worker import get_job_logger, job

from .execution import enqueue_query

logger = get_job_logger(__name__)


def empty_schedules():
    logger.info("Deleting schedules of past scheduled queries...")
    queries = models.Query.past_scheduled_queries()
    for query in queries:
        query.schedule = None
    models.db.session.commit()
    logger.info("Deleted %d schedules.", len(queries))


def refresh_queries():
    """Periodic job (queue 'periodic' -> `worker`): reads outdated queries from Postgres
    and enqueues them on 'scheduled_queries' (consumed by `scheduled_worker`)."""
    logger.info("Refreshing queries...")
    enqueued = []
    for query in models.Query.outdated_queries():
        if settings.FEATURE_DISABLE_REFRESH_QUERIES:
            break
        if query.data_source.paused:
            continue
        try:
            enqueue_query(
                query.query_text,
                query.data_source,
                query.user_id,
                scheduled_query=query,
                metadata={"query_id": query.id, "Username": "Scheduled"},
            )
            enqueued.append(query)
        except Exception as e:
            message = "Could not enqueue query %d due to %s" % (query.id, repr(e))
            logging.info(message)
            track_failure(query, message)

    stats = {"queries": len(enqueued), "outdated_queries": len(enqueued)}
    redis_connection.hset("redash:status", "outdated_queries_count", len(enqueued))
    redis_connection.hset("redash:status", "last_refresh_at", time.time())
    redis_connection.hset("redash:status", "query_ids", json_dumps([q.id for q in enqueued]))
    statsd_client.gauge("manager.seconds_since_refresh", time.time() - float(time.time()))
    logger.info("Done refreshing queries: %s" % stats)


def cleanup_query_results():
    """Job to cleanup unused query results -- such that no query links to them anymore, and older than
    settings.QUERY_RESULTS_MAX_AGE (a week by default, so it's less likely to be open in someone's browser and be used).
    """
    logger.info(
        "Running query results clean up (removing maximum of %d unused results, that are %d days old or more)",
        settings.QUERY_RESULTS_CLEANUP_COUNT,
        settings.QUERY_RESULTS_CLEANUP_MAX_AGE,
    )
    unused_query_results = models.QueryResult.unused(settings.QUERY_RESULTS_CLEANUP_MAX_AGE)
    deleted_count = models.QueryResult.query.filter(
        models.QueryResult.id.in_(unused_query_results.limit(settings.QUERY_RESULTS_CLEANUP_COUNT).subquery())
    ).delete(synchronize_session=False)
    models.db.session.commit()
    logger.info("Deleted %d unused query results.", deleted_count)


def remove_ghost_locks():
    """Removes query locks that reference a non existing RQ job."""
    keys = redis_connection.keys("query_hash_job:*")
    locks = {k: redis_connection.get(k) for k in keys}
    jobs = list(locks.values())
    pipeline = redis_connection.pipeline()
    count = 0
    for lock, job_id in locks.items():
        if not Job.exists(job_id):
            pipeline.delete(lock)
            count += 1
    pipeline.execute()
    logger.info("Locks found: {}, Locks removed: {}".format(len(locks), count))


@job("schemas")
def refresh_schema(data_source_id):
    ds = models.DataSource.get_by_id(data_source_id)
    logger.info("task=refresh_schema state=start ds_id=%s", ds.id)
    start_time = time.time()
    try:
        ds.get_schema(refresh=True)
        logger.info("task=refresh_schema state=finished ds_id=%s runtime=%.2f", ds.id, time.time() - start_time)
        statsd_client.incr("refresh_schema.success")
    except JobTimeoutException:
        logger.info("task=refresh_schema state=timeout ds_id=%s", ds.id)
        statsd_client.incr("refresh_schema.timeout")
    except Exception:
        logger.warning("Failed refreshing schema for the data source: %s", ds.name, exc_info=1)
        statsd_client.incr("refresh_schema.error")


def refresh_schemas():
    """Refreshes the data sources schemas (enqueues on 'schemas' -> scheduled_worker)."""
    blacklist = [int(ds_id) for ds_id in redis_connection.smembers("data_sources:schema:blacklist") if ds_id]
    global_start_time = time.time()
    logger.info("task=refresh_schemas state=start")
    for ds in models.DataSource.query:
        if ds.paused:
            logger.info("task=refresh_schema state=skip ds_id=%s reason=paused(%s)", ds.id, ds.pause_reason)
        elif ds.id in blacklist:
            logger.info("task=refresh_schema state=skip ds_id=%s reason=blacklist", ds.id)
        elif ds.org.is_disabled:
            logger.info("task=refresh_schema state=skip ds_id=%s reason=org_disabled", ds.id)
        else:
            refresh_schema.delay(ds.id)
    logger.info("task=refresh_schemas state=finish total_runtime=%.2f", time.time() - global_start_time)
