# Copyright The Matrix.org Foundation C.I.C.
# SPDX-License-Identifier: AGPL-3.0-or-later
__version__ = "1.98.0"
