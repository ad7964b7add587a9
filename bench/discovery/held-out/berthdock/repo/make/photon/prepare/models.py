class InternalTLS:
    def __init__(self, enabled=False, verify_client_cert=False, dir='', **kwargs):
        self.enabled = enabled
        self.verify_client_cert = verify_client_cert
        self.dir = dir

    def __bool__(self):
        return self.enabled


class Metric:
    def __init__(self, enabled: bool = False, port: int = 8080, path: str = "metrics"):
        self.enabled = enabled
        self.port = port
        self.path = path


class Trace:
    def __init__(self, config: dict):
        self.enabled = config.get('enabled') or False
        self.sample_rate = config.get('sample_rate', 1)
        self.namespace = config.get('namespace') or ''
        self.attributes = config.get('attributes') or {}
        self.jaeger = config.get('jaeger') or {}
        self.otel = config.get('otel') or {}


class PurgeUpload:
    def __init__(self, config: dict):
        self.enabled = config.get('enabled', True)
        self.age = config.get('age') or '168h'
        self.interval = config.get('interval') or '24h'
        self.dryrun = config.get('dryrun', False)


class Cache:
    def __init__(self, config: dict):
        self.enabled = config.get('enabled', False)
        self.expire_hours = config.get('expire_hours', 24)
