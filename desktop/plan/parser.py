"""Turn the plan's published text into structured data.

The text is a web page's worth of prose: a notice, the plan title, a preamble, then chapters
(一、…), sections ((一)…, numbered inside each chapter) and measures (1.…63., numbered across the
whole plan), each measure ending with its responsible units in 〔责任单位:…〕 or (责任单位:…).
Anything inside the plan body that is none of these is refused with its line number, so a changed
text never slips through half-understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.plan.model import Chapter, Indicator, Measure, Plan, ResponsibleUnit, Section

CHINESE_NUMERALS = "一二三四五六七八九十"

CHAPTER_RE = re.compile(r"^([一二三四五六七八九十]+)、(.+)$")
SECTION_RE = re.compile(r"^[((]([一二三四五六七八九十]+)[))](.+)$")
MEASURE_RE = re.compile(r"^(\d+)[.．、](.+)$")
# The unit list closes the measure: 〔责任单位:…〕 or (责任单位:…); measure 5 omits 责任单位:.
UNITS_RE = re.compile(r"[〔(]\s*(?:责任单位\s*[::])?\s*([^〔〕]+?)\s*[〕)]\s*$")
UNITS_WITH_LABEL_RE = re.compile(r"[〔(]\s*责任单位\s*[::]\s*(.+?)\s*[〕)]\s*$")
DRAFT_MARK_RE = re.compile(r"^[((]征求意见稿[))]$")
SOURCE_RE = re.compile(r"来源[::]\s*(\S+)\s+时间[::]\s*(\d{4}-\d{2}-\d{2})")
# Page furniture after the plan on the published web page.
TRAILER_LINES = ("附件下载", "扫一扫")

AND_OTHERS = "等"

# Quantitative targets are phrased "…N个以上" inside a clause; the clause's lead-in says whether the
# target is per year (年新增 / 每年) or over the plan's two years (两年内).
TARGET_RE = re.compile(r"(\d+)\s*(个|项|件|家|人次|场)以上")
CLAUSE_SPLIT_RE = re.compile(r"[,;。,;]")
TARGET_LEAD_WORDS = ("力争", "确保", "两年内", "每年", "年")
TARGET_TAIL_RE = re.compile(r"(数量|数)?(达到)?\s*\d+\s*(个|项|件|家|人次|场)以上$")


class PlanParseError(ValueError):
    """The text is not a plan this parser understands; says which line and why."""

    def __init__(self, line_no: int, message: str):
        super().__init__(f"第 {line_no} 行: {message}")
        self.line_no = line_no
        self.reason = message


def chinese_numeral_value(numeral: str) -> int:
    """一…九十九 as an int (the plan never goes past a few dozen)."""
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + CHINESE_NUMERALS.index(numeral[1]) + 1
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        value = (CHINESE_NUMERALS.index(tens) + 1) * 10
        return value + (CHINESE_NUMERALS.index(units) + 1 if units else 0)
    return CHINESE_NUMERALS.index(numeral) + 1


def split_units(unit_text: str) -> tuple[list[str], bool]:
    """Split a unit list on 、 and , outside parentheses; report a trailing 等 as a flag.

    `各县(市、区)` keeps its inner 、 because it sits inside parentheses.
    """
    names: list[str] = []
    depth = 0
    current = ""
    for char in unit_text:
        if char in "((":
            depth += 1
        elif char in "))":
            depth = max(0, depth - 1)
        if depth == 0 and char in "、,,":
            names.append(current.strip())
            current = ""
        else:
            current += char
    names.append(current.strip())
    and_others = False
    if names and names[-1].endswith(AND_OTHERS) and len(names[-1]) > len(AND_OTHERS):
        names[-1] = names[-1][: -len(AND_OTHERS)].strip()
        and_others = True
    if any(not name for name in names):
        raise ValueError(f"责任单位列表中有空的单位名称: {unit_text}")
    return names, and_others


def extract_indicators(measure_no: int, text: str) -> list[Indicator]:
    indicators: list[Indicator] = []
    for clause in CLAUSE_SPLIT_RE.split(text):
        match = TARGET_RE.search(clause)
        if not match:
            continue
        clause = clause.strip()
        scope = "plan" if "两年内" in clause else "year"
        what = TARGET_TAIL_RE.sub("", clause)
        # Strip lead-in words that say how hard to try or over what time, not what is counted.
        changed = True
        while changed:
            changed = False
            for word in TARGET_LEAD_WORDS:
                if what.startswith(word) and len(what) > len(word):
                    what = what[len(word) :]
                    changed = True
        indicators.append(
            Indicator(
                key=f"{measure_no}.{len(indicators) + 1}",
                measure=measure_no,
                what=what,
                unit=match.group(2),
                target=Decimal(match.group(1)),
                scope=scope,
                source=clause,
            )
        )
    return indicators


@dataclass
class _Builder:
    chapters: list[Chapter] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    current_chapter: Chapter | None = None
    current_section: Section | None = None


def parse_plan_text(text: str, *, source_name: str = "") -> Plan:
    lines = text.splitlines()
    title = ""
    published_source = ""
    published_on = ""
    status = "final"
    body_start = None

    for index, raw in enumerate(lines):
        line = raw.strip()
        if match := SOURCE_RE.search(line):
            published_source, published_on = match.group(1), match.group(2)
        if DRAFT_MARK_RE.match(line):
            status = "draft"
            # The plan's own title is the nearest non-empty line above the draft mark.
            for previous in reversed(lines[:index]):
                if previous.strip():
                    title = previous.strip()
                    break
        if CHAPTER_RE.match(line):
            body_start = index
            break
    if body_start is None:
        raise PlanParseError(len(lines), "未找到第一章(形如“一、……”的标题)")
    if not title:
        # A final plan has no draft mark: the first line that looks like a plan title.
        title = next((line.strip() for line in lines[:body_start] if "计划" in line), "")
    if not title:
        raise PlanParseError(1, "未找到计划标题")

    builder = _Builder()
    for index in range(body_start, len(lines)):
        line_no = index + 1
        line = lines[index].strip()
        if not line:
            continue
        if line.startswith(TRAILER_LINES):
            break
        _parse_body_line(builder, line, line_no)

    if not builder.measures:
        raise PlanParseError(len(lines), "计划中没有任何措施")
    return Plan(
        title=title,
        status=status,
        source=published_source,
        published_on=published_on,
        source_name=source_name,
        chapters=builder.chapters,
        measures=builder.measures,
    )


def _parse_body_line(builder: _Builder, line: str, line_no: int) -> None:
    if match := CHAPTER_RE.match(line):
        number = chinese_numeral_value(match.group(1))
        expected = len(builder.chapters) + 1
        if number != expected:
            raise PlanParseError(line_no, f"章的序号应为 {expected},实为 {number}")
        chapter = Chapter(no=number, title=match.group(2).strip(), sections=[])
        builder.chapters.append(chapter)
        builder.current_chapter = chapter
        builder.current_section = None
        return
    if match := SECTION_RE.match(line):
        chapter = builder.current_chapter
        if chapter is None:
            raise PlanParseError(line_no, "节出现在任何章之前")
        number = chinese_numeral_value(match.group(1))
        expected = len(chapter.sections) + 1
        if number != expected:
            raise PlanParseError(line_no, f"第{chapter.no}章的节序号应为 {expected},实为 {number}")
        section = Section(no=number, title=match.group(2).strip())
        chapter.sections.append(section)
        builder.current_section = section
        return
    if match := MEASURE_RE.match(line):
        _parse_measure(builder, int(match.group(1)), match.group(2).strip(), line_no)
        return
    raise PlanParseError(line_no, f"无法识别的行(既不是章、节,也不是编号措施): {line[:30]}")


def _parse_measure(builder: _Builder, number: int, body: str, line_no: int) -> None:
    chapter = builder.current_chapter
    if chapter is None:
        raise PlanParseError(line_no, f"措施 {number} 出现在任何章之前")
    expected = len(builder.measures) + 1
    if number != expected:
        raise PlanParseError(line_no, f"措施序号应为 {expected},实为 {number}")
    if chapter.sections and builder.current_section is None:
        raise PlanParseError(line_no, f"措施 {number} 不属于任何节")
    units_match = UNITS_WITH_LABEL_RE.search(body) or UNITS_RE.search(body)
    if not units_match:
        raise PlanParseError(line_no, f"措施 {number} 末尾缺少责任单位(〔责任单位:……〕)")
    try:
        names, and_others = split_units(units_match.group(1))
    except ValueError as error:
        raise PlanParseError(line_no, f"措施 {number}: {error}") from None
    text = body[: units_match.start()].strip()
    if not text:
        raise PlanParseError(line_no, f"措施 {number} 没有正文")
    units = [
        ResponsibleUnit(name=name, lead=(position == 0), position=position)
        for position, name in enumerate(names)
    ]
    section_no = builder.current_section.no if builder.current_section else None
    builder.measures.append(
        Measure(
            no=number,
            chapter=chapter.no,
            section=section_no,
            text=text,
            units=units,
            and_others=and_others,
            units_labelled="责任单位" in units_match.group(0),
            indicators=extract_indicators(number, text),
        )
    )
