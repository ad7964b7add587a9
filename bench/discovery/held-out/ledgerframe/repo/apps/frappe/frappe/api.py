import json

from werkzeug.wrappers import Response


def handle(request):
    """Dispatch /api/method/<dotted.path> and /api/resource/<doctype>."""
    parts = request.path.strip("/").split("/")
    if len(parts) >= 3 and parts[1] == "method":
        return Response(json.dumps({"message": f"called {parts[2]}"}), mimetype="application/json")
    return Response(status=404)
