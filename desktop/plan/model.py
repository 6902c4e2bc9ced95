"""The plan as data: chapters, sections, measures, their responsible units and targets.

A plan is versioned data, never code: its version id is a hash of its canonical content, and every
record the app keeps says which plan version it was made against.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

COUNTY_WIDE_MARK = "各县(市、区)"
PLAN_FORMAT = "ip-tracker.plan"
PLAN_FORMAT_VERSION = 1


@dataclass(frozen=True)
class ResponsibleUnit:
    name: str
    lead: bool
    position: int

    @property
    def county_wide(self) -> bool:
        """`各县(市、区)…` names every county at once."""
        return self.name.startswith(COUNTY_WIDE_MARK)


@dataclass(frozen=True)
class Indicator:
    key: str  # "27.1": measure number, then the target's place in the measure
    measure: int
    what: str  # what is counted
    unit: str  # unit of count, e.g. 个
    target: Decimal
    scope: str  # "year": each year; "plan": over the whole plan period
    source: str  # the clause of the plan text that sets the target

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "measure": self.measure,
            "what": self.what,
            "unit": self.unit,
            "target": str(self.target),
            "scope": self.scope,
            "source": self.source,
        }

    def target_fields(self) -> dict:
        """What a report says about the target: the fields of to_dict() without the source."""
        return {k: v for k, v in self.to_dict().items() if k != "source"}

    @classmethod
    def from_dict(cls, data: dict) -> Indicator:
        return cls(
            key=data["key"],
            measure=data["measure"],
            what=data["what"],
            unit=data["unit"],
            target=Decimal(data["target"]),
            scope=data["scope"],
            source=data["source"],
        )


@dataclass(frozen=True)
class Section:
    no: int
    title: str


@dataclass
class Chapter:
    no: int
    title: str
    sections: list[Section] = field(default_factory=list)


@dataclass
class Measure:
    no: int
    chapter: int
    section: int | None
    text: str
    units: list[ResponsibleUnit]
    and_others: bool  # the unit list ends in 等: "and others"
    units_labelled: bool  # False where the text omits the words 责任单位 (measure 5)
    indicators: list[Indicator] = field(default_factory=list)

    @property
    def lead_unit(self) -> str:
        return self.units[0].name

    @property
    def unit_names(self) -> list[str]:
        return [unit.name for unit in self.units]

    @property
    def county_wide(self) -> bool:
        return any(unit.county_wide for unit in self.units)

    @property
    def short_title(self) -> str:
        """What a list shows: the first sentence or clause; the full text is always kept."""
        for stops in ("。;;", ",,"):
            for stop in stops:
                head, found, _ = self.text.partition(stop)
                if found and len(head) <= 30:
                    return head
        return self.text[:30] + "…"


@dataclass
class Plan:
    title: str
    status: str  # "draft" (征求意见稿) or "final"
    source: str  # who published it
    published_on: str  # ISO date
    chapters: list[Chapter]
    measures: list[Measure]
    source_name: str = ""  # the text file it was parsed from; not part of the content hash

    def measure(self, no: int) -> Measure | None:
        if 1 <= no <= len(self.measures) and self.measures[no - 1].no == no:
            return self.measures[no - 1]
        return next((m for m in self.measures if m.no == no), None)

    def chapter(self, no: int) -> Chapter | None:
        return next((c for c in self.chapters if c.no == no), None)

    @property
    def indicators(self) -> list[Indicator]:
        return [indicator for measure in self.measures for indicator in measure.indicators]

    def indicator(self, key: str) -> Indicator | None:
        return next((i for i in self.indicators if i.key == key), None)

    def unit_names(self) -> list[str]:
        """Every responsible unit the plan names, in order of first mention."""
        seen: dict[str, None] = {}
        for measure in self.measures:
            for unit in measure.units:
                seen.setdefault(unit.name, None)
        return list(seen)

    def content_dict(self) -> dict:
        """Everything that makes the plan what it is; hashed into the version id."""
        return {
            "format": PLAN_FORMAT,
            "format_version": PLAN_FORMAT_VERSION,
            "title": self.title,
            "status": self.status,
            "source": self.source,
            "published_on": self.published_on,
            "chapters": [
                {
                    "no": chapter.no,
                    "title": chapter.title,
                    "sections": [{"no": s.no, "title": s.title} for s in chapter.sections],
                }
                for chapter in self.chapters
            ],
            "measures": [
                {
                    "no": m.no,
                    "chapter": m.chapter,
                    "section": m.section,
                    "text": m.text,
                    "units": [{"name": u.name, "lead": u.lead} for u in m.units],
                    "and_others": m.and_others,
                    "units_labelled": m.units_labelled,
                    "indicators": [i.to_dict() for i in m.indicators],
                }
                for m in self.measures
            ],
        }

    @cached_property
    def version_id(self) -> str:
        # Cached: a Plan is not changed after it is built, and hashing it is not free.
        digest = hashlib.sha256(canonical_json(self.content_dict())).hexdigest()
        return digest[:16]

    def to_dict(self) -> dict:
        return {"version": self.version_id, "source_name": self.source_name} | self.content_dict()

    @classmethod
    def from_dict(cls, data: dict) -> Plan:
        if data.get("format") != PLAN_FORMAT:
            raise ValueError("不是 ip-tracker 计划数据文件")
        if data.get("format_version") != PLAN_FORMAT_VERSION:
            raise ValueError(f"不支持的计划数据格式版本: {data.get('format_version')}")
        plan = cls(
            title=data["title"],
            status=data["status"],
            source=data["source"],
            published_on=data["published_on"],
            source_name=data.get("source_name", ""),
            chapters=[
                Chapter(
                    no=c["no"],
                    title=c["title"],
                    sections=[Section(no=s["no"], title=s["title"]) for s in c["sections"]],
                )
                for c in data["chapters"]
            ],
            measures=[
                Measure(
                    no=m["no"],
                    chapter=m["chapter"],
                    section=m["section"],
                    text=m["text"],
                    units=[
                        ResponsibleUnit(name=u["name"], lead=u["lead"], position=position)
                        for position, u in enumerate(m["units"])
                    ],
                    and_others=m["and_others"],
                    units_labelled=m["units_labelled"],
                    indicators=[Indicator.from_dict(i) for i in m["indicators"]],
                )
                for m in data["measures"]
            ],
        )
        stated = data.get("version")
        if stated and stated != plan.version_id:
            raise ValueError(f"计划数据已被改动: 版本号 {stated} 与内容不符({plan.version_id})")
        return plan


def canonical_json(data) -> bytes:
    """One serialization for hashing: NFC text, sorted keys, no spaces, UTF-8."""

    def normalise(value):
        if isinstance(value, str):
            return unicodedata.normalize("NFC", value)
        if isinstance(value, dict):
            return {normalise(k): normalise(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [normalise(v) for v in value]
        if isinstance(value, float):
            raise TypeError("canonical JSON carries decimals as strings, never binary floats")
        return value

    return json.dumps(
        normalise(data), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
