import os
from setuptools import find_packages, setup

__version__ = '4.0.2'

requirements_path = os.path.join(os.path.dirname(os.path.realpath(__file__)), 'requirements.txt')
with open(requirements_path) as requirements_file:
    requirements = requirements_file.readlines()

setup(
    name='findex-search',
    version=__version__,
    description='Search service for Findex',
    url='https://www.github.com/findex-io/findex/tree/main/search',
    maintainer='Findex TSC',
    packages=find_packages(exclude=['tests*']),
    include_package_data=True,
    zip_safe=False,
    install_requires=requirements,
    python_requires='>=3.7',
)
