#!/usr/bin/env python
from setuptools import find_packages, setup

setup(
    name="copperkettle-notifications",
    version="0.3.1",
    description="Customer e-mail for Copperkettle Coffee",
    packages=find_packages(exclude=["test", "test.*"]),
    package_data={"notifications": ["templates/*.txt"]},
    install_requires=["nameko>=2.14,<3", "Jinja2>=3.1"],
    extras_require={"dev": ["pytest==7.2.1", "coverage==7.1.0"]},
    zip_safe=False,
)
