import json
import os

from setuptools import find_packages, setup

BASE_DIR = os.path.abspath(os.path.dirname(__file__))
PACKAGE_JSON = os.path.join(BASE_DIR, "vizdash-frontend", "package.json")

with open(PACKAGE_JSON) as package_file:
    version_string = json.load(package_file)["version"]

with open("README.md", encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="northlight-vizdash",
    description="A modern, enterprise-ready business intelligence web application",
    long_description=long_description,
    long_description_content_type="text/markdown",
    version=version_string,
    packages=find_packages(),
    include_package_data=True,
    zip_safe=False,
    entry_points={
        "console_scripts": ["vizdash=vizdash.cli.main:vizdash"],
    },
    install_requires=[
        "backoff>=1.8.0",
        "celery>=5.3.6, <6.0.0",
        "click>=8.0.3",
        "flask>=2.2.5, <3.0.0",
        "flask-appbuilder>=4.5.0, <5.0.0",
        "flask-caching>=2.1.0, <3",
        "flask-compress>=1.13, <2.0",
        "flask-migrate>=3.1.0, <4.0",
        "gunicorn>=22.0.0; sys_platform != 'win32'",
        "redis>=4.6.0, <5.0",
        "selenium>=4.14.0, <5.0",
        "slack_sdk>=3.19.0, <4",
        "sqlalchemy>=1.4, <2",
        "sqlalchemy-utils>=0.38.3, <0.39",
        "sqlglot>=25.0.0,<26",
        "statsd",
    ],
    extras_require={
        "postgres": ["psycopg2-binary==2.9.6"],
        "trino": ["trino>=0.328.0"],
        "bigquery": ["sqlalchemy-bigquery>=1.6.1"],
        "snowflake": ["snowflake-sqlalchemy>=1.2.4, <2"],
        "clickhouse": ["clickhouse-connect>=0.5.14, <1.0"],
        "playwright": ["playwright>=1.37.0, <2"],
    },
    python_requires="~=3.9",
    author="Northlight Analytics",
    url="https://vizdash.northlight.io/",
)
