from alembic import context

from runbeacon.server.database.orm_models import Base

target_metadata = Base.metadata


def run_migrations_online():
    connection = context.config.attributes.get("connection")
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
