import hashlib
import json
from typing import Any, Optional


def md5_sha_from_str(val: str) -> str:
    return hashlib.md5(val.encode("utf-8")).hexdigest()


def md5_sha_from_dict(obj: dict[Any, Any], ignore_nan: bool = False, default: Optional[Any] = None) -> str:
    json_data = json.dumps(obj, sort_keys=True, default=default or str)
    return md5_sha_from_str(json_data)
