"""A city and enrolled units on real workspaces, made once per test module (keys are slow)."""

from dataclasses import dataclass
from pathlib import Path

from desktop.exchange.keys import enroll_unit, init_city, install_enrolment
from desktop.storage import Workspace

CITY_PASSPHRASE = "市局根口令-2025"
UNIT_PASSPHRASE = "单位口令-0598"


@dataclass
class Office:
    home: Path

    def open(self) -> Workspace:
        return Workspace.open(self.home)


def make_city(folder: Path) -> Office:
    office = Office(folder / "city")
    with office.open() as city:
        city.setup("350400", contact="郑晓娟", phone="0598-8289917")
        init_city(city, CITY_PASSPHRASE)
    return office


def enrol(city: Office, folder: Path, unit_code: str) -> Office:
    with city.open() as workspace:
        data = enroll_unit(
            workspace, unit_code, CITY_PASSPHRASE, UNIT_PASSPHRASE, folder / f"{unit_code}.enrol"
        )
    office = Office(folder / unit_code)
    with office.open() as workspace:
        install_enrolment(workspace, data, UNIT_PASSPHRASE)
        workspace.setup(unit_code, contact="林晓", phone="0598-3633001")
    return office
