# Copyright The Matrix.org Foundation C.I.C.
# SPDX-License-Identifier: AGPL-3.0-or-later
import json

json_encoder = json.JSONEncoder(separators=(",", ":"))
