from datetime import datetime, timezone

from common.djangoapps.util.date_utils import to_timestamp


def test_to_timestamp_epoch():
    assert to_timestamp(datetime(1970, 1, 1, tzinfo=timezone.utc)) == 0
