import os
from setuptools import setup, find_packages

__version__ = '4.2.0'

requirements_path = os.path.join(os.path.dirname(os.path.realpath(__file__)), 'requirements.txt')
with open(requirements_path) as requirements_file:
    requirements = requirements_file.readlines()

oidc = ['flaskoidc==1.3.0']
superset = ['pyjwt>=2.4.0']

setup(
    name='findex-frontend',
    version=__version__,
    description='Web UI for Findex',
    url='https://www.github.com/findex-io/findex/tree/main/frontend',
    maintainer='Findex TSC',
    packages=find_packages(exclude=['tests*']),
    include_package_data=True,
    zip_safe=False,
    install_requires=requirements,
    extras_require={'oidc': oidc, 'superset': superset, 'all': oidc + superset},
    python_requires='>=3.7',
)
