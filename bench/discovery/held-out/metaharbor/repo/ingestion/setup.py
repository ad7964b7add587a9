#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0

"""
Python Dependencies for the Metaharbor ingestion framework
"""

from setuptools import find_namespace_packages, setup

VERSIONS = {
    "airflow": "apache-airflow==2.7.3",
    "pymysql": "pymysql~=1.0",
    "psycopg2": "psycopg2-binary",
    "sqlalchemy": "sqlalchemy>=1.4.0,<2",
    "elasticsearch": "elasticsearch==7.13.1",
}

base_requirements = {
    "pydantic~=1.10",
    "requests>=2.23",
    "PyYAML~=6.0",
    "jsonschema",
    "cryptography>=42.0.0",
    "email-validator>=1.0.3",
    "tabulate==0.9.0",
    "typing-inspect",
    VERSIONS["sqlalchemy"],
}

plugins = {
    "airflow": {VERSIONS["airflow"]},
    "mysql": {VERSIONS["pymysql"]},
    "postgres": {VERSIONS["pymysql"], VERSIONS["psycopg2"], "packaging"},
    "sample-data": {"faker", "pandas~=2.0.0"},
    "snowflake": {"snowflake-sqlalchemy~=1.4"},
    "elasticsearch": {VERSIONS["elasticsearch"]},
}

test = {
    "pytest==7.0.0",
    "pytest-cov",
    "testcontainers==3.7.1",
}

setup(
    name="metaharbor-ingestion",
    version="1.3.1.0",
    url="https://metaharbor.org/",
    author="Metaharbor Committers",
    license="Apache License 2.0",
    description="Ingestion Framework for Metaharbor",
    python_requires=">=3.8",
    package_dir={"": "src"},
    package_data={"metadata.examples": ["workflows/*.yaml"]},
    zip_safe=False,
    dependency_links=[],
    project_urls={
        "Documentation": "https://docs.metaharbor.org/",
        "Source": "https://github.com/metaharbor/metaharbor",
    },
    packages=find_namespace_packages(where="./src", exclude=["tests*"]),
    namespace_package=["metadata"],
    entry_points={
        "console_scripts": ["metadata = metadata.cmd:metadata"],
    },
    install_requires=list(base_requirements),
    extras_require={
        "base": list(base_requirements),
        "test": list(test),
        **{plugin: list(dependencies) for (plugin, dependencies) in plugins.items()},
        "all": list(
            base_requirements.union(*[plugins[p] for p in ("airflow", "mysql", "postgres", "sample-data")])
        ),
    },
)
