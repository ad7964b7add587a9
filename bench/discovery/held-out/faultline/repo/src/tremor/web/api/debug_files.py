from __future__ import annotations

import os

from django.http import FileResponse, Http404, JsonResponse
from django.views import View

from tremor import options


class DebugFilesEndpoint(View):
    """Lists / serves uploaded debug files. Called by glyphd through the
    internal source built in tremor.lang.native.glyph."""

    def get(self, request, project_id: str):
        store = (options.get("filestore.options") or {}).get("location", "/data/files")
        root = os.path.join(store, "dsyms", project_id)
        debug_id = request.GET.get("id")
        if debug_id:
            path = os.path.join(root, debug_id)
            if not os.path.exists(path):
                raise Http404
            return FileResponse(open(path, "rb"))
        files = sorted(os.listdir(root)) if os.path.isdir(root) else []
        return JsonResponse([{"id": f, "debugId": f} for f in files], safe=False)
