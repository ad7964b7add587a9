# Copyright The Matrix.org Foundation C.I.C.
# SPDX-License-Identifier: AGPL-3.0-or-later
