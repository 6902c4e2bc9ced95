"""The city office at full size: 11 county returns of 1,500 actions each (issue 5).

    python bench/bench_city.py [--actions 1500] [--units 11] [--keep DIR]

Makes the returns with the real program (workspaces, demo work, signed export in both formats),
then times, each into a fresh copy of the city workspace:
- import with verification of the 11 PDF returns, then of the 11 Excel returns;
- the city report, PDF and Excel;
and, in the same run, the yardstick: a plain pandas script that merges the same 11 Excel files
(read_excel each, concat, to_excel) — what a city IT person would otherwise write.
The bar: ip-tracker's import, verification included, is not slower than the pandas merge.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.demo import demo_actions
from desktop.exchange.city import import_files
from desktop.exchange.keys import enroll_unit, init_city, install_enrolment
from desktop.exchange.report import export_city_report
from desktop.exchange.returns import export_return
from desktop.storage import Workspace

CITY_PASS = "基准-市局口令"
UNIT_PASS = "基准-单位口令"
PERIOD = "2025-Q1"


def make_returns(folder: Path, units: int, actions: int) -> tuple[Path, list[Path], list[Path]]:
    city_home = folder / "city"
    with Workspace.open(city_home) as city:
        city.setup("350400", contact="基准测试")
        init_city(city, CITY_PASS)
        counties = city.counties()[:units]
        enrolments = {
            u.code: enroll_unit(city, u.code, CITY_PASS, UNIT_PASS, folder / f"{u.code}.enrol")
            for u in counties
        }
    pdfs, xlsxs = [], []
    for unit in counties:
        with Workspace.open(folder / unit.code) as ws:
            install_enrolment(ws, enrolments[unit.code], UNIT_PASS)
            ws.setup(unit.code, contact="填报人", phone="0598-0000000")
            period = ws.period(PERIOD)
            ws.add_actions(demo_actions(ws.plan, ws.unit, [period], actions, seed=int(unit.code)))
            for fmt, into in (("pdf", pdfs), ("xlsx", xlsxs)):
                out = folder / "returns" / f"{unit.name}-{PERIOD}.{fmt}"
                export_return(ws, PERIOD, fmt, UNIT_PASS, out)
                into.append(out)
    return city_home, pdfs, xlsxs


def fresh_city(template: Path, into: Path) -> Path:
    shutil.copytree(template, into)
    return into


def timed(label: str, func):
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    print(f"  {label:<52} {seconds:7.2f} s", flush=True)
    return seconds, result


def import_all(home: Path, files: list[Path]) -> list[str]:
    with Workspace.open(home) as city:
        outcomes = [str(r.outcome) for r in import_files(city, files)]
    if outcomes != ["new"] * len(files):
        raise SystemExit(f"unexpected import outcomes: {outcomes}")
    return outcomes


def report(home: Path, fmt: str, out: Path):
    with Workspace.open(home) as city:
        return export_city_report(city, PERIOD, fmt, CITY_PASS, out)


def pandas_merge(files: list[Path], out: Path, engine: str | None = None) -> int:
    """The yardstick, as a city IT person would write it (engine None: pandas' default)."""
    import warnings

    import pandas as pd

    warnings.filterwarnings("ignore", message=".*default engine.*")  # pandas 3 announces calamine
    frames = []
    for path in files:
        frame = pd.read_excel(path, sheet_name="台账", header=1, engine=engine)
        frame.insert(0, "单位", path.stem.split("-")[0])
        frames.append(frame)
    merged = pd.concat(frames, ignore_index=True)
    merged.to_excel(out, index=False)
    return len(merged)


def best_of(repeat: int, label: str, func) -> tuple[float, object]:
    """The fastest of `repeat` runs (`func(k)` for run k), printed once."""
    runs = [timed_quiet(lambda k=k: func(k)) for k in range(repeat)]
    seconds, result = min(runs, key=lambda run: run[0])
    print(f"  {label:<52} {seconds:7.2f} s", flush=True)
    return seconds, result


def timed_quiet(func):
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=1500)
    parser.add_argument("--units", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=2, help="best of N for imports and pandas")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-city-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        start = time.perf_counter()
        template, pdfs, xlsxs = make_returns(folder, args.units, args.actions)
        size = sum(p.stat().st_size for p in pdfs + xlsxs) / 2**20
        print(
            f"{args.units} county returns of {args.actions} actions, PDF and Excel "
            f"({size:.1f} MB), made in {time.perf_counter() - start:.1f} s"
        )
        n = len(pdfs)

        def into_fresh(kind: str, files: list[Path]):
            def run(k: int):
                home = fresh_city(template, folder / f"city-{kind}-{k}")
                return import_all(home, files)

            return run

        t_pdf, _ = best_of(
            args.repeat, f"import {n} PDF returns (verified)", into_fresh("pdf", pdfs)
        )
        t_xlsx, _ = best_of(
            args.repeat, f"import {n} Excel returns (verified)", into_fresh("xlsx", xlsxs)
        )
        home = folder / "city-pdf-0"
        _, rp = timed("city report, PDF (signed)", lambda: report(home, "pdf", folder / "r.pdf"))
        timed("city report, Excel (signed)", lambda: report(home, "xlsx", folder / "r.xlsx"))
        merged = folder / "pandas-merged.xlsx"
        t_pandas, rows = best_of(
            args.repeat,
            f"yardstick: pandas merge of {n} Excel files",
            lambda k: pandas_merge(xlsxs, merged),
        )
        t_calamine, _ = best_of(
            args.repeat,
            "  the same with read_excel(engine='calamine')",
            lambda k: pandas_merge(xlsxs, merged, engine="calamine"),
        )
        print(f"  (pandas merged {rows} rows; city report PDF {rp.pages} pages)")
        print()
        for label, seconds in (("PDF", t_pdf), ("Excel", t_xlsx)):
            verdict = "meets the bar" if seconds <= t_pandas else "SLOWER than the yardstick"
            print(
                f"import {label}: {seconds:.2f} s vs pandas {t_pandas:.2f} s — "
                f"ratio {seconds / t_pandas:.2f} ({verdict}); "
                f"vs pandas+calamine {t_calamine:.2f} s — ratio {seconds / t_calamine:.2f}"
            )
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
