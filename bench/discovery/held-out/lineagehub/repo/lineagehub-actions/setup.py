import setuptools

base_requirements = {
    "acryl-lineagehub[lineagehub-kafka]>=0.12.1",
    "confluent-kafka[avro]>=1.5.0",
    "click>=6.0.0",
    "PyYAML",
    "toml>=0.10.0",
    "entrypoints",
    "ratelimit",
}

plugins = {
    "executor": {"acryl-executor==0.0.3.14"},
    "slack": {"slack-bolt>=1.15.5"},
    "teams": {"pymsteams>=0.2.2"},
}

setuptools.setup(
    name="acryl-lineagehub-actions",
    version="0.0.15",
    package_dir={"": "src"},
    packages=setuptools.find_namespace_packages(where="./src"),
    python_requires=">=3.8",
    install_requires=list(base_requirements),
    extras_require={**{p: list(d) for p, d in plugins.items()}, "all": list(set().union(*plugins.values()))},
    entry_points={
        "console_scripts": ["lineagehub-actions = lineagehub_actions.entrypoints:main"],
        "lineagehub_actions.source.plugins": [
            "kafka = lineagehub_actions.plugin.source.kafka.kafka_event_source:KafkaEventSource",
        ],
        "lineagehub_actions.action.plugins": [
            "executor = lineagehub_actions.plugin.action.execution.executor_action:ExecutorAction",
            "slack = lineagehub_actions.plugin.action.slack.slack:SlackNotificationAction",
            "teams = lineagehub_actions.plugin.action.teams.teams:TeamsNotificationAction",
        ],
    },
)
