#!/usr/bin/env python
from setuptools import find_packages, setup

setup(
    name="copperkettle-payments",
    version="0.2.0",
    description="Takes card payments for Copperkettle orders",
    packages=find_packages(exclude=["test", "test.*"]),
    install_requires=["nameko>=2.14,<3", "nameko-redis", "requests>=2.28"],
    extras_require={"dev": ["pytest==7.2.1", "responses==0.22.0", "coverage==7.1.0"]},
    zip_safe=True,
)
