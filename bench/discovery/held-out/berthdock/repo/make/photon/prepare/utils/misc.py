import os
import shutil
import secrets
import string
from pathlib import Path

from g import DEFAULT_UID, DEFAULT_GID


def mark_file(path, mode=0o600, uid=DEFAULT_UID, gid=DEFAULT_GID):
    if mode > 0:
        os.chmod(path, mode)
    if uid > 0 and gid > 0:
        os.chown(path, uid, gid)


def prepare_dir(root: str, *args, **kwargs) -> str:
    gid, uid = kwargs.get('gid'), kwargs.get('uid')
    absolute_path = Path(os.path.join(root, *args))
    absolute_path.mkdir(parents=True, exist_ok=True)
    if uid is not None and gid is not None:
        os.chown(absolute_path, uid, gid)
    return str(absolute_path)


def delfile(src):
    if os.path.isfile(src):
        os.remove(src)
    elif os.path.isdir(src):
        for item in os.listdir(src):
            delfile(os.path.join(src, item))


def generate_random_string(length=16):
    alphabet = string.ascii_letters + string.digits
    return ''.join(secrets.choice(alphabet) for _ in range(length))


def get_realpath(path: str) -> Path:
    return Path('/hostfs').joinpath(path.lstrip('/'))


def owner_can_read(st_mode: int) -> bool:
    return bool(st_mode & 0o400)
