from setuptools import find_packages, setup

setup(
    name="tremor",
    version="24.5.0.dev0",
    package_dir={"": "src"},
    packages=find_packages("src"),
    entry_points={"console_scripts": ["tremor = tremor.runner:main"]},
    python_requires=">=3.11",
)
