import setuptools

import labelyard_ml

print(labelyard_ml.package_name, labelyard_ml.__version__)

# Readme
with open('README.md', 'r') as f:
    long_description = f.read()

# Module dependencies
with open('requirements.txt') as f:
    requirements = f.read().splitlines()

setuptools.setup(
    name=labelyard_ml.package_name,
    version=labelyard_ml.__version__,
    author='Labelyard',
    author_email='hello@labelyard.example',
    description='Labelyard ML backend',
    long_description=long_description,
    long_description_content_type='text/markdown',
    url='https://github.com/labelyard/labelyard-ml-backend',
    packages=setuptools.find_packages(),
    include_package_data=True,
    classifiers=[
        'Programming Language :: Python :: 3',
        'License :: OSI Approved :: Apache Software License',
        'Operating System :: OS Independent',
    ],
    python_requires='>=3.8',
    install_requires=requirements,
    entry_points={'console_scripts': ['labelyard-ml=labelyard_ml.server:main']},
)
