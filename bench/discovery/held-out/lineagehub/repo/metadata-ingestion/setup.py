import setuptools

base_requirements = {
    "typing_extensions>=3.10.0.2",
    "mypy_extensions>=0.4.3",
    "pydantic>=1.10.0,<3",
    "click>=7.1.2",
    "PyYAML",
    "avro>=1.11.3,<1.12",
    "expandvars>=0.6.5",
    "requests_file",
}

rest_common = {"requests", "requests_file"}
kafka_common = {
    "confluent_kafka>=1.5.0",
    "fastavro>=1.2.0",
}
sql_common = {"sqlalchemy>=1.4.39, <2", "greenlet"}

plugins = {
    "lineagehub-rest": rest_common,
    "lineagehub-kafka": kafka_common,
    "mysql": sql_common | {"pymysql>=1.0.2"},
    "postgres": sql_common | {"psycopg2-binary", "GeoAlchemy2"},
    "snowflake": sql_common | {"snowflake-sqlalchemy>=1.4.3", "snowflake-connector-python!=2.8.2"},
    "bigquery": sql_common | {"google-cloud-bigquery", "sqlalchemy-bigquery>=1.4.1"},
}

setuptools.setup(
    name="acryl-lineagehub",
    version="0.12.1",
    description="A CLI to work with LineageHub metadata",
    package_dir={"": "src"},
    packages=setuptools.find_namespace_packages(where="./src"),
    python_requires=">=3.8",
    install_requires=list(base_requirements),
    extras_require={plugin: list(deps) for plugin, deps in plugins.items()},
    entry_points={
        "console_scripts": ["lineagehub = lineagehub.entrypoints:main"],
        "lineagehub.ingestion.sink.plugins": [
            "lineagehub-rest = lineagehub.ingestion.sink.lineagehub_rest:LineagehubRestSink",
            "lineagehub-kafka = lineagehub.ingestion.sink.lineagehub_kafka:LineagehubKafkaSink",
            "console = lineagehub.ingestion.sink.console:ConsoleSink",
        ],
    },
)
