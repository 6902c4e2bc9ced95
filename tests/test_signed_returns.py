"""Signed returns end to end: export → verify → the payload is the frozen snapshot; and every
kind of tampering or forgery rejected with its own reason."""

import io
import json
import zipfile

import openpyxl
import pytest

from desktop.documents.return_pdf import render_return_pdf
from desktop.domain.demo import demo_actions
from desktop.domain.returns import People
from desktop.exchange import ExchangeError
from desktop.exchange.keys import unit_credentials
from desktop.exchange.returns import export_return, verify_return
from desktop.trust import pdf_signing, pki
from tests.exchange_fixtures import UNIT_PASSPHRASE, enrol, make_city
from tests.pdf_tampering import add_annotation, change_title, swap_attachment


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exchange")
    city = make_city(folder)
    yongan = enrol(city, folder, "350481")
    youxi = enrol(city, folder, "350426")
    with yongan.open() as ws:
        periods = [ws.period("2025-Q1")]
        ws.add_actions(demo_actions(ws.plan, ws.unit, periods, 120))
        pdf = export_return(ws, "2025-Q1", "pdf", UNIT_PASSPHRASE, folder / "q1.pdf")
        xlsx = export_return(ws, "2025-Q1", "xlsx", UNIT_PASSPHRASE, folder / "q1.xlsx")
        frozen = ws.latest_return("2025-Q1")
    with city.open() as ws:
        root = ws.trusted_root_pem()
        plans = set(ws.plan_versions())
    return {
        "folder": folder, "city": city, "yongan": yongan, "youxi": youxi, "root": root,
        "plans": plans, "pdf": pdf.path.read_bytes(), "xlsx": xlsx.path.read_bytes(),
        "frozen": frozen,
    }  # fmt: skip


def rejected(setting, data: bytes) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        verify_return(data, setting["root"], setting["plans"])
    assert caught.value.message
    return caught.value


# ------------------------------------------------------------------ round trips
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_round_trip_payload_is_the_frozen_snapshot(setting, fmt):
    verified = verify_return(setting[fmt], setting["root"], setting["plans"])
    frozen = setting["frozen"]
    assert verified.payload_bytes == frozen.payload_bytes
    assert verified.payload == frozen.payload
    assert (verified.unit, verified.period, verified.version) == ("350481", "2025-Q1", 1)
    assert verified.signer_code == "350481"
    assert len(frozen.payload["measures"]) > 30


def test_exporting_both_formats_freezes_one_version(setting):
    with setting["yongan"].open() as ws:
        assert [r.version for r in ws.return_versions("2025-Q1")] == [1]
        exports = ws.conn.execute("SELECT format FROM return_exports ORDER BY id").fetchall()
        assert [row[0] for row in exports] == ["pdf", "xlsx"]


def test_an_export_that_cannot_be_written_leaves_no_version(setting, tmp_path):
    """A full or missing USB stick: no version is frozen, so the retry (with other names on the
    paper copy) is version 1, not a "correction" of a return nobody received."""
    taken = tmp_path / "U盘"
    taken.write_text("a file where the folder should be")
    with setting["youxi"].open() as ws:
        ws.add_actions(demo_actions(ws.plan, ws.unit, [ws.period("2025-Q1")], 5, seed=3))
        with pytest.raises(OSError):
            export_return(ws, "2025-Q1", "pdf", UNIT_PASSPHRASE, taken / "q1.pdf")
        assert ws.return_versions("2025-Q1") == []
        assert ws.conn.execute("SELECT COUNT(*) FROM return_exports").fetchone()[0] == 0
        people = People(filler="林晓", reviewer="陈明")
        result = export_return(
            ws, "2025-Q1", "pdf", UNIT_PASSPHRASE, tmp_path / "q1.pdf", people=people
        )
        assert result.frozen.version == 1 and result.frozen.payload["supersedes"] is None
        assert [r.version for r in ws.return_versions("2025-Q1")] == [1]
    assert {p.name for p in tmp_path.iterdir()} == {"q1.pdf", "U盘"}  # no staged leftovers


def test_a_unit_workspace_verifies_against_its_installed_root(setting):
    with setting["youxi"].open() as ws:
        root = ws.trusted_root_pem()
    assert verify_return(setting["pdf"], root, setting["plans"]).unit == "350481"


# -------------------------------------------------------------- PDF tampering
def test_one_byte_flipped(setting):
    data = bytearray(setting["pdf"])
    offset = data.index(b"ReportLab Generated PDF document")
    data[offset] ^= 0x01
    assert rejected(setting, bytes(data)).reason == "signature_invalid"


def test_incremental_update_adding_an_annotation(setting):
    assert rejected(setting, add_annotation(setting["pdf"])).reason == "modified_after_signing"


def test_incremental_update_changing_only_the_title(setting):
    assert rejected(setting, change_title(setting["pdf"])).reason == "modified_after_signing"


def test_embedded_json_swapped(setting):
    payload = json.loads(setting["frozen"].payload_bytes)
    payload["measures"][0]["status"] = "done"
    forged = json.dumps(payload, ensure_ascii=False).encode()
    assert rejected(setting, swap_attachment(setting["pdf"], forged)).reason in (
        "attachment_mismatch",
        "modified_after_signing",
    )


def test_truncated_pdf(setting):
    error = rejected(setting, setting["pdf"][: len(setting["pdf"]) * 2 // 3])
    assert error.reason in ("truncated", "not_pdf")


def test_signed_by_a_certificate_the_city_did_not_issue(setting):
    impostor_root = pki.create_city_root("另一个根")
    key, cert = pki.issue_unit_certificate(impostor_root, "另一个根", "350481", "永安市")
    forged = pdf_signing.sign_pdf(
        render_return_pdf(setting["frozen"].payload),
        key=key, cert=cert, chain=[impostor_root.cert], attachment_name="return.json",
        attachment_bytes=setting["frozen"].payload_bytes, field_box=(400, 700, 560, 780),
    )  # fmt: skip
    assert rejected(setting, forged).reason == "untrusted_signer"


def test_signed_with_a_key_enrolled_for_another_unit(setting):
    with setting["youxi"].open() as ws:
        youxi = unit_credentials(ws, UNIT_PASSPHRASE)
    forged = pdf_signing.sign_pdf(
        render_return_pdf(setting["frozen"].payload),  # says 永安市 …
        key=youxi.key, cert=youxi.cert, chain=[youxi.root_cert],  # … signed by 尤溪县
        attachment_name="return.json", attachment_bytes=setting["frozen"].payload_bytes,
        field_box=(400, 700, 560, 780),
    )  # fmt: skip
    error = rejected(setting, forged)
    assert error.reason == "signer_mismatch"
    assert "350426" in error.message and "350481" in error.message


# ------------------------------------------------------------ Excel tampering
def _edit_workbook(data: bytes, edit) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    edit(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_edited_visible_cell_is_reported_by_its_address(setting):
    def edit(workbook):
        sheet = workbook["台账"]
        for row in sheet.iter_rows(min_row=4, max_row=4):
            row[4].value = "本期完成全部任务(改)"

    error = rejected(setting, _edit_workbook(setting["xlsx"], edit))
    assert error.reason == "cells_edited"
    assert "台账!E4" in error.message


def test_untouched_resave_by_openpyxl_still_verifies(setting):
    resaved = _edit_workbook(setting["xlsx"], lambda workbook: None)
    assert verify_return(resaved, setting["root"], setting["plans"]).version == 1


def test_hidden_sheet_removed(setting):
    def edit(workbook):
        del workbook["_return"]

    assert rejected(setting, _edit_workbook(setting["xlsx"], edit)).reason == "hidden_sheet_missing"


def test_truncated_workbook(setting):
    error = rejected(setting, setting["xlsx"][: len(setting["xlsx"]) // 2])
    assert error.reason == "damaged_file"


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, this is not a return", b"\x89PNG\r\n\x1a\n" + bytes(200)],
    ids=["empty", "text", "png"],
)
def test_a_file_that_is_not_a_return(setting, data):
    assert rejected(setting, data).reason == "not_a_return"


def test_a_zip_that_is_not_a_workbook(setting):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "不是工作簿")
    assert rejected(setting, buffer.getvalue()).reason in ("damaged_file", "not_a_return")
