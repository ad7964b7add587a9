from django.conf import settings
from django.utils.module_loading import import_string


def get_eventstream():
    cls = import_string(settings.TREMOR_EVENTSTREAM)
    return cls(**settings.TREMOR_EVENTSTREAM_OPTIONS)
