import shutil

from django.conf import settings
from django.core.checks import Error, Warning, register

REQUIRED_BINARIES = ["convert", "gs", "gpg", "tesseract", "unpaper"]


@register()
def binaries_check(app_configs, **kwargs):
    error = "DocuVault can't find {}. Without it, consumption is impossible."
    hint = "Either it's not in your ${PATH} or it's not installed."
    check_messages = []
    for binary in REQUIRED_BINARIES:
        if shutil.which(binary) is None:
            check_messages.append(Warning(error.format(binary), hint))
    return check_messages


@register()
def settings_values_check(app_configs, **kwargs):
    msgs = []
    if settings.OCR_MODE not in {"force", "skip", "redo", "skip_noarchive"}:
        msgs.append(Error(f'OCR output mode "{settings.OCR_MODE}" is not valid.'))
    if settings.TIKA_ENABLED and not settings.TIKA_GOTENBERG_ENDPOINT:
        msgs.append(Error("DOCUVAULT_TIKA_GOTENBERG_ENDPOINT must be set when Tika is enabled"))
    return msgs
