import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from orders.models import DeclarativeBase


@pytest.fixture(scope="session")
def db_url():
    # sqlite keeps unit tests hermetic; integration tests in CI use
    # the postgres service container instead (see .github/workflows/ci.yml)
    return "sqlite:///:memory:"


@pytest.fixture
def db_session(db_url):
    engine = create_engine(db_url)
    DeclarativeBase.metadata.create_all(engine)
    session = sessionmaker(bind=engine)()
    yield session
    session.close()
    DeclarativeBase.metadata.drop_all(engine)


@pytest.fixture
def config(rabbit_config):
    config = rabbit_config.copy()
    config["DB_URIS"] = {"orders:Base": "sqlite:///:memory:"}
    return config
