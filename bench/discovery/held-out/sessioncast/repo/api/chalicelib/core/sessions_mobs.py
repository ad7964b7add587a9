from decouple import config

from chalicelib.utils import s3
from chalicelib.utils.ch_client import ClickHouseClient
from chalicelib.utils import pg_client


def __get_mob_keys(project_id, session_id):
    params = {"sessionId": session_id, "projectId": project_id}
    return [config("SESSION_MOB_PATTERN_S", default="%(sessionId)s/dom.mobs") % params,
            config("SESSION_MOB_PATTERN_E", default="%(sessionId)s/dom.mobe") % params]


def get_urls(project_id, session_id, check_existence: bool = True):
    results = []
    for k in __get_mob_keys(project_id=project_id, session_id=session_id):
        if check_existence and not s3.exists(bucket=config("sessions_bucket"), key=k):
            continue
        results.append(s3.get_presigned_url_for_sharing(bucket=config("sessions_bucket"),
                                                        expires_in=config("PRESIGNED_URL_EXPIRATION", cast=int,
                                                                          default=900),
                                                        key=k))
    return results


def get_session_events_count(project_id, session_id):
    with ClickHouseClient() as ch:
        rows = ch.execute("""SELECT count(1) AS count FROM experimental.events
                             WHERE project_id = %(project_id)s AND session_id = %(session_id)s""",
                          {"project_id": project_id, "session_id": session_id})
    return rows[0]["count"] if rows else 0


def get_session(project_id, session_id):
    with pg_client.PostgresClient() as cur:
        cur.execute(cur.mogrify("""SELECT * FROM public.sessions
                                   WHERE project_id = %(project_id)s AND session_id = %(session_id)s""",
                                {"project_id": project_id, "session_id": session_id}))
        return cur.fetchone()


def delete_mobs(project_id, session_ids):
    for session_id in session_ids:
        for k in __get_mob_keys(project_id=project_id, session_id=session_id):
            s3.schedule_for_deletion(config("sessions_bucket"), k)
