"""Reporting periods: quarters (2025-Q1), halves (2025-H1) and years (2025).

The city decides which periods are due and their deadlines; these are only the defaults a new
workspace starts with: the 10th day of the month after the period ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

PERIOD_RE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]))?$")
KIND_LABELS = {"quarter": "季度", "half": "半年", "year": "年度"}
QUARTER_NAMES = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度"}
HALF_NAMES = {1: "上半年", 2: "下半年"}
DEADLINE_DAY = 10


@dataclass(frozen=True)
class Period:
    code: str
    kind: str  # quarter, half, year
    start: date
    end: date
    deadline: date

    @property
    def label(self) -> str:
        year = self.code[:4]
        if self.kind == "quarter":
            return f"{year}年{QUARTER_NAMES[int(self.code[-1])]}"
        if self.kind == "half":
            return f"{year}年{HALF_NAMES[int(self.code[-1])]}"
        return f"{year}年度"

    def days_left(self, today: date) -> int:
        """Days until the deadline; negative when overdue."""
        return (self.deadline - today).days

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "kind": self.kind,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "deadline": self.deadline.isoformat(),
        }


def parse_period_code(code: str) -> tuple[str, date, date]:
    """`2025-Q1` → ("quarter", 2025-01-01, 2025-03-31); ValueError for anything else."""
    match = PERIOD_RE.match(code.strip())
    if not match:
        raise ValueError(f"期间 “{code}” 格式不对,应写作 2025-Q1、2025-H1 或 2025")
    year = int(match.group(1))
    part = match.group(2)
    if part is None:
        return "year", date(year, 1, 1), date(year, 12, 31)
    number = int(part[1])
    first_month = (number - 1) * 3 + 1 if part[0] == "Q" else (number - 1) * 6 + 1
    months = 3 if part[0] == "Q" else 6
    start = date(year, first_month, 1)
    end = _month_after(start, months) - timedelta(days=1)
    return ("quarter" if part[0] == "Q" else "half"), start, end


def default_deadline(end: date) -> date:
    return _month_after(end.replace(day=1), 1).replace(day=DEADLINE_DAY)


def make_period(code: str) -> Period:
    kind, start, end = parse_period_code(code)
    return Period(code=code, kind=kind, start=start, end=end, deadline=default_deadline(end))


def default_periods(first_year: int = 2024, last_year: int = 2025) -> list[Period]:
    """2024-Q4 through 2025: the plan's reporting periods, in the order a person reads them."""
    codes = ["2024-Q4", "2024-H2", "2024"]
    for year in range(first_year + 1, last_year + 1):
        codes += [f"{year}-Q1", f"{year}-Q2", f"{year}-H1", f"{year}-Q3", f"{year}-Q4"]
        codes += [f"{year}-H2", f"{year}"]
    return [make_period(code) for code in codes]


def _month_after(first_of_month: date, months: int) -> date:
    month_index = first_of_month.month - 1 + months
    return date(first_of_month.year + month_index // 12, month_index % 12 + 1, 1)
