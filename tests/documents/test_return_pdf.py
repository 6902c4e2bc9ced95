import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.documents.errors import PayloadError
from desktop.documents.linebreak import CANNOT_END, CANNOT_START
from desktop.documents.payload import canonical_bytes
from desktop.documents.return_pdf import (
    SIGNATURE_BOX,
    progress_table,
    render_return_pdf,
)
from desktop.documents.rows import HEADERS

poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdfinfo", "pdftotext", "pdffonts", "pdftoppm")),
    reason="poppler-utils not installed",
)


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, payload_factory) -> tuple[dict, Path]:
    payload = payload_factory(120)
    path = tmp_path_factory.mktemp("pdf") / "return.pdf"
    path.write_bytes(render_return_pdf(payload))
    return payload, path


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", path), re.M)[1])


def page_text(path: Path, page: int) -> str:
    return run("pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-")


@poppler
def test_pdf_has_cover_and_attachment_pages(rendered):
    _, path = rendered
    assert path.read_bytes().startswith(b"%PDF-")
    pages = page_count(path)
    # 120 actions: a two-page report and a few actions per landscape page.
    assert 10 <= pages <= 60
    cover = page_text(path, 1)
    assert "永安市2025年第一季度知识产权强市" in cover
    assert "三明市市场监督管理局（知识产权局）：" in cover
    assert "— 1 —" in cover
    assert "— 2 —" in page_text(path, 2)
    everything = run("pdftotext", "-layout", path, "-")
    for needed in ("填报人：张三", "审核人：李四", "单位负责人：王五", "0598-1234567",
                   "2025年4月8日", "附件：1. 工作进展情况表", "特此报告。"):  # fmt: skip
        assert needed in everything, needed


@poppler
def test_header_row_repeats_on_every_attachment_page(rendered):
    _, path = rendered
    pages = page_count(path)
    first = next(p for p in range(1, pages + 1) if "附件1" in page_text(path, p))
    assert first in (2, 3)
    for page in range(first, pages + 1):
        text = page_text(path, page)
        for header in (
            "重点任务",
            "责任单位",
            "工作进展",
            "量化指标",
            "存在问题",
            "下一步计划",
            "佐证材料",
        ):
            assert header in text, (page, header)
        assert f"— {page} —" in text


@poppler
def test_every_action_and_unreported_measure_appears(rendered):
    payload, path = rendered
    text = run("pdftotext", "-layout", path, "-")
    rows = sum(max(1, len(m["actions"])) for m in payload["measures"])
    table = progress_table(payload)
    assert len(table.rows) == rows
    assert "未填报" in text
    assert "不涉及理由" in text
    assert "27.1:" in text  # figures shown with their indicator key


@poppler
def test_fonts_are_embedded_subsets(rendered):
    _, path = rendered
    lines = run("pdffonts", path).splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        name, emb, sub = line.split()[0], *line.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), line
        assert "+" in name  # subset tag


@poppler
def test_metadata_and_embedded_return_json(rendered, tmp_path):
    payload, path = rendered
    info = run("pdfinfo", path)
    assert "Title:           永安市2025年第一季度知识产权强市建设推进计划工作进展情况的报告" in info
    assert re.search(r"^Author:\s+永安市$", info, re.M)
    assert re.search(r"^Creator:\s+ip-tracker", info, re.M)
    assert "1: return.json" in run("pdfdetach", "-list", path)
    raw = path.read_bytes()
    assert b"/AFRelationship /Data" in raw and b"/AF [" in raw and b"/Outlines" in raw
    out = tmp_path / "return.json"
    run("pdfdetach", "-save", "1", "-o", out, path)
    assert out.read_bytes() == canonical_bytes(payload)


@poppler
def test_signature_box_is_empty_on_page_one(rendered, tmp_path):
    _, path = rendered
    # At 72 dpi one pixel is one point; -gray writes a binary PGM.
    run("pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", path, tmp_path / "p")
    pgm = next(tmp_path.glob("p*.pgm")).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    width, height = int(header[1]), int(header[2])
    pixels = pgm[header.end() :]
    x1, y1, x2, y2 = SIGNATURE_BOX
    for y in range(int(height - y2) + 1, int(height - y1) - 1):
        row = pixels[y * width + int(x1) + 1 : y * width + int(x2) - 1]
        assert min(row) > 250, f"ink in the signature box at y={y}"
    # And the box is on the page, inside the text area's top right.
    assert 0 < x1 < x2 <= 595.3 and 0 < y1 < y2 <= 841.9
    assert x2 - x1 >= 150 and y2 - y1 >= 80


@poppler
def test_correction_says_so(tmp_path, payload_factory):
    payload = payload_factory(10, version=2)
    path = tmp_path / "v2.pdf"
    path.write_bytes(render_return_pdf(payload))
    cover = page_text(path, 1)
    assert "（更正）" in cover
    assert "更正原因" in cover and "第27" in cover


@poppler
def test_huge_action_is_split_across_pages(tmp_path, payload_factory):
    payload = payload_factory(5)
    small = tmp_path / "small.pdf"
    small.write_bytes(render_return_pdf(payload))
    # 鑫 appears nowhere else, so counting it proves no line was lost at the page breaks.
    payload["measures"][0]["actions"][0]["progress"] = "鑫" * 6000
    path = tmp_path / "long.pdf"
    path.write_bytes(render_return_pdf(payload))
    assert page_count(path) >= page_count(small) + 10
    assert run("pdftotext", path, "-").count("鑫") == 6000


def test_wrapped_cells_obey_line_breaking_rules(payload_factory):
    table = progress_table(payload_factory(300))
    assert [line for lines in table.header.cells for line in lines] == [
        "序号", "任务", "编号", "重点任务", "责任单位", "工作进展", "完成", "情况",
        "量化指标", "存在问题", "下一步计划", "佐证材料",
    ]  # fmt: skip
    assert len(HEADERS) == 10
    for row in table.rows:
        for lines in row.cells:
            for k, line in enumerate(lines):
                if k:
                    assert line[:1] not in CANNOT_START, lines
                if k < len(lines) - 1 and line:
                    assert line[-1] not in CANNOT_END, lines


def test_output_is_deterministic(payload_factory):
    payload = payload_factory(20)
    assert render_return_pdf(payload) == render_return_pdf(payload)


def test_invalid_payload_is_refused(payload_factory):
    payload = payload_factory(5)
    payload["measures"][0]["status"] = "finished"
    with pytest.raises(PayloadError, match=r"\$\.measures\[0\]\.status"):
        render_return_pdf(payload)


@pytest.mark.slow
def test_1500_actions_render(big_payload):
    # How fast is measured by bench/bench_documents.py, not here: timed tests are flaky on CI.
    data = render_return_pdf(big_payload, check=False)
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


@poppler
def test_return_without_measures_still_shows_the_table(tmp_path, payload_factory):
    payload = payload_factory(0)
    payload["measures"], payload["indicators"] = [], []
    path = tmp_path / "empty.pdf"
    path.write_bytes(render_return_pdf(payload))
    last = page_text(path, page_count(path))
    assert "佐证材料" in last and "本期无涉及任务" in last


def test_body_grid_is_22_lines_of_28_characters():
    from desktop.documents.fonts import SONG, measurer
    from desktop.documents.linebreak import wrap
    from desktop.documents.return_pdf import BODY_CHAR_SPACE, BODY_PT, PITCH, TEXT_H, TEXT_W

    measure = measurer(SONG, BODY_PT)
    lines = wrap("国" * 100, TEXT_W, lambda s: measure(s) + BODY_CHAR_SPACE * len(s))
    assert [len(line) for line in lines] == [28, 28, 28, 16]
    assert round(TEXT_H / PITCH) == 22
    assert round(TEXT_W / 2.83465, 1) == 156.0 and round(TEXT_H / 2.83465, 1) == 225.0


def test_measure_continued_on_a_new_page_names_its_task_again(payload_factory):
    from desktop.documents.return_pdf import LAND_TEXT_H, paginate

    table = progress_table(payload_factory(300))
    pages = list(paginate(table.rows, table.header.height(), 200, LAND_TEXT_H, table.reopen))
    assert len(pages) > 20
    continued = 0
    for rows in pages[1:]:
        first = rows[0]
        assert first.cells[2] != [""], "a page must say which task its first row belongs to"
        if "续" in first.cells[1][-1]:
            continued += 1
        heights = sum(r.height() for r in rows) + table.header.height()
        assert heights <= LAND_TEXT_H + 0.01
    assert continued > 5
