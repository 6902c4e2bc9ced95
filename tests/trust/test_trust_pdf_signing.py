import asyncio
import io
import json
import os
import shutil
import subprocess

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from PIL import Image
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desktop.resources import resource
from desktop.trust import pdf_signing
from desktop.trust.errors import Reason, TrustError, VerificationError
from desktop.trust.stamp_font import stamp_font_file
from tests.pdf_tampering import (
    add_annotation,
    change_title,
    point_attachment_at,
    swap_attachment,
    write,
)

RETURN_JSON = json.dumps(
    {"unit": "350404", "period": "2025-Q1", "version": 1, "actions": [{"measure": 27}]},
    ensure_ascii=False,
    sort_keys=True,
).encode()
TITLE_LINE = "三元区市场监督管理局 2025年第一季度工作进展情况表"
STAMP_BOX = (360, 60, 540, 130)


def make_return_pdf() -> bytes:
    """A one-page A4 return with Chinese text, as the PDF layout module would produce."""
    pdfmetrics.registerFont(
        TTFont("TrustTestHei", str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0)
    )
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    page.setTitle("工作进展情况表")
    page.setFont("TrustTestHei", 16)
    page.drawString(80, 760, TITLE_LINE)
    page.drawString(80, 730, "填报人: 张三  审核人: 李四")
    page.showPage()
    page.save()
    return buffer.getvalue()


def sign(pdf: bytes, unit, root_cert, tmp_path, **overrides) -> bytes:
    arguments = dict(
        key=unit.key,
        cert=unit.cert,
        chain=[root_cert],
        attachment_name="return.json",
        attachment_bytes=RETURN_JSON,
        stamp_lines=[unit.name, "电子签章 · 2025年第一季度", "签署时间:{signed_at}"],
        field_box=STAMP_BOX,
        reason="报送2025年第一季度工作进展",
        location="福建省三明市",
        font_cache_dir=tmp_path / "fonts",
    )
    arguments.update(overrides)
    return pdf_signing.sign_pdf(pdf, **arguments)


@pytest.fixture(scope="module")
def unsigned_pdf() -> bytes:
    return make_return_pdf()


@pytest.fixture(scope="module")
def signed_pdf(unsigned_pdf, sanyuan, city_root, tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("pdf") / "350404-2025-Q1.pdf"
    path.write_bytes(sign(unsigned_pdf, sanyuan, city_root.cert, path.parent))
    return path.read_bytes()


def rejected(reason: Reason, pdf: bytes, root_cert, name="return.json") -> VerificationError:
    with pytest.raises(VerificationError) as caught:
        pdf_signing.verify_pdf(pdf, root_cert, name)
    assert caught.value.reason is reason, caught.value
    assert caught.value.message
    return caught.value


# -- what a good file looks like -------------------------------------------------------------


def test_signed_return_verifies(signed_pdf, city_root, sanyuan):
    result = pdf_signing.verify_pdf(signed_pdf, city_root.cert, "return.json")
    assert result.unit_code == "350404"
    assert result.unit_name == "三元区市场监督管理局"
    assert result.attachment_bytes == RETURN_JSON
    assert result.signed_at is not None


def test_stays_pdf_1_7_and_carries_the_json_as_associated_file(signed_pdf):
    assert b"%PDF-2.0" not in signed_pdf
    reader = PdfFileReader(io.BytesIO(signed_pdf))
    root = reader.root
    assert root["/Version"] == "/1.7"
    (spec,) = [entry.get_object() for entry in root["/AF"]]
    assert spec["/AFRelationship"] == "/Data"
    assert spec["/UF"] == "return.json"
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/application/json"
    assert stream.data == RETURN_JSON
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == "return.json"
    assert names.raw_get(1).reference == root["/AF"].raw_get(0).reference  # one filespec, two uses


def test_signature_is_pades_with_a_visible_stamp_on_page_one(signed_pdf):
    reader = PdfFileReader(io.BytesIO(signed_pdf))
    (signature,) = reader.embedded_regular_signatures
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    widget = signature.sig_field
    assert [round(float(v)) for v in widget["/Rect"]] == list(STAMP_BOX)
    assert widget["/P"].get_object() is reader.root["/Pages"]["/Kids"][0].get_object()
    appearance = widget["/AP"]["/N"].get_object()
    assert appearance.data  # something is drawn


def test_stamp_is_visible_in_red_inside_its_box(signed_pdf, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler's pdftoppm is not installed")
    (tmp_path / "signed.pdf").write_bytes(signed_pdf)
    subprocess.run(
        ["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "signed.pdf", "page"],
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    (png,) = tmp_path.glob("page*.png")
    image = Image.open(png).convert("RGB")
    x1, y1, x2, y2 = STAMP_BOX  # PDF points, origin bottom left; at 72 dpi one point is a pixel
    top = image.height - y2

    def red_pixels(box) -> int:
        data = image.crop(box).tobytes()
        pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
        return sum(1 for r, g, b in pixels if r > 150 and g < 100 and b < 100)

    inside = red_pixels((x1, top, x2, top + (y2 - y1)))
    assert inside > 300  # border plus three lines of text
    assert red_pixels((0, 0, image.width, top - 5)) == 0  # nothing red above the stamp


def test_stamp_font_is_rescaled_to_1000_units_per_em(tmp_path):
    path = stamp_font_file("尤溪县市场监督管理局", cache_dir=tmp_path)
    font = FontToolsFont(str(path))
    assert font["head"].unitsPerEm == 1000
    cmap = font.getBestCmap()
    assert all(ord(ch) in cmap for ch in "尤溪县市场监督管理局2025年签署时间")
    assert stamp_font_file("尤溪县市场监督管理局", cache_dir=tmp_path) == path  # cached


def test_pdfsig_agrees(signed_pdf, tmp_path):
    if shutil.which("pdfsig") is None:
        pytest.skip("poppler's pdfsig is not installed")
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    report = subprocess.run(
        ["pdfsig", str(path)], capture_output=True, text=True, check=False, timeout=60
    ).stdout
    assert "Signature Validation: Signature is Valid" in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report


def test_signing_and_verifying_inside_an_event_loop(unsigned_pdf, sanyuan, city_root, tmp_path):
    async def from_a_coroutine():
        signed = sign(unsigned_pdf, sanyuan, city_root.cert, tmp_path)
        return pdf_signing.verify_pdf(signed, city_root.cert, "return.json")

    assert asyncio.run(from_a_coroutine()).unit_code == "350404"


# -- every kind of tampering has its own reason ----------------------------------------------


def test_one_flipped_byte_in_the_signed_range(signed_pdf, city_root):
    flipped = bytearray(signed_pdf)
    offset = signed_pdf.index(b"ReportLab Generated PDF document")
    flipped[offset] ^= 0x01  # a comment: the file still parses, but the digest differs
    rejected(Reason.SIGNATURE_INVALID, bytes(flipped), city_root.cert)


def test_incremental_update_adding_an_annotation(signed_pdf, city_root):
    rejected(Reason.MODIFIED_AFTER_SIGNING, add_annotation(signed_pdf), city_root.cert)


def test_incremental_update_changing_only_the_title(signed_pdf, city_root):
    tampered = change_title(signed_pdf)
    assert PdfFileReader(io.BytesIO(tampered)).trailer["/Info"]["/Title"] == "改过的标题"
    rejected(Reason.MODIFIED_AFTER_SIGNING, tampered, city_root.cert)


FORGED_JSON = RETURN_JSON.replace(b'"measure": 27', b'"measure": 28')


def latest_attachment(pdf: bytes) -> bytes:
    return PdfFileReader(io.BytesIO(pdf)).root["/AF"][0]["/EF"]["/F"].get_object().data


def test_embedded_json_swapped_in_an_incremental_update(signed_pdf, city_root):
    tampered = swap_attachment(signed_pdf, FORGED_JSON)
    assert latest_attachment(tampered) == FORGED_JSON
    error = rejected(Reason.ATTACHMENT_MISMATCH, tampered, city_root.cert)
    assert "return.json" in error.message


def test_embedded_json_swapped_in_a_fresh_rewrite(signed_pdf, city_root):
    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(signed_pdf)))
    point_attachment_at(writer, FORGED_JSON)
    tampered = write(writer)
    assert latest_attachment(tampered) == FORGED_JSON
    assert tampered.count(b"%%EOF") == 1  # really one revision, not an incremental update
    # The signed bytes now sit at other offsets: the digest over /ByteRange no longer matches.
    rejected(Reason.SIGNATURE_INVALID, tampered, city_root.cert)


def test_signed_by_a_certificate_from_another_root(
    unsigned_pdf, impostor, other_root, city_root, tmp_path
):
    forged = sign(unsigned_pdf, impostor, other_root.cert, tmp_path)
    assert pdf_signing.verify_pdf(forged, other_root.cert, "return.json").unit_code == "350404"
    error = rejected(Reason.UNTRUSTED_SIGNER, forged, city_root.cert)
    assert "根证书" in error.message


def test_truncated_file(signed_pdf, city_root):
    rejected(Reason.TRUNCATED, signed_pdf[: len(signed_pdf) // 2], city_root.cert)
    rejected(Reason.TRUNCATED, signed_pdf[:-12], city_root.cert)


@pytest.mark.parametrize("data", [os.urandom(4096), b"", "工作进展".encode(), b"PK\x03\x04zip"])
def test_not_a_pdf(data, city_root):
    rejected(Reason.NOT_PDF, data, city_root.cert)


def test_unsigned_pdf(unsigned_pdf, city_root):
    rejected(Reason.UNSIGNED, unsigned_pdf, city_root.cert)


def test_attachment_missing(signed_pdf, city_root):
    rejected(Reason.ATTACHMENT_MISSING, signed_pdf, city_root.cert, name="report.json")


def test_another_unit_of_the_same_city_is_named_correctly(unsigned_pdf, youxi, city_root, tmp_path):
    signed = sign(unsigned_pdf, youxi, city_root.cert, tmp_path, stamp_lines=None)
    result = pdf_signing.verify_pdf(signed, city_root.cert, "return.json")
    assert (result.unit_code, result.unit_name) == ("350426", "尤溪县市场监督管理局")


# -- helpers that tamper with files ----------------------------------------------------------


def test_refuses_to_embed_a_second_copy_or_a_bad_name(
    signed_pdf, unsigned_pdf, sanyuan, city_root, tmp_path
):
    with pytest.raises(TrustError) as caught:
        sign(signed_pdf, sanyuan, city_root.cert, tmp_path, attachment_bytes=FORGED_JSON)
    assert caught.value.reason is Reason.INVALID_INPUT
    assert "内容不同" in caught.value.message
    with pytest.raises(TrustError) as caught:
        sign(unsigned_pdf, sanyuan, city_root.cert, tmp_path, attachment_name="../数据.json")
    assert caught.value.reason is Reason.INVALID_INPUT


def test_signing_something_that_is_not_a_pdf(sanyuan, city_root, tmp_path):
    with pytest.raises(TrustError) as caught:
        sign(b"not a pdf at all", sanyuan, city_root.cert, tmp_path)
    assert caught.value.reason is Reason.NOT_PDF
