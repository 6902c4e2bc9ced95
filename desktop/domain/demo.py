"""Realistic sample work for training sessions and benchmarks.

The sentences are the kind a county IP section writes in its 工作进展 column; they are put together
from the measure's own wording so that search and reports behave as they would on real data.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

from desktop.domain.actions import ActionFields, Status
from desktop.domain.periods import Period
from desktop.domain.units import Unit, concerns
from desktop.plan.model import Measure, Plan

ACTIVITIES = [
    (
        "召开{topic}专题推进会",
        "召开专题推进会,{n}个成员单位参加,研究部署{topic}工作,明确责任分工和时间节点。",
    ),
    (
        "开展{topic}业务培训",
        "举办业务培训班{k}期,培训企业和执法人员{n}人次,重点讲解{topic}相关政策和实务。",
    ),
    (
        "赴企业调研{topic}情况",
        "深入{n}家重点企业走访调研,收集意见建议{k}条,形成调研报告并报送上级。",
    ),
    (
        "开展{topic}宣传活动",
        "结合知识产权宣传周开展宣传活动{k}场,发放宣传资料{n}份,在本地媒体发布信息{k}篇。",
    ),
    (
        "组织{topic}专项检查",
        "出动执法人员{n}人次,检查经营主体{n2}家,立案查处{k}件,督促整改问题{k}处。",
    ),
    (
        "指导企业开展{topic}",
        "上门指导企业{n}家,帮助企业梳理{topic}需求,协助{k}家企业完成申报材料。",
    ),
    ("制定{topic}工作方案", "起草并印发工作方案,明确{k}项重点任务,建立工作台账,按月调度推进情况。"),
]
PROBLEMS = [
    "基层专业人员不足,业务能力有待提升。",
    "部分企业知识产权意识不强,主动参与积极性不高。",
    "工作经费保障不足,宣传覆盖面有限。",
    "部门间信息共享机制尚不健全。",
    "",
    "",
]
NEXT_STEPS = [
    "继续加强与相关部门的沟通协作,按时间节点推进。",
    "加大对重点企业的跟踪服务力度,及时总结经验做法。",
    "组织开展下一阶段培训,扩大覆盖面。",
    "对照年度目标查漏补缺,确保按期完成任务。",
]
NOT_APPLICABLE_REASONS = [
    "本地区无相关产业和企业,本期不涉及。",
    "该项工作由市级部门统一组织实施,本级不单独开展。",
]
TOPIC_STOP_RE = re.compile(r"[,,。;;、]")


def demo_measures(plan: Plan, unit: Unit) -> list[Measure]:
    """The measures a unit would plausibly report on: those that concern it."""
    return [m for m in plan.measures if concerns(m, unit)] or list(plan.measures)


def topic_of(measure: Measure) -> str:
    """A short noun phrase naming what the measure is about, taken from its first clause."""
    clause = TOPIC_STOP_RE.split(measure.text, maxsplit=1)[0]
    for verb in (
        "加强",
        "强化",
        "推进",
        "推动",
        "开展",
        "完善",
        "健全",
        "深化",
        "实施",
        "发挥",
        "培育",
    ):
        if clause.startswith(verb):
            clause = clause[len(verb) :]
            break
    return clause[:14] or "知识产权"


def demo_actions(
    plan: Plan, unit: Unit, periods: list[Period], count: int, seed: int = 2025
) -> Iterator[ActionFields]:
    rng = random.Random(seed)
    measures = demo_measures(plan, unit)
    for index in range(count):
        measure = measures[index % len(measures)] if index < len(measures) else rng.choice(measures)
        period = periods[index % len(periods)]
        title_template, progress_template = rng.choice(ACTIVITIES)
        topic = topic_of(measure)
        numbers = {"n": rng.randint(5, 120), "n2": rng.randint(20, 300), "k": rng.randint(1, 9)}
        status = rng.choices(
            [Status.DONE, Status.IN_PROGRESS, Status.NOT_STARTED, Status.NOT_APPLICABLE],
            weights=[45, 40, 10, 5],
        )[0]
        start = period.start + timedelta(days=rng.randint(0, 30))
        figures = {
            indicator.key: Decimal(rng.randint(0, 6 if indicator.scope == "plan" else 15))
            for indicator in measure.indicators
        }
        yield ActionFields(
            measure=measure.no,
            period=period.code,
            title=title_template.format(topic=topic),
            progress=progress_template.format(topic=topic, **numbers),
            status=status,
            reason=rng.choice(NOT_APPLICABLE_REASONS) if status == Status.NOT_APPLICABLE else "",
            start_date=start,
            finish_date=min(start + timedelta(days=rng.randint(5, 60)), period.end)
            if status == Status.DONE
            else None,
            figures=figures if status != Status.NOT_APPLICABLE else {},
            problems=rng.choice(PROBLEMS),
            next_steps=rng.choice(NEXT_STEPS),
        )
