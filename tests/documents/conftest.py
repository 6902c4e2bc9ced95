"""A realistic return payload built from the bundled plan text (the shape storage produces).

bench/bench_documents.py loads this file by path to reuse ``make_payload``.
"""

from __future__ import annotations

import hashlib
import random
import re
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "resources" / "plan" / "sanming-2024-2025-draft.txt"
PLAN_TITLE = "三明市贯彻知识产权强国建设纲要和“十四五”规划实施推进计划(2024—2025年)"
CHAPTER_NUMERALS = "一二三四五六七"

_PROGRESS = [
    "组织召开全市知识产权工作推进会,传达学习上级会议精神,部署本季度重点工作。",
    "联合公安、文旅等部门开展“昆仑2024”“净风”专项行动,出动执法人员126人次,检查经营主体318家。",
    "依托“知创三明”知识产权公共服务平台,为企业提供专利检索、分析和预警服务23次。",
    "指导3家企业贯彻《企业知识产权合规管理体系要求》(GB/T 29490—2023)国家标准。",
    "开展知识产权宣传周活动,发放宣传资料2000余份,接受群众咨询150余人次。",
    "走访重点企业12家,梳理“卡脖子”关键核心技术需求清单,形成《技术需求汇总表》。",
    "办理专利侵权纠纷行政裁决案件2件,结案1件;调解商标侵权纠纷4起。",
    "推进知识产权质押融资,新增质押登记5笔,融资金额1.2亿元。",
    "组织企业参加省级专利转化运用培训,参训人员86人,覆盖专精特新企业17家。",
    "会同市场监管所对辖区商品交易市场开展知识产权保护规范化检查,发现问题7处,已全部整改。",
]
_PROBLEMS = [
    "",
    "",
    "基层执法人员专业能力不足,复杂案件办理周期较长。",
    "企业知识产权意识仍需提高,部分企业对质押融资政策了解不够。",
    "专项经费到位较晚,部分工作推进受影响。",
]
_NEXT = [
    "",
    "持续推进专项行动,加强部门协作,适时开展“回头看”。",
    "下一步将加大宣传培训力度,指导更多企业建立知识产权管理体系。",
    "做好年度总结,整理佐证材料,按时报送市局。",
]
_EVIDENCE = [
    "会议纪要.pdf",
    "工作方案.docx",
    "现场照片.jpg",
    "宣传周活动总结.pdf",
    "案件统计表.xlsx",
]


def parse_plan(text: str) -> tuple[list[dict], list[dict]]:
    """Chapters and measures of the plan (the part after the second title line)."""
    body = text[text.index("(征求意见稿)\n") :]
    chapters: list[dict] = []
    measures: list[dict] = []
    section: int | None = None
    for raw in body.splitlines():
        line = raw.strip()
        if m := re.match(r"^([一二三四五六七])、(.+)$", line):
            chapters.append({"no": CHAPTER_NUMERALS.index(m[1]) + 1, "title": m[2]})
            section = None
        elif m := re.match(r"^[((]([一二三])[))]", line):
            section = "一二三".index(m[1]) + 1
        elif m := re.match(r"^(\d+)\.(.+)$", line):
            text_, units = m[2], []
            if u := re.search(r"[〔(](?:责任单位[::])?([^〔(]*(?:\([^)]*\)[^〔(]*)*)[〕)]$", text_):
                units = split_units(u[1])
            measures.append(
                {
                    "no": int(m[1]),
                    "chapter": chapters[-1]["no"],
                    "section": section,
                    "text": text_,
                    "units": units,
                }
            )
    return chapters, measures


def split_units(text: str) -> list[str]:
    units, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "((" or -(ch in "))")
        if ch in "、," and depth == 0:
            units.append(cur)
            cur = ""
        else:
            cur += ch
    units.append(cur)
    return [u.removesuffix("等").strip() for u in units if u.strip()]


def make_payload(n_actions: int = 120, *, version: int = 1, seed: int = 7) -> dict:
    rng = random.Random(seed)
    chapters, plan_measures = parse_plan(PLAN.read_text(encoding="utf-8"))
    measures = []
    for pm in plan_measures:
        relation = rng.choice(["lead", "co", "co", "all_counties"])
        measures.append({**pm, "relation": relation, "status": "not_reported", "actions": []})
    # A few measures stay unreported so the 未填报 row shows up.
    open_measures = [m for m in measures if m["no"] not in (5, 19, 42)]
    for i in range(n_actions):
        m = (
            open_measures[i % len(open_measures)]
            if i < len(open_measures)
            else rng.choice(open_measures)
        )
        status = rng.choices(
            ["done", "in_progress", "not_started", "not_applicable"], [5, 4, 1, 1]
        )[0]
        figures = {}
        if m["no"] == 27:
            figures = {"27.1": str(rng.randint(0, 2))}
        elif m["no"] == 40:
            figures = {"40.1": str(rng.randint(5, 15)), "40.2": str(rng.randint(1, 4))}
        progress = "".join(rng.sample(_PROGRESS, rng.randint(1, 3)))
        evidence = [
            {
                "sha256": hashlib.sha256(f"{i}-{k}".encode()).hexdigest(),
                "name": name,
                "size": rng.randint(10_000, 3_000_000),
            }
            for k, name in enumerate(rng.sample(_EVIDENCE, rng.randint(0, 2)))
        ]
        m["actions"].append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "title": progress[: progress.index(",")] if "," in progress else progress[:20],
                "progress": "" if status == "not_applicable" else progress,
                "status": status,
                "reason": "本县无海关机构,该项工作不涉及。" if status == "not_applicable" else "",
                "start_date": f"2025-01-{rng.randint(2, 28):02d}",
                "finish_date": f"2025-03-{rng.randint(1, 31):02d}" if status == "done" else None,
                "figures": figures,
                "problems": rng.choice(_PROBLEMS),
                "next_steps": rng.choice(_NEXT),
                "evidence": evidence,
            }
        )
    for m in measures:
        statuses = {a["status"] for a in m["actions"]}
        if not statuses:
            m["status"] = "not_reported"
        elif statuses == {"not_applicable"}:
            m["status"] = "not_applicable"
        elif statuses <= {"done", "not_applicable"}:
            m["status"] = "done"
        elif statuses <= {"not_started", "not_applicable"}:
            m["status"] = "not_started"
        else:
            m["status"] = "in_progress"

    def reported(key: str) -> str:
        return str(sum(int(a["figures"].get(key, 0)) for m in measures for a in m["actions"]))

    indicators = [
        {"key": "27.1", "measure": 27, "what": "新入选省技术创新重点攻关及产业化项目",
         "unit": "个", "target": "3", "scope": "plan", "reported": reported("27.1")},
        {"key": "40.1", "measure": 40, "what": "新增绿色、有机认证产品", "unit": "个",
         "target": "40", "scope": "year", "reported": reported("40.1")},
        {"key": "40.2", "measure": 40, "what": "获得省级以上农业品牌", "unit": "个",
         "target": "10", "scope": "year", "reported": reported("40.2")},
    ]  # fmt: skip
    payload = {
        "format": "ip-tracker.return",
        "format_version": 1,
        "return_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "version": version,
        "supersedes": None,
        "correction_reason": "",
        "unit": {"code": "350481", "name": "永安市"},
        "period": {
            "code": "2025-Q1",
            "kind": "quarter",
            "start": "2025-01-01",
            "end": "2025-03-31",
            "deadline": "2025-04-10",
        },
        "plan": {"version": "de0660f12d225504", "title": PLAN_TITLE},
        "frozen_at": "2025-04-08T10:15:00+08:00",
        "people": {"filler": "张三", "reviewer": "李四", "head": "王五", "phone": "0598-1234567"},
        "chapters": chapters,
        "measures": measures,
        "indicators": indicators,
    }
    if version > 1:
        payload["supersedes"] = {"version": version - 1, "sha256": "ab" * 32}
        payload["correction_reason"] = "市局退回:第27项量化指标填报有误,予以更正。"
    return payload


@pytest.fixture
def payload() -> dict:
    return make_payload()


@pytest.fixture(scope="session")
def big_payload() -> dict:
    return make_payload(1500)


@pytest.fixture(scope="session")
def payload_factory():
    """``make_payload`` for tests that need a particular size or version."""
    return make_payload
