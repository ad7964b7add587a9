#!/usr/bin/env python
from setuptools import find_packages, setup

setup(
    name="copperkettle-orders",
    version="0.4.2",
    description="Stores and manages Copperkettle orders",
    packages=find_packages(exclude=["test", "test.*"]),
    install_requires=[
        "nameko>=2.14,<3",
        "nameko-sqlalchemy>=1.5",
        "SQLAlchemy>=1.4,<2",
        "psycopg2-binary",
        "alembic",
        "marshmallow>=3.19",
    ],
    extras_require={"dev": ["pytest==7.2.1", "pytest-postgresql", "coverage==7.1.0"]},
    zip_safe=True,
)
