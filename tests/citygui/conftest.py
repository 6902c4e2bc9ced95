"""Real signed returns made once per session; each test gets its own copy of the city office."""

import shutil
from pathlib import Path

import pytest

from desktop.exchange.city import import_files
from desktop.storage import Workspace
from tests.citygui.city_data import CityData, build_city


@pytest.fixture(scope="session")
def city_data(tmp_path_factory) -> CityData:
    return build_city(tmp_path_factory.mktemp("citygui"))


@pytest.fixture
def city_home(city_data: CityData, tmp_path: Path) -> Path:
    """A fresh copy of the city office that has imported nothing yet."""
    home = tmp_path / "city"
    shutil.copytree(city_data.city.home, home)
    return home


@pytest.fixture
def city(city_home: Path):
    with Workspace.open(city_home) as workspace:
        yield workspace


@pytest.fixture
def imported_city(city, city_data: CityData):
    """The city after importing every first version in the inbox."""
    results = list(import_files(city, sorted(city_data.inbox.iterdir())))
    assert {str(r.outcome) for r in results} == {"new"}, [r.describe() for r in results]
    return city
