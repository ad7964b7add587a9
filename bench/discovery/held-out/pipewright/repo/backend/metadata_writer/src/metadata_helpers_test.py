import unittest
from unittest import mock

import metadata_helpers


class ValueToMlmdValueTest(unittest.TestCase):
    def test_int(self):
        self.assertEqual(metadata_helpers.value_to_mlmd_value(3).int_value, 3)

    def test_str(self):
        self.assertEqual(metadata_helpers.value_to_mlmd_value("a").string_value, "a")


if __name__ == '__main__':
    unittest.main()
