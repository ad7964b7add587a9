from dagster import DailyPartitionsDefinition, WeeklyPartitionsDefinition

daily_partitions = DailyPartitionsDefinition(start_date="2023-01-01", timezone="Europe/Amsterdam")
weekly_partitions = WeeklyPartitionsDefinition(start_date="2023-01-02", timezone="Europe/Amsterdam")
