import logging
from os import access, R_OK
from os.path import exists as path_exists, getsize

import jwt
import requests
from decouple import config
from fastapi import HTTPException, status

from chalicelib.utils.redis_client import cache_get, cache_set

logger = logging.getLogger(__name__)

ASSIST_KEY = config("ASSIST_KEY")
ASSIST_URL = config("ASSIST_URL") % ASSIST_KEY
SESSION_PROJECTION_COLS = """s.project_id, s.session_id::text AS session_id, s.user_uuid, s.user_id,
s.user_agent, s.user_os, s.user_browser, s.user_device, s.user_country, s.start_ts"""


def __get_live_sessions_ws(project_id, data):
    project_key = str(project_id)
    try:
        results = requests.post(ASSIST_URL + config("assist") + f"/{project_key}",
                                json=data, timeout=config("assistTimeout", cast=int, default=5))
        if results.status_code != 200:
            logger.error(f"!! issue with the peer-server code:{results.status_code} for __get_live_sessions_ws")
            return {"total": 0, "sessions": []}
        live_peers = results.json().get("data", [])
    except requests.exceptions.Timeout:
        logger.error("!! Timeout getting Assist response")
        live_peers = {"total": 0, "sessions": []}
    return live_peers


def get_live_sessions_ws(project_id, body):
    data = {"filter": {}, "pagination": {"limit": body.get("limit", 10), "page": body.get("page", 1)}}
    return __get_live_sessions_ws(project_id=project_id, data=data)


def is_live(project_id, session_id, project_key=None):
    cached = cache_get(f"assist:live:{session_id}")
    if cached is not None:
        return cached == "1"
    try:
        connected_peers = requests.get(ASSIST_URL + config("assistList") + f"/{project_key}/{session_id}",
                                       timeout=config("assistTimeout", cast=int, default=5))
        if connected_peers.status_code != 200:
            return False
        live = connected_peers.json().get("data") is not None
    except requests.exceptions.Timeout:
        return False
    cache_set(f"assist:live:{session_id}", "1" if live else "0", ttl=30)
    return live


def autocomplete(project_id, q: str, key: str = None):
    params = {"q": q}
    if key:
        params["key"] = key
    results = requests.get(ASSIST_URL + config("assistList") + f"/{project_id}/autocomplete",
                           params=params, timeout=config("assistTimeout", cast=int, default=5))
    if results.status_code != 200:
        return {"errors": [f"Something went wrong wile calling assist:{results.text}"]}
    return {"data": [{k.split("_")[0] + "".join(p.title() for p in k.split("_")[1:]): v for k, v in i.items()} for i in results.json().get("data", [])]}


def get_jwt(project_id, user_id):
    import time
    now = int(time.time())
    return jwt.encode(payload={"projectId": project_id, "userId": user_id, "iat": now,
                               "exp": now + config("assist_jwt_expiration", cast=int, default=144000),
                               "iss": config("JWT_ISSUER")},
                      key=config("assist_jwt_secret"), algorithm=config("JWT_ALGORITHM"))


def get_raw_mob_by_id(project_id, session_id):
    efs_path = config("FS_DIR", default="/mnt/efs")
    if not path_exists(efs_path):
        raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST, detail="EFS not found")
    path_to_file = efs_path + "/" + str(session_id)
    if path_exists(path_to_file) and access(path_to_file, R_OK) and getsize(path_to_file) > 0:
        return path_to_file
    return None
