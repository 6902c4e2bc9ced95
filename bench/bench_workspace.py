"""Workspace speed on 50,000 actions: one measure's actions for a period, and a search.

    python bench/bench_workspace.py [--actions 50000] [--repeat 20]

Prints figures; the targets (issue 2) are each under 50 ms.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.demo import demo_actions
from desktop.storage import Workspace


def timed(func, repeat: int) -> tuple[float, float, object]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        workspace.setup("350481", contact="基准测试")
        periods = [p for p in workspace.periods() if p.kind == "quarter"]
        start = time.perf_counter()
        workspace.add_actions(demo_actions(workspace.plan, workspace.unit, periods, args.actions))
        fill = time.perf_counter() - start
        print(f"workspace with {workspace.count_actions()} actions filled in {fill:.1f} s")

        median, worst, rows = timed(
            lambda: workspace.list_actions(period="2025-Q2", measure=17), args.repeat
        )
        print(
            f"list one measure's actions for a period: {median:.1f} ms median, "
            f"{worst:.1f} ms max ({len(rows)} actions)  [target < 50 ms]"
        )
        median, worst, hits = timed(lambda: workspace.search("专利"), args.repeat)
        print(
            f"search '专利' across all actions and measures: {median:.1f} ms median, "
            f"{worst:.1f} ms max ({len(hits.action_ids)} actions, {len(hits.measures)} measures)"
            f"  [target < 50 ms]"
        )
        median, worst, hits = timed(lambda: workspace.search("宣传活动"), args.repeat)
        print(
            f"search '宣传活动': {median:.1f} ms median, {worst:.1f} ms max "
            f"({len(hits.action_ids)} actions)"
        )
        workspace.close()


if __name__ == "__main__":
    main()
