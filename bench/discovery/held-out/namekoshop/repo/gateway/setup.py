#!/usr/bin/env python
from setuptools import find_packages, setup

setup(
    name="copperkettle-gateway",
    version="0.4.2",
    description="HTTP gateway for the Copperkettle Coffee shop",
    packages=find_packages(exclude=["test", "test.*"]),
    install_requires=[
        "nameko>=2.14,<3",
        "marshmallow>=3.19",
        "nameko-zipkin",
        "nameko-prometheus",
    ],
    extras_require={
        "dev": ["pytest==7.2.1", "coverage==7.1.0", "flake8"],
    },
    zip_safe=True,
)
