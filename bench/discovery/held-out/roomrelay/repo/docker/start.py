#!/usr/local/bin/python
"""Entrypoint for the single-process Synapse docker image."""
import os
import subprocess
import sys

import jinja2


def error(txt: str) -> None:
    print(txt, file=sys.stderr)
    sys.exit(2)


def generate_config_from_template(config_dir: str, config_path: str, environ: dict) -> None:
    for v in ("SYNAPSE_SERVER_NAME", "SYNAPSE_REPORT_STATS"):
        if v not in environ:
            error("Environment variable '%s' is mandatory in `generate` mode." % (v,))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("/conf"))
    template = env.get_template("homeserver.yaml")
    with open(config_path, "w") as out:
        out.write(template.render(**environ))


def main(args: list, environ: dict) -> None:
    mode = args[1] if len(args) > 1 else "run"
    config_path = environ.get("SYNAPSE_CONFIG_PATH", "/data/homeserver.yaml")
    if mode == "generate":
        generate_config_from_template("/data", config_path, environ)
        return
    args = ["python", "-m", "synapse.app.homeserver", "--config-path", config_path]
    os.execv(sys.executable, args)


if __name__ == "__main__":
    main(sys.argv, dict(os.environ))
