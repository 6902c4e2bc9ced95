"""The plan parser against the published text: structure, units, flags, targets, refusals."""

from decimal import Decimal

import pytest

from desktop.plan import EMBEDDED_PLAN_DATA, embedded_plan
from desktop.plan.build import parse_embedded_text, plan_data_bytes
from desktop.plan.model import Plan
from desktop.plan.parser import PlanParseError, parse_plan_text, split_units
from desktop.resources import resource

# Read off the published text by hand: the responsible units of every measure, lead first.
EXPECTED_UNITS = {
    1: "市市场监管局(知识产权局)、市司法局",
    2: "市发改委、市工信局、市市场监管局(知识产权局)、市卫健委、市文旅局",
    3: "市财政局、市市场监管局(知识产权局)",
    4: "市市场监管局(知识产权局)",
    5: "市市场监管局(知识产权局)、市文旅局、市农业农村局、市中院、市司法局",
    6: "市市场监管局(知识产权局)、市中院",
    7: "市市场监管局(知识产权局)",
    8: "市市场监管局(知识产权局)",
    9: "市中院",
    10: "市公安局",
    11: "市检察院",
    12: "市市场监管局(知识产权局)、市文旅局",
    13: "市市场监管局(知识产权局)",
    14: "市市场监管局(知识产权局)",
    15: "市市场监管局(知识产权局)",
    16: "市市场监管局(知识产权局)",
    17: "市市场监管局(知识产权局)",
    18: "市文旅局、市公安局、市委网信办、市通信管理办",
    19: "三明海关",
    20: "市林业局、市农业农村局",
    21: "市市场监管局(知识产权局)、市文旅局、市农业农村局、市林业局、"
    "市中院、市检察院、市公安局、三明海关",
    22: "市中院、市检察院、市公安局、市市场监管局(知识产权局)、市文旅局、市司法局、市贸促会",
    23: "市中院、市司法局",
    24: "市中院、市司法局",
    25: "市市场监管局(知识产权局)、市发改委",
    26: "市市场监管局(知识产权局)、市中院",
    27: "市工信局、市科技局",
    28: "市科技局、市市场监管局(知识产权局)",
    29: "市科技局、市工信局、市市场监管局(知识产权局)",
    30: "市农业农村局、市林业局",
    31: "市市场监管局(知识产权局)、市教育局、市工信局、市农业农村局、市卫健委、市国资委",
    32: "市市场监管局(知识产权局)、市工信局、市科技局、市财政局、三明金融监管分局、人行三明市分行",
    33: "市市场监管局(知识产权局)、市发改委、市工信局、市国资委",
    34: "市市场监管局(知识产权局)、市科技局、市工信局",
    35: "市工信局",
    36: "市科技局",
    37: "市市场监管局(知识产权局)",
    38: "市市场监管局(知识产权局)",
    39: "市商务局",
    40: "市农业农村局",
    41: "市教育局、市科技局",
    42: "三明金融监管分局",
    43: "市文旅局",
    44: "市市场监管局(知识产权局)",
    45: "市市场监管局(知识产权局)",
    46: "市市场监管局(知识产权局)、市文旅局、市工信局",
    47: "市市场监管局(知识产权局)",
    48: "市市场监管局(知识产权局)、市文旅局、市中院、市司法局",
    49: "市教育局、市市场监管局(知识产权局)",
    50: "市市场监管局(知识产权局)、市中院",
    51: "市委党校",
    52: "市教育局",
    53: "市人社局、市教育局、市工信局、市科技局、市市场监管局(知识产权局)",
    54: "市人社局",
    55: "市市场监管局(知识产权局)、市文旅局、市农业农村局、市中院、市司法局、市委台办",
    56: "市人社局",
    57: "市市场监管局(知识产权局)",
    58: "市市场监管局(知识产权局)",
    59: "市市场监管局(知识产权局)、市商务局",
    60: "三明金融监管分局、市市场监管局(知识产权局)、市贸促会",
    61: "市市场监管局(知识产权局)、市文旅局、市农业农村局、市中院、市司法局",
    62: "市财政局、三明金融监管分局、市人社局",
    63: "各县(市、区)党委和人民政府、市直有关单位",
}
AND_OTHERS = {5, 6, 31, 32, 33, 34, 48, 49, 55, 61}


@pytest.fixture(scope="module")
def plan() -> Plan:
    return parse_embedded_text()


def test_structure_counts(plan):
    assert len(plan.chapters) == 7
    assert sum(len(chapter.sections) for chapter in plan.chapters) == 13
    assert [len(c.sections) for c in plan.chapters] == [2, 3, 1, 2, 2, 3, 0]
    assert [m.no for m in plan.measures] == list(range(1, 64))
    assert plan.chapters[6].title == "加强组织保障"
    assert all(m.section is None for m in plan.measures if m.chapter == 7)


def test_metadata(plan):
    assert plan.title == "三明市贯彻知识产权强国建设纲要和“十四五”规划实施推进计划(2024—2025年)"
    assert plan.status == "draft"
    assert plan.source == "三明市市场监督管理局"
    assert plan.published_on == "2024-10-15"


def test_every_measure_units_in_plan_order(plan):
    assert {m.no: "、".join(m.unit_names) for m in plan.measures} == EXPECTED_UNITS
    for measure in plan.measures:
        assert measure.units[0].lead
        assert not any(unit.lead for unit in measure.units[1:])


def test_flags(plan):
    assert {m.no for m in plan.measures if m.and_others} == AND_OTHERS
    assert not any(unit.name.endswith("等") for m in plan.measures for unit in m.units)
    assert [m.no for m in plan.measures if not m.units_labelled] == [5]


def test_county_wide_unit_is_one_unit(plan):
    measure = plan.measure(63)
    assert measure.unit_names == ["各县(市、区)党委和人民政府", "市直有关单位"]
    assert measure.county_wide
    assert split_units("市中院、各县(市、区)、市司法局等") == (
        ["市中院", "各县(市、区)", "市司法局"],
        True,
    )


def test_measure_text_keeps_everything_but_the_units(plan):
    measure = plan.measure(27)
    assert measure.text.startswith("加强产业关键核心技术攻关。")
    assert measure.text.endswith("力争两年内新入选省技术创新重点攻关及产业化项目3个以上。")
    assert "责任单位" not in "".join(m.text for m in plan.measures)


def test_targets_become_indicators(plan):
    indicators = {i.key: i for i in plan.indicators}
    assert set(indicators) == {"27.1", "40.1", "40.2"}
    assert indicators["27.1"].what == "新入选省技术创新重点攻关及产业化项目"
    assert (indicators["27.1"].target, indicators["27.1"].scope) == (Decimal(3), "plan")
    assert indicators["40.1"].what == "新增绿色、有机认证产品"
    assert (indicators["40.1"].target, indicators["40.1"].scope) == (Decimal(40), "year")
    assert indicators["40.2"].what == "获得省级以上农业品牌"
    assert (indicators["40.2"].target, indicators["40.2"].scope) == (Decimal(10), "year")
    assert all(i.unit == "个" for i in indicators.values())


def test_shipped_data_is_reproduced_from_the_text(plan):
    assert plan_data_bytes(plan) == resource("plan", EMBEDDED_PLAN_DATA).read_bytes()
    assert embedded_plan().version_id == plan.version_id


def test_version_id_is_a_hash_of_content(plan):
    text = resource("plan", "sanming-2024-2025-draft.txt").read_text(encoding="utf-8")
    changed = parse_plan_text(text.replace("3个以上", "4个以上"))
    assert changed.version_id != plan.version_id
    assert parse_plan_text(text, source_name="elsewhere.txt").version_id == plan.version_id


def test_tampered_data_file_is_refused(plan):
    data = plan.to_dict()
    data["measures"][0]["text"] += "(改)"
    with pytest.raises(ValueError, match="已被改动"):
        Plan.from_dict(data)


def _plan_text() -> list[str]:
    return resource("plan", "sanming-2024-2025-draft.txt").read_text(encoding="utf-8").splitlines()


def _line_of(lines: list[str], start: str) -> int:
    return next(i for i, line in enumerate(lines) if line.strip().startswith(start))


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (
            lambda s: s.replace("〔责任单位:市财政局、市市场监管局(知识产权局)〕", ""),
            "缺少责任单位",
        ),
        (lambda s: s.replace("13.加强专利侵权", "31.加强专利侵权"), "措施序号应为 13"),
        (
            lambda s: s.replace("(二)强化知识产权行政保护", "(四)强化知识产权行政保护"),
            "节序号应为 2",
        ),
        (lambda s: s.replace("三、构建知识产权", "五、构建知识产权"), "章的序号应为 3"),
        (lambda s: s.replace("(责任单位:市公安局)", "(责任单位:市公安局、)"), "空的单位名称"),
    ],
)
def test_malformed_text_is_refused_naming_the_line(mutate, reason):
    lines = _plan_text()
    text = "\n".join(lines)
    broken = mutate(text)
    assert broken != text
    with pytest.raises(PlanParseError, match=reason) as raised:
        parse_plan_text(broken)
    broken_lines = broken.splitlines()
    offending = broken_lines[raised.value.line_no - 1]
    assert offending.strip(), "the error names a line with content"
    assert str(raised.value).startswith(f"第 {raised.value.line_no} 行")


def test_stray_line_in_body_is_refused_with_its_line_number():
    lines = _plan_text()
    at = _line_of(lines, "14.评选发布")
    lines.insert(at, "  这是一行不属于任何措施的文字。")
    with pytest.raises(PlanParseError, match="无法识别的行") as raised:
        parse_plan_text("\n".join(lines))
    assert raised.value.line_no == at + 1


def test_text_without_chapters_is_refused():
    with pytest.raises(PlanParseError, match="未找到第一章"):
        parse_plan_text("三明市某计划\n(征求意见稿)\n只有一段话。\n")
