"""Signed returns: a unit exports its frozen return; anyone holding the city root verifies one.

A PDF return carries a PAdES signature and the canonical JSON as an associated file in the signed
revision; an Excel return carries the same JSON and a detached CMS signature in a very hidden
sheet. Verification trusts nothing: signature intact, chain to this workspace's city root, the
signer is the unit the return names, the plan version is known, and for Excel the visible cells
say what the signed data says.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.documents.errors import (
    DamagedFileError,
    DocumentError,
    HiddenSheetMissingError,
    NotAReturnWorkbookError,
)
from desktop.documents.payload import canonical_bytes, parse_payload
from desktop.documents.return_pdf import SIGNATURE_BOX, render_return_pdf
from desktop.documents.return_xlsx import compare_visible, read_return_xlsx, write_return_xlsx
from desktop.domain import InvalidInput
from desktop.domain.actions import CONTROL_CHARS_RE
from desktop.domain.returns import People
from desktop.domain.units import PERSON_TEXT_MAX
from desktop.exchange import ExchangeError, NotPossibleHere
from desktop.exchange.files import check_destination, staged_file
from desktop.exchange.keys import unit_credentials
from desktop.storage.returns import FrozenReturn
from desktop.storage.workspace import Workspace
from desktop.trust import TrustError, cms, pdf_signing, pki

ATTACHMENT_NAME = "return.json"
FORMATS = ("pdf", "xlsx")
MAX_RETURN_BYTES = 100 * 1024 * 1024
Progress = Callable[[int, str], None]


def no_progress(_percent: int, _step: str) -> None:
    pass


@dataclass(frozen=True)
class ExportResult:
    frozen: FrozenReturn
    path: Path
    file_sha256: str
    format: str


def export_return(
    workspace: Workspace,
    period: str,
    fmt: str,
    passphrase: str,
    out: Path,
    *,
    people: People | None = None,
    correction_reason: str = "",
    progress: Progress = no_progress,
    require_correction_reason: bool = False,
) -> ExportResult:
    """Freeze the period's return and write it signed to `out`: the new version (if the content
    changed), the file and its record, all or nothing."""
    if fmt not in FORMATS:
        raise ExchangeError("invalid_input", f"不支持的格式 “{fmt}”,可选: pdf、xlsx")
    check_people(people, correction_reason)
    check_destination(Path(out), workspace.path.parent)  # before the key and the rendering
    progress(5, "解锁签名密钥")
    credentials = unit_credentials(workspace, passphrase)
    if credentials.unit_code != workspace.unit_code:
        raise NotPossibleHere(
            f"已安装的签名证书属于 {credentials.unit_code},"
            f"与本工作区单位 {workspace.unit_code} 不符"
        )
    progress(20, "冻结本期报送")
    try:
        # Not saved yet: a version exists only once its file is written (below).
        frozen, new_version = workspace.return_snapshot(period, people, correction_reason)
    except DocumentError as error:
        raise ExchangeError("invalid_payload", f"本期报送内容不符合报送格式: {error}") from error
    correcting = new_version and frozen.version > 1
    if require_correction_reason and correcting and not correction_reason.strip():
        # Else the city's copy says "更正原因:报送内容有更新(未填写更正原因)".
        raise InvalidInput(
            "correction_reason",
            f"本期已报送第 {frozen.version - 1} 版,内容有变动,将作为第 {frozen.version} 版"
            "(更正)报送:请填写更正原因",
        )
    payload = frozen.payload
    progress(40, "生成文件")
    if fmt == "pdf":
        unsigned = render_return_pdf(payload)
        progress(70, "签名")
        data = _sign_pdf(unsigned, frozen, credentials)
    else:
        signature = cms.sign_detached(frozen.payload_bytes, credentials.key, credentials.cert)
        progress(70, "签名")
        data = write_return_xlsx(payload, signature)
    progress(90, "写入文件")
    digest = hashlib.sha256(data).hexdigest()
    # The version, the file and its record together: an export that fails (a full or missing
    # USB stick) leaves no version behind, so the retry is not a "correction" of a return
    # nobody received.
    with staged_file(out, workspace.path.parent) as write, workspace.transaction():
        if new_version:
            workspace.store_return(frozen)
        write(data)
        workspace.record_export(frozen, fmt, out.name, digest)
    progress(100, "完成")
    return ExportResult(frozen, out, digest, fmt)


PEOPLE_LABELS = {
    "filler": "填报人",
    "reviewer": "审核人",
    "head": "单位负责人",
    "phone": "联系电话",
}
CORRECTION_REASON_MAX = 2000  # docs/return.schema.json


def check_people(people: People | None, correction_reason: str) -> None:
    """The names on the paper copy and the correction reason, within the return format's limits
    (told here, by field, rather than as a JSON path when the return is frozen)."""
    for key, value in (people.to_dict() if people else {}).items():
        label, length = PEOPLE_LABELS[key], len(value.strip())
        if length > PERSON_TEXT_MAX:
            raise InvalidInput(key, f"{label}过长({length} 字,最多 {PERSON_TEXT_MAX} 字)")
        if CONTROL_CHARS_RE.search(value):
            raise InvalidInput(key, f"{label}含有不可见的控制字符")
    if len(correction_reason.strip()) > CORRECTION_REASON_MAX:
        raise InvalidInput("correction_reason", f"更正原因过长(最多 {CORRECTION_REASON_MAX} 字)")


def _sign_pdf(unsigned: bytes, frozen: FrozenReturn, credentials: pki.UnitCredentials) -> bytes:
    payload = frozen.payload
    stamp = [
        f"{payload['unit']['name']} 电子签章",
        f"{payload['period']['code']} 第{frozen.version}版",
        "签署时间:{signed_at}",
    ]
    return pdf_signing.sign_pdf(
        unsigned,
        key=credentials.key,
        cert=credentials.cert,
        chain=[credentials.root_cert],
        attachment_name=ATTACHMENT_NAME,
        attachment_bytes=frozen.payload_bytes,
        stamp_lines=stamp,
        field_box=SIGNATURE_BOX,
        reason=f"{payload['period']['code']} 工作进展报送",
        location=payload["unit"]["name"],
    )


# ------------------------------------------------------------------------------- verification
@dataclass
class VerifiedReturn:
    format: str
    payload: dict
    payload_bytes: bytes
    sha256: str  # of the canonical payload
    file_sha256: str
    signer_code: str
    signer_name: str
    signer_fingerprint: str
    signed_at: str
    warnings: list[str] = field(default_factory=list)

    @property
    def unit(self) -> str:
        return self.payload["unit"]["code"]

    @property
    def period(self) -> str:
        return self.payload["period"]["code"]

    @property
    def version(self) -> int:
        return self.payload["version"]


def sniff_format(data: bytes) -> str | None:
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    return None


def verify_return(
    data: bytes, root_cert_pem: bytes, known_plan_versions: set[str]
) -> VerifiedReturn:
    """Check a return file completely, or raise ExchangeError naming the first failure."""
    if len(data) > MAX_RETURN_BYTES:
        raise ExchangeError("too_large", f"文件过大({len(data) // 1024 // 1024} MB),不是报送文件")
    fmt = sniff_format(data)
    if fmt is None:
        raise ExchangeError("not_a_return", "不是报送文件(既不是 PDF 也不是 Excel 工作簿)")
    root = pki.load_certificate(root_cert_pem)
    try:
        if fmt == "pdf":
            result = pdf_signing.verify_pdf(data, root, ATTACHMENT_NAME)
            payload_bytes = result.attachment_bytes
            signer = (result.unit_code, result.unit_name, result.cert_fingerprint, result.signed_at)
            payload = _parse(payload_bytes)
            cell_diffs = []
        else:
            workbook = read_return_xlsx(data)
            if workbook.signature is None:
                raise ExchangeError("unsigned", "工作簿中没有签名")
            info = cms.verify_detached(workbook.payload_bytes, workbook.signature, root)
            payload_bytes = workbook.payload_bytes
            signer = (info.unit_code, info.unit_name, info.cert_fingerprint, info.signed_at)
            payload = _parse(payload_bytes)
            cell_diffs = compare_visible(payload, workbook.visible_rows)
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    except DocumentError as error:
        raise ExchangeError(_document_reason(error), str(error)) from error

    if not _is_canonical(payload, payload_bytes):
        raise ExchangeError("not_canonical", "签名数据不是规范格式(可能由其他程序生成或改动)")
    try:
        cms.require_signer_is(signer[0], payload["unit"]["code"])
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    if payload["plan"]["version"] not in known_plan_versions:
        raise ExchangeError(
            "unknown_plan",
            f"报送所依据的计划版本 {payload['plan']['version']} 在本工作区中未知",
        )
    if cell_diffs:
        shown = "; ".join(
            f"{d.address} 应为 “{_clip(d.expected)}”,实为 “{_clip(d.found)}”"
            for d in cell_diffs[:5]
        )
        more = f" 等共 {len(cell_diffs)} 处" if len(cell_diffs) > 5 else ""
        raise ExchangeError("cells_edited", f"表格内容在签名后被改动: {shown}{more}")
    signed_at = signer[3].isoformat() if hasattr(signer[3], "isoformat") else str(signer[3])
    return VerifiedReturn(
        format=fmt,
        payload=payload,
        payload_bytes=payload_bytes,
        sha256=hashlib.sha256(payload_bytes).hexdigest(),
        file_sha256=hashlib.sha256(data).hexdigest(),
        signer_code=signer[0],
        signer_name=signer[1],
        signer_fingerprint=signer[2],
        signed_at=signed_at,
    )


def _is_canonical(payload: dict, payload_bytes: bytes) -> bool:
    """canonical_bytes(payload) == payload_bytes, cheaply in the usual case: when plain
    re-serialising gives the same bytes, the text is already NFC and holds no CR, normalising
    would change nothing (parse_payload has refused floats and control characters). Anything
    else gets the full comparison."""
    plain = json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
    quick = (
        plain == payload_bytes
        and b"\\r" not in payload_bytes
        and unicodedata.is_normalized("NFC", payload_bytes.decode("utf-8"))
    )
    return quick or canonical_bytes(payload) == payload_bytes


def _document_reason(error: DocumentError) -> str:
    if isinstance(error, HiddenSheetMissingError):
        return "hidden_sheet_missing"
    if isinstance(error, NotAReturnWorkbookError):
        return "not_a_return"
    if isinstance(error, DamagedFileError):
        return "damaged_file"
    return "malformed"


def _parse(payload_bytes: bytes) -> dict:
    try:
        return parse_payload(payload_bytes)
    except DocumentError as error:
        raise ExchangeError("malformed", f"报送数据格式不对: {error}") from error


def _clip(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass
class FileCheck:
    """One file's verification, as `verify` prints it."""

    file: str
    valid: bool
    verified: VerifiedReturn | None = None
    reason: str = ""  # a stable code
    message: str = ""
    unreadable: bool = False

    def to_json(self) -> dict:
        payload = self.verified.payload if self.verified else None
        return {
            "file": self.file,
            "valid": self.valid,
            "format": self.verified.format if self.verified else None,
            "unit": payload["unit"]["code"] if payload else None,
            "unit_name": payload["unit"]["name"] if payload else None,
            "period": payload["period"]["code"] if payload else None,
            "version": payload["version"] if payload else None,
            "return_id": payload["return_id"] if payload else None,
            "sha256": self.verified.sha256 if self.verified else None,
            "signer": self.verified.signer_fingerprint if self.verified else None,
            "signed_at": self.verified.signed_at if self.verified else None,
            "reason": self.reason or None,
            "message": self.message or None,
        }

    def describe(self) -> str:
        if self.valid and self.verified:
            p = self.verified.payload
            return (
                f"{self.file}: 有效 — {p['unit']['name']}({p['unit']['code']}) "
                f"{p['period']['code']} 第{p['version']}版,签名人 {self.verified.signer_name}"
            )
        return f"{self.file}: 无效 — {self.message}(原因代码 {self.reason})"


RETURN_SUFFIXES = (".pdf", ".xlsx")


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for the returns in it (PDF and Excel, sorted by name)."""
    expanded: list[Path] = []
    for path in paths:
        if path.is_dir():
            expanded += sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in RETURN_SUFFIXES
            )
        else:
            expanded.append(path)
    return expanded


def check_file(path: Path, root_cert_pem: bytes, known_plans: set[str]) -> FileCheck:
    try:
        size = path.stat().st_size
        if size > MAX_RETURN_BYTES:  # judged before reading: never pull a huge file into memory
            message = f"文件过大({size // 1024 // 1024} MB),不是报送文件"
            return FileCheck(str(path), False, None, "too_large", message)
        data = path.read_bytes()
    except OSError as error:
        reason = "missing" if isinstance(error, FileNotFoundError) else "unreadable"
        message = f"无法读取文件: {error.strerror}"
        return FileCheck(str(path), False, None, reason, message, unreadable=True)
    try:
        verified = verify_return(data, root_cert_pem, known_plans)
    except ExchangeError as error:
        return FileCheck(str(path), False, None, error.reason, error.message)
    return FileCheck(str(path), True, verified)


def verify_files(workspace: Workspace, paths: list[Path]) -> list[FileCheck]:
    root = workspace.trusted_root_pem()
    if root is None:
        raise NotPossibleHere(
            "本工作区没有市级根证书,无法核验:市局请先运行 keys init-city,单位请先安装入网文件"
        )
    known = set(workspace.plan_versions())
    return [check_file(path, root, known) for path in expand_paths(paths)]
