"""Time the return documents on a realistic return: python bench/bench_documents.py [ACTIONS].

Prints one line per step; the targets (1,500 actions) are PDF < 2 s, xlsx write < 2 s,
xlsx read < 0.3 s.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.documents.fonts import register_fonts  # noqa: E402
from desktop.documents.payload import canonical_bytes, parse_payload, validate  # noqa: E402
from desktop.documents.return_pdf import render_return_pdf  # noqa: E402
from desktop.documents.return_xlsx import (  # noqa: E402
    compare_visible,
    read_return_xlsx,
    write_return_xlsx,
)


def _sample_builder():
    # The tests' realistic payload builder, loaded by path (tests/ is not a package).
    spec = importlib.util.spec_from_file_location(
        "documents_sample", ROOT / "tests" / "documents" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_payload


def timed(label: str, fn, repeat: int = 3):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    print(f"{label:<34} {statistics.median(times) * 1000:8.1f} ms  (best {min(times) * 1000:.1f})")
    return result


def main() -> None:
    actions = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    payload = _sample_builder()(actions)
    measures = len(payload["measures"])
    print(f"return: {measures} measures, {actions} actions")
    timed("register fonts (first call)", register_fonts, repeat=1)
    data = timed("canonical_bytes", lambda: canonical_bytes(payload))
    print(f"{'  canonical JSON size':<34} {len(data) / 1024:8.1f} KiB")
    timed("validate (JSON Schema)", lambda: validate(payload))
    timed("parse_payload (decode + validate)", lambda: parse_payload(data))
    pdf = timed(
        "render_return_pdf (no validation)", lambda: render_return_pdf(payload, check=False)
    )
    timed("render_return_pdf (validated)", lambda: render_return_pdf(payload))
    pages = len(re.findall(rb"/Type /Page\b", pdf))
    print(f"{'  PDF size / pages':<34} {len(pdf) / 1024:8.1f} KiB  {pages} pages")
    signature = bytes(4096)
    xlsx = timed(
        "write_return_xlsx (no validation)",
        lambda: write_return_xlsx(payload, signature, check=False),
    )
    print(f"{'  xlsx size':<34} {len(xlsx) / 1024:8.1f} KiB")
    back = timed("read_return_xlsx", lambda: read_return_xlsx(xlsx))
    diffs = timed("compare_visible", lambda: compare_visible(payload, back.visible_rows))
    assert back.payload_bytes == data and not diffs


if __name__ == "__main__":
    main()
