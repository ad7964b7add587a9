#!/usr/local/bin/python
"""Generate worker configs, nginx config and supervisord config, then start supervisord.

Reads SYNAPSE_WORKER_TYPES (comma separated) plus REDIS_HOST/REDIS_PORT and
POSTGRES_* from the environment (see deploy/.env).
"""
import os
import sys
from typing import Any, Dict, List

import jinja2
import yaml

MAIN_PROCESS_HTTP_LISTENER_PORT = 8080
MAIN_PROCESS_REPLICATION_PORT = 9093

WORKERS_CONFIG: Dict[str, Dict[str, Any]] = {
    "synchrotron": {
        "app": "synapse.app.generic_worker",
        "listener_resources": ["client"],
        "endpoint_patterns": [
            "^/_matrix/client/(v2_alpha|r0|v3)/sync$",
            "^/_matrix/client/(api/v1|v2_alpha|r0|v3)/events$",
            "^/_matrix/client/(api/v1|r0|v3)/initialSync$",
        ],
        "shared_extra_conf": {},
        "worker_extra_conf": "",
    },
    "media_repository": {
        "app": "synapse.app.generic_worker",
        "listener_resources": ["media"],
        "endpoint_patterns": ["^/_matrix/media/", "^/_matrix/client/v1/media/"],
        "shared_extra_conf": {"enable_media_repo": False, "media_instance_running_background_jobs": "media_repository1"},
        "worker_extra_conf": "enable_media_repo: true",
    },
    "federation_sender": {
        "app": "synapse.app.generic_worker",
        "listener_resources": [],
        "endpoint_patterns": [],
        "shared_extra_conf": {"send_federation": False},
        "worker_extra_conf": "",
    },
    "event_persister": {
        "app": "synapse.app.generic_worker",
        "listener_resources": ["replication"],
        "endpoint_patterns": [],
        "shared_extra_conf": {},
        "worker_extra_conf": "",
    },
}

NGINX_LOCATION_CONFIG_BLOCK = """
    location ~* {endpoint} {{
        proxy_pass {upstream};
        proxy_set_header X-Forwarded-For $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header Host $host;
    }}
"""

NGINX_UPSTREAM_CONFIG_BLOCK = """
upstream {upstream_worker_base_name} {{
{body}
}}
"""


def log(txt: str) -> None:
    print(txt)


def error(txt: str) -> None:
    print(txt, file=sys.stderr)
    sys.exit(2)


def convert(src: str, dst: str, **template_vars: object) -> None:
    with open(src) as infile:
        template = jinja2.Template(infile.read())
    rendered = template.render(**template_vars)
    with open(dst, "w") as outfile:
        outfile.write(rendered)


def add_worker_roles_to_shared_config(shared_config: dict, worker_type: str, worker_name: str, worker_port: int) -> None:
    instance_map = shared_config.setdefault("instance_map", {})
    instance_map["main"] = {"host": "localhost", "port": MAIN_PROCESS_REPLICATION_PORT}
    if worker_type == "federation_sender":
        shared_config.setdefault("federation_sender_instances", []).append(worker_name)
    elif worker_type == "event_persister":
        shared_config.setdefault("stream_writers", {}).setdefault("events", []).append(worker_name)
        instance_map[worker_name] = {"host": "localhost", "port": worker_port}


def generate_worker_files(environ: Dict[str, str], config_path: str, data_dir: str) -> None:
    shared_config: Dict[str, Any] = {}
    shared_config["redis"] = {
        "enabled": True,
        "host": environ.get("REDIS_HOST", "localhost"),
        "port": int(environ.get("REDIS_PORT", "6379")),
    }
    postgres_host = environ.get("POSTGRES_HOST")
    if postgres_host:
        shared_config["database"] = {
            "name": "psycopg2",
            "args": {
                "user": environ.get("POSTGRES_USER", "synapse"),
                "password": environ["POSTGRES_PASSWORD"],
                "database": environ.get("POSTGRES_DB", "synapse"),
                "host": postgres_host,
                "port": int(environ.get("POSTGRES_PORT", "5432")),
            },
        }

    worker_types: List[str] = [
        w.strip() for w in environ.get("SYNAPSE_WORKER_TYPES", "").split(",") if w.strip()
    ]
    nginx_locations: Dict[str, str] = {}
    worker_port = 18009
    workers_in_use = []
    for worker_type in worker_types:
        cfg = WORKERS_CONFIG.get(worker_type)
        if cfg is None:
            error("Unknown worker type: %s" % worker_type)
        worker_name = f"{worker_type}1"
        add_worker_roles_to_shared_config(shared_config, worker_type, worker_name, worker_port)
        shared_config.update(cfg["shared_extra_conf"])
        for pattern in cfg["endpoint_patterns"]:
            nginx_locations[pattern] = f"http://{worker_type}"
        convert(
            "/conf/worker.yaml.j2",
            f"/conf/workers/{worker_name}.yaml",
            name=worker_name,
            app=cfg["app"],
            port=worker_port,
            listener_resources=cfg["listener_resources"],
            worker_extra_conf=cfg["worker_extra_conf"],
        )
        workers_in_use.append({"name": worker_name, "type": worker_type, "port": worker_port})
        worker_port += 1

    nginx_location_config = "".join(
        NGINX_LOCATION_CONFIG_BLOCK.format(endpoint=e, upstream=u) for e, u in nginx_locations.items()
    )
    convert("/conf/shared.yaml.j2", "/conf/workers/shared.yaml", shared_worker_config=yaml.dump(shared_config))
    convert(
        "/conf/nginx.conf.j2",
        "/etc/nginx/conf.d/matrix-synapse.conf",
        worker_locations=nginx_location_config,
        upstream_directives="",
        main_listener_port=MAIN_PROCESS_HTTP_LISTENER_PORT,
    )
    convert(
        "/conf/supervisord.conf.j2",
        "/etc/supervisor/supervisord.conf",
        workers=workers_in_use,
        main_config_path=config_path,
        enable_redis=environ.get("REDIS_HOST", "localhost") == "localhost",
    )


def main(args: List[str], environ: Dict[str, str]) -> None:
    config_dir = environ.get("SYNAPSE_CONFIG_DIR", "/data")
    config_path = environ.get("SYNAPSE_CONFIG_PATH", config_dir + "/homeserver.yaml")
    data_dir = environ.get("SYNAPSE_DATA_DIR", "/data")
    os.makedirs("/conf/workers", exist_ok=True)
    if not os.path.exists("/conf/workers_have_been_configured"):
        generate_worker_files(environ, config_path, data_dir)
        open("/conf/workers_have_been_configured", "w").close()
    log("Starting supervisord")
    os.execl("/usr/local/bin/supervisord", "supervisord", "-c", "/etc/supervisor/supervisord.conf")


if __name__ == "__main__":
    main(sys.argv, dict(os.environ))
