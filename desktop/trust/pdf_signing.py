"""PAdES-signed PDF returns that carry their machine-readable JSON (the Factur-X idea).

One incremental update adds, and the signature covers:
- the JSON as an embedded file that is also an Associated File of the document (/AF on the
  catalog, /AFRelationship /Data), so a person reads the PDF and a program imports the JSON;
- a visible stamp naming the unit and the signing time;
- a PAdES baseline-B signature (ETSI.CAdES.detached, SHA-256) made with the unit's RSA key.

pyHanko's own /AF support would switch the file to PDF 2.0; we write /AF ourselves and keep
PDF 1.7, as PDF/A-3 and Factur-X do, for the older readers on county PCs.

Verification trusts only the given city root, never goes online, and uses the no-changes diff
policy: any update after the signature (even a new title or an annotation) is a rejection. The
JSON is read from the signed revision, never from a later one.
"""

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import NO_CHANGES_DIFF_POLICY
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation.pdf_embedded import (
    EmbeddedPdfSignature,
    async_validate_pdf_signature,
)
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle

from desktop.trust import pki
from desktop.trust._asn1 import make_signer, offline_validation_context
from desktop.trust._async import run_sync
from desktop.trust.cms import signer_from_status
from desktop.trust.errors import Reason, TrustError, VerificationError
from desktop.trust.stamp_font import stamp_font_file

SIGNATURE_FIELD = "UnitSignature"
ATTACHMENT_MIME = "application/json"
ATTACHMENT_DESCRIPTION = "本文件的机器可读数据(已随签名一并签署)"
BEIJING = dt.timezone(dt.timedelta(hours=8), "北京时间")
SIGNED_AT_PLACEHOLDER = "{signed_at}"
SEAL_RED = (0.8, 0.0, 0.0)
STAMP_FONT_SIZE = 10
# File spec strings should be PDFDocEncoding; keep attachment names plain ASCII.
_ATTACHMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
# Room for the unreadable trailer of a damaged file: more than this after %%EOF means it was cut.
_EOF_WINDOW = 1024


@dataclass(frozen=True)
class PdfVerification:
    unit_code: str
    unit_name: str
    cert_fingerprint: str
    signed_at: dt.datetime | None
    attachment_bytes: bytes
    cert: x509.Certificate


# -- signing ---------------------------------------------------------------------------------


def sign_pdf(
    pdf_bytes: bytes,
    *,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    attachment_name: str,
    attachment_bytes: bytes,
    stamp_lines: list[str] | None = None,
    field_box: tuple[float, float, float, float],
    reason: str | None = None,
    location: str | None = None,
    font_cache_dir: Path | None = None,
) -> bytes:
    """Embed the JSON, add a visible stamp on page 1 and sign, all in one incremental update.

    `stamp_lines` may contain "{signed_at}", replaced by the signing time in Beijing time; if no
    line does, a line "签署时间:…" is added. By default the stamp names the unit from `cert`.
    `field_box` is (x1, y1, x2, y2) in PDF points on page 1.
    """
    unit_name = pki.unit_name_of(cert)
    if not _ATTACHMENT_NAME.fullmatch(attachment_name):
        raise TrustError(Reason.INVALID_INPUT, f"附件名“{attachment_name}”无效。")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    except Exception as exc:
        raise TrustError(Reason.NOT_PDF, "待签名的文件不是有效的 PDF。") from exc
    present = _attachment(writer.root, attachment_name)
    if present is None:
        _embed_associated_json(writer, attachment_name, attachment_bytes)
    elif present != attachment_bytes:
        # The renderer may embed the JSON already (then the signature covers it all the same);
        # a different one would make the document say one thing and the data another.
        raise TrustError(Reason.INVALID_INPUT, f"该 PDF 已带有内容不同的 {attachment_name}。")

    text = _stamp_text(stamp_lines or [unit_name, "电子签章"], dt.datetime.now(BEIJING))
    font = GlyphAccumulatorFactory(
        str(stamp_font_file(text, font_cache_dir)), font_size=STAMP_FONT_SIZE
    )
    stamp_style = TextStampStyle(
        # pyHanko fills %(name)s parameters in, so a literal % must be doubled
        stamp_text=text.replace("%", "%%"),
        text_box_style=TextBoxStyle(font=font, text_color=SEAL_RED),
        border_width=2,
        border_color=SEAL_RED,
    )
    pdf_signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(
            field_name=SIGNATURE_FIELD,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason,
            location=location,
            name=unit_name,
        ),
        signer=make_signer(key, cert, chain),
        stamp_style=stamp_style,
        new_field_spec=fields.SigFieldSpec(
            sig_field_name=SIGNATURE_FIELD, on_page=0, box=tuple(field_box)
        ),
    )
    output = io.BytesIO()

    def _sign():
        return pdf_signer.async_sign_pdf(writer, output=output)

    try:
        run_sync(_sign)
    except SigningError as exc:
        raise TrustError(Reason.INVALID_INPUT, f"签名失败:{exc}") from exc
    return output.getvalue()


def _stamp_text(lines: list[str], signed_at: dt.datetime) -> str:
    shown = signed_at.strftime("%Y年%m月%d日 %H:%M")
    if not any(SIGNED_AT_PLACEHOLDER in line for line in lines):
        lines = [*lines, f"签署时间:{SIGNED_AT_PLACEHOLDER}"]
    return "\n".join(line.replace(SIGNED_AT_PLACEHOLDER, shown) for line in lines)


def _embed_associated_json(writer: IncrementalPdfFileWriter, name: str, data: bytes) -> None:
    now = dt.datetime.now(dt.UTC)
    stream = embed.EmbeddedFileObject.from_file_data(
        writer,
        data,
        mime_type=ATTACHMENT_MIME,
        params=embed.EmbeddedFileParams(creation_date=now, modification_date=now),
    )
    spec = embed.FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=stream,
        description=ATTACHMENT_DESCRIPTION,
    )
    embed.embed_file(writer, spec)  # adds to the /EmbeddedFiles name tree, PDF 1.7
    # embed_file has just appended (name, filespec reference) to the name tree; mark that
    # filespec as the document's data and list it in the catalog's /AF.
    spec_ref = writer.root["/Names"]["/EmbeddedFiles"]["/Names"].raw_get(-1)
    spec_ref.get_object()["/AFRelationship"] = generic.NameObject("/Data")
    try:
        associated = writer.root["/AF"]
    except KeyError:
        associated = generic.ArrayObject()
        writer.root["/AF"] = writer.add_object(associated)
        writer.update_root()
    associated.append(spec_ref)
    writer.update_container(associated)


# -- verification ----------------------------------------------------------------------------


def verify_pdf(
    pdf_bytes: bytes, trust_root_cert: x509.Certificate, attachment_name: str
) -> PdfVerification:
    """Check a signed return; give its signer and the JSON exactly as signed.

    Raises VerificationError with reason: NOT_PDF, TRUNCATED, UNSIGNED, SIGNATURE_INVALID,
    UNTRUSTED_SIGNER, NOT_A_UNIT_CERTIFICATE, NOT_WHOLE_DOCUMENT, ATTACHMENT_MISMATCH,
    MODIFIED_AFTER_SIGNING, ATTACHMENT_MISSING.
    """
    reader = _open_pdf(pdf_bytes)
    signature = _first_signature(reader)
    validation_context = offline_validation_context(trust_root_cert)

    def _validate():
        return async_validate_pdf_signature(
            signature,
            signer_validation_context=validation_context,
            diff_policy=NO_CHANGES_DIFF_POLICY,
        )

    try:
        status = run_sync(_validate)
    except Exception as exc:  # broken /ByteRange, unreadable CMS, odd xref trickery
        raise VerificationError(
            Reason.SIGNATURE_INVALID, "签名无效:签名数据已损坏或与文件结构不符。"
        ) from exc
    signer = signer_from_status(status)  # SIGNATURE_INVALID, UNTRUSTED_SIGNER

    if status.coverage is None or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        raise VerificationError(
            Reason.NOT_WHOLE_DOCUMENT, "签名没有覆盖整份文件,文件内容可能被部分替换。"
        )
    signed = _attachment(reader.get_historical_root(signature.signed_revision), attachment_name)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE or not status.docmdp_ok:
        if _attachment(reader.root, attachment_name) != signed:
            raise VerificationError(
                Reason.ATTACHMENT_MISMATCH,
                f"签名后文件中的数据({attachment_name})被替换过,与签名时的不一致。",
            )
        raise VerificationError(
            Reason.MODIFIED_AFTER_SIGNING,
            "文件在签名后又被修改过(例如改了标题、加了批注),请向报送单位索取原始文件。",
        )
    if signed is None:
        raise VerificationError(
            Reason.ATTACHMENT_MISSING, f"签名文件中没有随附的数据({attachment_name}),无法导入。"
        )
    return PdfVerification(
        unit_code=signer.unit_code,
        unit_name=signer.unit_name,
        cert_fingerprint=signer.cert_fingerprint,
        signed_at=signer.signed_at,
        attachment_bytes=signed,
        cert=signer.cert,
    )


def _open_pdf(pdf_bytes: bytes) -> PdfFileReader:
    if b"%PDF-" not in pdf_bytes[:1024]:
        raise VerificationError(Reason.NOT_PDF, "这不是 PDF 文件。")
    if b"%%EOF" not in pdf_bytes[-_EOF_WINDOW:]:
        raise VerificationError(Reason.TRUNCATED, "PDF 文件不完整(可能传输或拷贝时被截断)。")
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes))
        reader.root  # noqa: B018 - make sure the catalog is reachable
    except Exception as exc:
        raise VerificationError(Reason.TRUNCATED, "PDF 文件已损坏或不完整,无法读取。") from exc
    return reader


def _first_signature(reader: PdfFileReader) -> EmbeddedPdfSignature:
    """The earliest signature: the unit's. Anything added later is a modification of it."""
    try:
        signatures = reader.embedded_regular_signatures
    except Exception as exc:
        raise VerificationError(Reason.SIGNATURE_INVALID, "签名数据已损坏,无法读取签名。") from exc
    if not signatures:
        raise VerificationError(Reason.UNSIGNED, "该 PDF 没有电子签名,不能作为正式报送文件。")
    return min(signatures, key=lambda sig: sig.signed_revision)


def _attachment(root: generic.DictionaryObject, name: str) -> bytes | None:
    """The data of the catalog's associated file called `name`, or None if there is none."""
    found = []
    try:
        associated = root.get("/AF")
        for entry in associated.get_object() if associated is not None else ():
            spec = entry.get_object()
            names = {str(spec.get(key, "")) for key in ("/UF", "/F")}
            if name in names and spec.get("/AFRelationship") == "/Data":
                files = spec["/EF"]
                stream = files.get("/UF") or files["/F"]
                found.append(stream.get_object().data)
    except Exception:  # a damaged or hostile structure is the same as no attachment
        return None
    if len(found) > 1:
        # Which one would an importer take? Refuse rather than guess.
        raise VerificationError(
            Reason.ATTACHMENT_MISMATCH, f"文件中有多个名为 {name} 的数据附件,无法确定哪一个有效。"
        )
    return found[0] if found else None
