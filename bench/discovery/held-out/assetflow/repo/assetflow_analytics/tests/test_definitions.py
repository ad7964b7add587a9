import os

os.environ.setdefault("DAGSTER_DEPLOYMENT", "local")


def test_defs_load():
    from assetflow_analytics.definitions import defs

    assert defs.get_job_def("marts_job") is not None
