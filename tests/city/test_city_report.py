"""The city report on real signed returns of several counties (PDF and Excel), both formats."""

import hashlib
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from desktop.documents.city_report_pdf import render_city_report_pdf
from desktop.documents.payload import canonical_bytes
from desktop.exchange import ExchangeError, NotPossibleHere
from desktop.exchange.keys import unit_credentials
from desktop.exchange.report import (
    REPORT_ATTACHMENT,
    build_report,
    export_city_report,
    verify_city_report,
)
from desktop.trust import pdf_signing
from tests.city.city_setting import PERIOD, build
from tests.conftest import run_cli
from tests.exchange_fixtures import CITY_PASSPHRASE, UNIT_PASSPHRASE

POPPLER = all(shutil.which(t) for t in ("pdfsig", "pdffonts", "pdftotext"))


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    return build(tmp_path_factory.mktemp("city-report"))


@pytest.fixture(scope="module")
def reports(setting):
    out = {}
    with setting.city.open() as ws:
        root = ws.trusted_root_pem()
        for fmt in ("pdf", "xlsx"):
            result = export_city_report(
                ws, PERIOD, fmt, CITY_PASSPHRASE, setting.folder / f"report.{fmt}"
            )
            out[fmt] = (result, verify_city_report(result.path.read_bytes(), root))
    return out


def run(*args) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True).stdout


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_report_verifies_and_lists_its_source_returns(setting, reports, fmt):
    result, verified = reports[fmt]
    assert verified.format == fmt
    assert verified.report == result.report
    assert verified.sha256 == result.report_sha256
    assert verified.report_bytes == canonical_bytes(result.report)
    with setting.city.open() as ws:
        held = {
            row[0]: (row[1], row[2])
            for row in ws.conn.execute(
                "SELECT unit, version, sha256 FROM received_returns WHERE state = 'current'"
            )
        }
    sources = {s["unit"]: (s["version"], s["sha256"]) for s in verified.report["sources"]}
    assert sources == held
    # The hash is the one of the return each county signed.
    for code, office in setting.units.items():
        with office.open() as ws:
            frozen = ws.latest_return(PERIOD)
        assert sources[code][1] == hashlib.sha256(frozen.payload_bytes).hexdigest()


def test_indicators_are_summed_across_units(reports):
    report = reports["pdf"][1].report
    rollup = {i["key"]: i for i in report["indicators"]}
    assert rollup["27.1"]["total"] == "3" and rollup["27.1"]["target"] == "3"
    assert rollup["40.1"]["total"] == "19.5"
    assert rollup["40.2"]["total"] == "3"
    assert rollup["40.1"]["by_unit"] == {"350481": "12.5", "350426": "7"}
    assert "350404" not in rollup["27.1"]["by_unit"]  # its return does not cover measure 27


def test_timeliness_names_who_is_missing(reports):
    timeliness = {t["unit"]: t for t in reports["pdf"][1].report["timeliness"]}
    assert len(timeliness) == 11
    assert timeliness["350481"]["submitted"] and timeliness["350481"]["version"] == 1
    assert not timeliness["350421"]["submitted"]  # 明溪县 has not reported
    assert sum(t["submitted"] for t in timeliness.values()) == 3


def test_measures_carry_each_units_status(reports):
    report = reports["pdf"][1].report
    assert [m["no"] for m in report["measures"]] == list(range(1, 64))
    m27 = next(m for m in report["measures"] if m["no"] == 27)
    assert m27["units"]["350481"] == "in_progress"
    assert sum(c["measures"] for c in report["chapters"]) == 63


@pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
def test_pdf_signature_fonts_and_text(reports):
    path = reports["pdf"][0].path
    sig = run("pdfsig", path)
    assert "Signature is Valid" in sig and "Total document signed" in sig
    assert "serialNumber=350400" in sig
    fonts = run("pdffonts", path).splitlines()[2:]
    assert fonts and all(re.split(r"\s+", line)[-5] == "yes" for line in fonts), fonts
    text = run("pdftotext", "-layout", path, "-")
    for needed in ("三明市2025年第一季度知识产权强市", "福建省知识产权局：", "附件1", "附件2",
                   "永安市", "尤溪县", "三元区", "未报送单位：", "明溪县", "— 1 —"):  # fmt: skip
        assert needed in text, needed
    for source in reports["pdf"][1].report["sources"]:
        assert source["sha256"] in text


def test_pdf_merged_table_has_every_action(setting, reports):
    report, payloads = build_report_with_payloads(setting)
    actions = sum(len(m["actions"]) for p in payloads.values() for m in p["measures"])
    from desktop.documents.city_report_pdf import merged_table

    table = merged_table(report, payloads)
    assert len(table.rows) >= actions
    assert table.merged == (0, 1)


def build_report_with_payloads(setting):
    with setting.city.open() as ws:
        return build_report(ws, PERIOD)


def test_workbook_sheets_hidden_data_and_text_cells(setting, reports):
    result, _ = reports["xlsx"]
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames[:2] == ["汇总", "第一章"]
    for name in ("任务×单位", "量化指标", "报送情况", "来源报送", "_report"):
        assert name in wb.sheetnames
    assert wb["_report"].sheet_state == "veryHidden"
    rows = [
        row for name in wb.sheetnames if name.startswith("第") for row in
        wb[name].iter_rows(min_row=3, values_only=True)
    ]  # fmt: skip
    _, payloads = build_report_with_payloads(setting)
    actions = sum(len(m["actions"]) for p in payloads.values() for m in p["measures"])
    assert len(rows) >= actions
    assert {row[2] for row in rows} == {"永安市", "尤溪县", "三元区"}
    formula_like = [
        cell for name in wb.sheetnames for row in wb[name].iter_rows() for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("=SUM")
    ]  # fmt: skip
    assert formula_like and all(cell.data_type == "s" for cell in formula_like)
    sources = list(wb["来源报送"].iter_rows(min_row=3, values_only=True))
    assert {row[6] for row in sources} == {s["sha256"] for s in result.sources}
    matrix = wb["任务×单位"]
    columns = [cell.value for cell in matrix[2]]
    m27 = next(row for row in matrix.iter_rows(min_row=3, values_only=True) if row[0] == 27)
    assert m27[columns.index("永安市")] == "推进中"
    assert m27[columns.index("三元区")] == "—"  # its return does not cover measure 27
    assert m27[columns.index("明溪县")] == "未报送"
    heads = [cell.value for cell in wb["量化指标"][2]]
    total = heads.index("全市合计")
    totals = {row[0]: row[total] for row in wb["量化指标"].iter_rows(min_row=3, values_only=True)}
    # Numbers, not text: the officer's own SUM over them works (as text it gave 0).
    assert totals["40.1"] == 19.5 and heads[6] == "三元区"
    first = wb["量化指标"][3]  # 目标, then the units' figures and the total after 口径
    numbers = [first[4], *first[6:]]
    assert all(cell.data_type == "n" for cell in numbers if cell.value not in (None, ""))


def test_a_changed_report_is_refused(setting, reports):
    with setting.city.open() as ws:
        root = ws.trusted_root_pem()
    data = bytearray(reports["pdf"][0].path.read_bytes())
    at = data.index(b"ReportLab Generated PDF document")
    data[at] ^= 1
    with pytest.raises(ExchangeError):
        verify_city_report(bytes(data), root)

    wb = openpyxl.load_workbook(reports["xlsx"][0].path)
    sheet = wb["_report"]
    chunk = sheet.cell(row=6, column=2)
    chunk.value = chunk.value.replace('"total":"19.5"', '"total":"95.1"')
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(ExchangeError):
        verify_city_report(buffer.getvalue(), root)


def test_a_report_signed_by_a_county_is_refused(setting, reports):
    report, payloads = build_report_with_payloads(setting)
    data = canonical_bytes(report)
    unsigned, _ = render_city_report_pdf(report, payloads, data)
    with setting.units["350481"].open() as ws:
        creds = unit_credentials(ws, UNIT_PASSPHRASE)
        root = ws.trusted_root_pem()
    forged = pdf_signing.sign_pdf(
        unsigned, key=creds.key, cert=creds.cert, chain=[creds.root_cert],
        attachment_name=REPORT_ATTACHMENT, attachment_bytes=data, field_box=(400, 700, 560, 780),
    )  # fmt: skip
    with pytest.raises(ExchangeError) as caught:
        verify_city_report(forged, root)
    assert caught.value.reason == "signer_mismatch"


def test_a_period_nobody_reported_still_gives_a_report(setting):
    steps = []
    with setting.city.open() as ws:
        result = export_city_report(
            ws, "2025-Q2", "pdf", CITY_PASSPHRASE, setting.folder / "empty.pdf",
            progress=lambda percent, step: steps.append(percent),
        )  # fmt: skip
    assert result.sources == [] and result.pages >= 4
    assert steps == sorted(steps) and steps[-1] == 100 and len(steps) > 60
    assert len(result.to_json()["missing"]) == 11


def test_report_needs_the_city(setting):
    with setting.units["350481"].open() as ws, pytest.raises(NotPossibleHere):
        export_city_report(ws, PERIOD, "pdf", UNIT_PASSPHRASE, setting.folder / "x.pdf")


def test_report_command(setting, tmp_path):
    env = {"IP_TRACKER_PASSPHRASE": CITY_PASSPHRASE}
    out = tmp_path / "三明市-2025-Q1.xlsx"
    result = run_cli(setting.city.home, "report", "--period", PERIOD, "--format", "xlsx",
                     "-o", str(out), "--json", env=env)  # fmt: skip
    assert result.code == 0, result
    data = json.loads(result.stdout)
    assert data["format"] == "xlsx" and len(data["sources"]) == 3 and out.exists()

    text = run_cli(setting.city.home, "report", "--period", PERIOD, "--format", "pdf",
                   "-o", str(tmp_path / "r.pdf"), env=env)  # fmt: skip
    assert text.code == 0, text
    assert "依据报送 3 份" in text.stdout

    wrong = run_cli(setting.city.home, "report", "--period", PERIOD, "--format", "pdf",
                    "-o", str(tmp_path / "w.pdf"), env={"IP_TRACKER_PASSPHRASE": "错"})  # fmt: skip
    assert wrong.code == 1 and not (tmp_path / "w.pdf").exists()
    unknown = run_cli(setting.city.home, "report", "--period", "2031-Q1", "--format", "pdf",
                      "-o", str(tmp_path / "u.pdf"), env=env)  # fmt: skip
    assert unknown.code == 1
    county = run_cli(setting.units["350481"].home, "report", "--period", PERIOD, "--format",
                     "pdf", "-o", str(tmp_path / "c.pdf"), env=env)  # fmt: skip
    assert county.code == 2
    no_root = tmp_path / "new-city"
    assert run_cli(no_root, "setup", "--unit", "350400").code == 0
    assert run_cli(no_root, "report", "--period", PERIOD, "--format", "pdf",
                   "-o", str(tmp_path / "n.pdf"), env=env).code == 2  # fmt: skip
    assert run_cli(setting.city.home, "report", "--period", PERIOD, "--format", "doc",
                   "-o", str(tmp_path / "d.doc"), env=env).code == 2  # fmt: skip


def test_report_is_in_the_audit_trail(setting, reports):
    with setting.city.open() as ws:
        entries = [e for e in ws.audit_trail() if e.entity == "city_report"]
    assert entries and entries[0].new["sources"]
    assert Path(entries[0].new["file_name"]).suffix in (".pdf", ".xlsx")
