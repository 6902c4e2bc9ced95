import base64
import io
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from python_calamine import CalamineWorkbook, SheetVisibleEnum

from desktop.documents.errors import (
    DamagedFileError,
    DocumentError,
    HiddenSheetMissingError,
    NotAReturnWorkbookError,
    PayloadError,
)
from desktop.documents.payload import canonical_bytes
from desktop.documents.return_xlsx import (
    CHUNK_UTF16,
    CellDiff,
    _chunks,
    compare_visible,
    expected_visible,
    read_return_xlsx,
    write_return_xlsx,
)

SIGNATURE = bytes(range(256)) * 40  # 10 kB, like a CMS signature with its certificate chain


def resave(data: bytes, change) -> bytes:
    """Open with openpyxl, let ``change`` edit the workbook, save: what a user's Excel does."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    change(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_round_trip(payload, tmp_path):
    data = write_return_xlsx(payload, SIGNATURE)
    (tmp_path / "r.xlsx").write_bytes(data)
    back = read_return_xlsx((tmp_path / "r.xlsx").read_bytes())
    assert back.payload_bytes == canonical_bytes(payload)
    assert back.signature == SIGNATURE
    assert back.visible_rows == expected_visible(payload)
    assert compare_visible(payload, back.visible_rows) == []
    ledger = back.visible_rows["台账"]
    assert ledger[1][:5] == ["序号", "任务编号", "重点任务", "责任单位", "工作进展"]
    rows = sum(max(1, len(m["actions"])) for m in payload["measures"])
    assert len(ledger) == 2 + rows
    assert (back.visible_rows["量化指标"][1][:6]) == [
        "27.1",
        "27",
        "新入选省技术创新重点攻关及产业化项目",
        "个",
        "3",
        "规划期",
    ]


def test_round_trip_without_signature(payload):
    back = read_return_xlsx(write_return_xlsx(payload, None))
    assert back.signature is None
    assert back.payload_bytes == canonical_bytes(payload)


def test_big_payload_is_chunked_below_the_cell_limit(big_payload):
    data = write_return_xlsx(big_payload, SIGNATURE, check=False)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cells = [c.value for c in wb["_return"]["B"] if c.value]
    assert sum(1 for c in wb["_return"]["A"] if c.value == "payload") > 20
    assert max(len(v) for v in cells) <= CHUNK_UTF16
    assert read_return_xlsx(data).payload_bytes == canonical_bytes(big_payload)


def test_chunks_never_split_a_surrogate_pair():
    text = "甲😀" * 50
    chunks = _chunks(text, limit=7)
    assert "".join(chunks) == text
    assert all(len(c.encode("utf-16-le")) // 2 <= 7 for c in chunks)


def test_sheet_layout(payload):
    wb = openpyxl.load_workbook(io.BytesIO(write_return_xlsx(payload, SIGNATURE)))
    assert wb.sheetnames == ["台账", "量化指标", "_return"]
    ledger = wb["台账"]
    assert ledger.freeze_panes == "A3"
    assert ledger.print_title_rows == "$2:$2"
    assert ledger.page_setup.orientation == "landscape"
    assert int(ledger.page_setup.paperSize) == int(ledger.PAPERSIZE_A4)
    assert ledger.sheet_properties.pageSetUpPr.fitToPage
    assert (ledger.page_setup.fitToWidth, ledger.page_setup.fitToHeight) == (1, 0)
    assert ledger["E3"].alignment.wrap_text
    assert ledger.column_dimensions["E"].width > ledger.column_dimensions["A"].width
    assert wb["_return"].sheet_state == "veryHidden"
    meta = CalamineWorkbook.from_filelike(io.BytesIO(write_return_xlsx(payload, None)))
    hidden = next(m for m in meta.sheets_metadata if m.name == "_return")
    assert hidden.visible == SheetVisibleEnum.VeryHidden


def test_formula_looking_text_stays_text(payload):
    action = payload["measures"][0]["actions"][0]
    action["title"] = '=HYPERLINK("http://evil.example","点击")'
    action["progress"] = action["title"] + "查看"
    action["problems"] = "+86 0598 1234567"
    action["next_steps"] = "-1"
    action["evidence"][:] = [{"sha256": "0" * 64, "name": "@SUM(A1).pdf", "size": 1}]
    data = write_return_xlsx(payload, None)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name), name
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cells = [c for row in wb["台账"].iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert wb["台账"]["H3"].value == "+86 0598 1234567"
    assert wb["台账"]["I3"].value == "-1"
    assert wb["台账"]["E3"].value.startswith("=HYPERLINK")
    back = read_return_xlsx(data)  # calamine: the same strings, no formula results
    assert back.visible_rows["台账"][2][4].startswith("=HYPERLINK")
    assert back.visible_rows["台账"][2][7] == "+86 0598 1234567"
    assert back.visible_rows["台账"][2][9] == "@SUM(A1).pdf"
    assert compare_visible(payload, back.visible_rows) == []


def test_control_characters_are_refused_by_path(payload):
    payload["measures"][2]["actions"][0]["problems"] = "问题\x0b"
    with pytest.raises(PayloadError) as info:
        write_return_xlsx(payload, None)
    assert info.value.path == "$.measures[2].actions[0].problems"


def test_edited_cell_is_reported_by_address(payload):
    data = write_return_xlsx(payload, SIGNATURE)

    def edit(wb):
        wb["台账"]["F7"] = "已完成(改)"
        wb["量化指标"]["G2"] = "3"
        wb["台账"]["C200"] = "多出来的行"

    back = read_return_xlsx(resave(data, edit))
    # openpyxl keeps the very hidden sheet, so the signed data is still there.
    assert back.payload_bytes == canonical_bytes(payload)
    diffs = compare_visible(payload, back.visible_rows)
    expected_f7 = expected_visible(payload)["台账"][6][5]
    assert CellDiff("台账!F7", expected_f7, "已完成(改)") in diffs
    assert any(d.address == "量化指标!G2" and d.found == "3" for d in diffs)
    assert CellDiff("台账!C200", "", "多出来的行") in diffs
    assert len(diffs) == 3


def test_hidden_sheet_removed_is_an_error(payload):
    data = resave(write_return_xlsx(payload, SIGNATURE), lambda wb: wb.remove(wb["_return"]))
    with pytest.raises(HiddenSheetMissingError, match="_return"):
        read_return_xlsx(data)


def test_damaged_hidden_data_is_an_error(payload):
    def tamper(wb):
        ws = wb["_return"]
        ws["B6"] = ws["B6"].value.replace("完善", "改善", 1)

    with pytest.raises(DamagedFileError, match="摘要不符"):
        read_return_xlsx(resave(write_return_xlsx(payload, SIGNATURE), tamper))


def test_other_workbook_is_not_a_return():
    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    with pytest.raises(NotAReturnWorkbookError, match="不是 ip-tracker"):
        read_return_xlsx(out.getvalue())


@pytest.mark.parametrize(
    "data",
    [b"", b"hello", b"%PDF-1.7\n...", b"PK\x03\x04" + b"\0" * 100],
    ids=["empty", "text", "pdf", "truncated-zip"],
)
def test_non_xlsx_bytes_are_refused(data):
    with pytest.raises(DamagedFileError):
        read_return_xlsx(data)


def test_zip_without_workbook_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(DamagedFileError, match="不是 Excel"):
        read_return_xlsx(out.getvalue())


def bomb(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        for name, content in members.items():
            zf.writestr(name, content)
    return out.getvalue()


def test_zip_bomb_is_refused_before_parsing():
    data = bomb(**{"xl/worksheets/sheet1.xml": b"\0" * (20 * 2**20)})
    assert len(data) < 100_000
    with pytest.raises(DamagedFileError, match="压缩炸弹"):
        read_return_xlsx(data)


def test_too_many_members_are_refused():
    data = bomb(**{f"xl/media/{k}.bin": b"x" for k in range(600)})
    with pytest.raises(DamagedFileError, match="超过上限"):
        read_return_xlsx(data)


def test_lying_size_header_is_caught():
    data = bytearray(bomb(**{"xl/worksheets/sheet1.xml": b"<a/>" * 300_000}))
    # Claim 1 kB uncompressed in both the local and the central header.
    real = (4 * 300_000).to_bytes(4, "little")
    assert data.count(real) == 2
    data = bytes(data).replace(real, (1000).to_bytes(4, "little"))
    with pytest.raises(DamagedFileError):
        read_return_xlsx(data)


def test_errors_are_document_errors():
    assert issubclass(HiddenSheetMissingError, NotAReturnWorkbookError)
    for cls in (DamagedFileError, NotAReturnWorkbookError, PayloadError):
        assert issubclass(cls, DocumentError)


def test_signature_is_base64_in_the_hidden_sheet(payload):
    wb = openpyxl.load_workbook(io.BytesIO(write_return_xlsx(payload, SIGNATURE)))
    ws = wb["_return"]
    sig = "".join(ws.cell(r, 2).value for r in range(1, ws.max_row + 1)
                  if ws.cell(r, 1).value == "signature")  # fmt: skip
    assert base64.b64decode(sig) == SIGNATURE


@pytest.mark.slow
def test_1500_actions_write_and_read_back(big_payload):
    # How fast is measured by bench/bench_documents.py, not here: timed tests are flaky on CI.
    data = write_return_xlsx(big_payload, SIGNATURE, check=False)
    back = read_return_xlsx(data)
    assert len(back.visible_rows["台账"]) > 1500
    assert back.signature == SIGNATURE


def test_rows_are_tall_enough_for_their_text(payload):
    wb = openpyxl.load_workbook(io.BytesIO(write_return_xlsx(payload, None)))
    ledger = wb["台账"]
    heights = [ledger.row_dimensions[r].height for r in range(3, ledger.max_row + 1)]
    assert all(h and h >= 18 for h in heights)
    assert max(heights) > 60  # a long 工作进展 gets several lines


soffice = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")


@soffice
def test_libreoffice_resave_keeps_the_signed_data(payload, tmp_path):
    """LibreOffice turns the very hidden sheet into a hidden one; the return still reads."""
    src = tmp_path / "in" / "return.xlsx"
    src.parent.mkdir()
    src.write_bytes(write_return_xlsx(payload, SIGNATURE))
    profile = (tmp_path / "profile").as_uri()  # a private profile: tests may run in parallel
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(tmp_path / "out"), str(src)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    back = read_return_xlsx((tmp_path / "out" / "return.xlsx").read_bytes())
    assert back.payload_bytes == canonical_bytes(payload)
    assert back.signature == SIGNATURE
    assert compare_visible(payload, back.visible_rows) == []


def test_dtd_in_a_part_is_refused():
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><workbook>&lol;</workbook>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", laughs)
    with pytest.raises(DamagedFileError, match="DTD"):
        read_return_xlsx(out.getvalue())


def test_visible_cells_match_the_normalised_payload(payload):
    """Windows line ends and decomposed characters are shown as they are signed."""
    import unicodedata

    from desktop.documents.payload import parse_payload

    action = payload["measures"][0]["actions"][0]
    action["problems"] = "第一行\r\n第二行 " + unicodedata.normalize("NFD", "Café")
    back = read_return_xlsx(write_return_xlsx(payload, None))
    signed = parse_payload(back.payload_bytes)
    assert compare_visible(signed, back.visible_rows) == []
    assert compare_visible(payload, back.visible_rows) == []
    assert back.visible_rows["台账"][2][7] == "第一行\n第二行 Café"
