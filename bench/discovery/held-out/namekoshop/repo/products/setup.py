#!/usr/bin/env python
from setuptools import find_packages, setup

setup(
    name="copperkettle-products",
    version="0.4.2",
    description="Roast catalogue and stock levels for Copperkettle Coffee",
    packages=find_packages(exclude=["test", "test.*"]),
    install_requires=["nameko>=2.14,<3", "redis>=4.5", "marshmallow>=3.19"],
    extras_require={"dev": ["pytest==7.2.1", "fakeredis==2.10.0", "coverage==7.1.0"]},
    zip_safe=True,
)
