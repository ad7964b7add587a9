"""Optional opentracing via jaeger_client. Disabled unless `opentracing.enabled`."""
import logging

logger = logging.getLogger(__name__)
opentracing = None


def init_tracer(hs) -> None:
    global opentracing
    if not hs.config.tracing.opentracer_enabled:
        return
    import opentracing as _ot
    from jaeger_client import Config as JaegerConfig

    opentracing = _ot
    config = JaegerConfig(config=hs.config.tracing.jaeger_config, service_name=f"{hs.hostname} {hs.get_instance_name()}")
    config.initialize_tracer()
