"""Signed returns: a return of 63 measures and 1,500 actions — export and verify each format.

    python bench/bench_returns.py [--actions 1500] [--repeat 3]

Targets (issue 4): export at most 2 s per format, verification at most 0.3 s per file.
"""

import argparse
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.demo import demo_actions
from desktop.exchange.keys import enroll_unit, init_city, install_enrolment
from desktop.exchange.returns import export_return, verify_return
from desktop.storage import Workspace

CITY, UNIT = "bench-city", "bench-unit"


def median_seconds(func, repeat: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        city = Workspace.open(folder / "city")
        city.setup("350400")
        init_city(city, CITY)
        enrolment = enroll_unit(city, "350481", CITY, UNIT, folder / "350481.enrol")
        county = Workspace.open(folder / "county")
        install_enrolment(county, enrolment, UNIT)
        # Spread the actions over every measure so the return has all 63 (a department-like
        # unit would; a county's return covers the measures that concern it).
        plan = county.plan
        period = county.period("2025-Q1")
        items = list(demo_actions(plan, county.unit, [period], args.actions))
        for index, item in enumerate(items):
            item.measure = plan.measures[index % len(plan.measures)].no
            item.figures = {i.key: Decimal(3) for i in plan.measure(item.measure).indicators}
        county.add_actions(items)
        root, plans = city.trusted_root_pem(), set(city.plan_versions())
        for fmt in ("pdf", "xlsx"):
            out = folder / f"return.{fmt}"
            seconds, result = median_seconds(
                lambda fmt=fmt, out=out: export_return(county, "2025-Q1", fmt, UNIT, out),
                args.repeat,
            )
            measures = len(result.frozen.payload["measures"])
            size = out.stat().st_size / 1024
            print(
                f"export {fmt.upper():4}: {seconds:.2f} s median "
                f"({measures} measures, {args.actions} actions, {size:.0f} KiB)  [target ≤ 2 s]"
            )
            data = out.read_bytes()
            seconds, verified = median_seconds(
                lambda data=data: verify_return(data, root, plans), args.repeat
            )
            print(
                f"verify {fmt.upper():4}: {seconds:.3f} s median "
                f"(version {verified.version})  [target ≤ 0.3 s]"
            )
        county.close()
        city.close()


if __name__ == "__main__":
    main()
