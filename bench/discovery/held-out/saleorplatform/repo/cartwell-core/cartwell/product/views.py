from django.core.files.storage import default_storage
from django.http import Http404, HttpResponseRedirect

from .models import DigitalContentUrl


def digital_product(request, token: str):
    content_url = DigitalContentUrl.objects.filter(token=token).first()
    if not content_url:
        raise Http404
    content_url.download_num += 1
    content_url.save(update_fields=["download_num"])
    return HttpResponseRedirect(default_storage.url(content_url.content_file.name))
