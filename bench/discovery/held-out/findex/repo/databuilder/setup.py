import os
from setuptools import find_packages, setup

__version__ = '7.4.0'

requirements_path = os.path.join(os.path.dirname(os.path.realpath(__file__)), 'requirements.txt')
with open(requirements_path) as requirements_file:
    requirements = requirements_file.readlines()

snowflake = ['snowflake-connector-python', 'snowflake-sqlalchemy']

setup(
    name='findex-databuilder',
    version=__version__,
    description='Findex Data builder',
    url='https://www.github.com/findex-io/findex/tree/main/databuilder',
    maintainer='Findex TSC',
    packages=find_packages(exclude=['tests*']),
    include_package_data=True,
    install_requires=requirements,
    extras_require={'snowflake': snowflake},
    python_requires='>=3.7',
)
