"""The city report: the current return of every unit for a period, merged and signed by the city.

Signed like a unit's return, but with the city office's own certificate (issued under the root at
`keys init-city`): the PDF carries a PAdES signature and the report JSON as its associated file
``city-report.json``; the workbook carries the JSON and a detached CMS signature in a very hidden
sheet. `verify_city_report` checks either against the city root and insists the signer is the
city office (350400), not a unit.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.documents.city_report_pdf import render_city_report_pdf
from desktop.documents.city_report_xlsx import read_city_report_xlsx, write_city_report_xlsx
from desktop.documents.errors import DocumentError
from desktop.documents.layout import SIGNATURE_BOX
from desktop.documents.payload import canonical_bytes
from desktop.documents.rows import period_label
from desktop.domain.city import CHINA_TIME
from desktop.domain.city_report import (
    REPORT_FORMAT,
    REPORT_FORMAT_VERSION,
    SourceReturn,
    build_city_report,
)
from desktop.domain.units import CITY_CODE
from desktop.exchange import ExchangeError, NotPossibleHere
from desktop.exchange.city import period_status, require_city
from desktop.exchange.files import staged_file
from desktop.exchange.keys import unit_credentials
from desktop.exchange.returns import (
    FORMATS,
    Progress,
    no_progress,
    sniff_format,
)
from desktop.storage.workspace import Workspace, now_iso
from desktop.trust import TrustError, cms, pdf_signing, pki

REPORT_ATTACHMENT = "city-report.json"


@dataclass(frozen=True)
class ReportResult:
    path: Path
    format: str
    file_sha256: str
    report: dict
    report_sha256: str  # of the canonical report JSON that was signed
    pages: int | None  # PDF only

    @property
    def sources(self) -> list[dict]:
        return self.report["sources"]

    def to_json(self) -> dict:
        return {
            "file": str(self.path),
            "format": self.format,
            "period": self.report["period"]["code"],
            "sha256": self.report_sha256,
            "file_sha256": self.file_sha256,
            "pages": self.pages,
            "sources": self.sources,
            "missing": [t["unit"] for t in self.report["timeliness"] if not t["submitted"]],
        }


def current_sources(workspace: Workspace, period: str) -> list[SourceReturn]:
    rows = workspace.conn.execute(
        "SELECT payload, sha256, format, file_sha256 FROM received_returns "
        "WHERE period = ? AND state = 'current' ORDER BY unit",
        (period,),
    ).fetchall()
    return [SourceReturn(json.loads(row[0]), row[1], row[2], row[3]) for row in rows]


def build_report(workspace: Workspace, period_code: str) -> tuple[dict, dict[str, dict]]:
    """The report document and the source payloads by unit code (for the GUI's preview too)."""
    require_city(workspace)
    period = workspace.period(period_code)
    if period is None:
        raise ExchangeError("invalid_input", f"未知的期间 “{period_code}”")
    issued_at = now_iso()
    today = datetime.fromisoformat(issued_at).astimezone(CHINA_TIME).date()
    sources = current_sources(workspace, period_code)
    report = build_city_report(
        plan=workspace.plan,
        period=period,
        issuer=workspace.unit,
        issued_at=issued_at,
        statuses=period_status(workspace, period_code, today),
        sources=sources,
    )
    return report, {s.unit: s.payload for s in sources}


def export_city_report(
    workspace: Workspace,
    period: str,
    fmt: str,
    passphrase: str,
    out: Path,
    *,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the signed city report for `period` to `out` (atomically). A period nobody has
    reported yet still gives a report: it says who is missing."""
    progress = progress or no_progress
    if fmt not in FORMATS:
        raise ExchangeError("invalid_input", f"不支持的格式 “{fmt}”,可选: pdf、xlsx")
    require_city(workspace)
    progress(5, "解锁市局签名密钥")
    credentials = unit_credentials(workspace, passphrase)
    if credentials.unit_code != CITY_CODE:
        raise NotPossibleHere("本工作区的签名证书不是市局的,无法签署全市报告")
    progress(15, "汇总各单位报送")
    report, payloads = build_report(workspace, period)
    data = canonical_bytes(report)
    pages = None
    progress(30, "生成文件")
    if fmt == "pdf":
        unsigned, pages = render_city_report_pdf(
            report, payloads, data, lambda done: progress(30 + int(40 * done), "生成附件汇总表")
        )
        progress(75, "签名")
        signed = _sign_pdf(unsigned, report, data, credentials)
    else:
        signature = cms.sign_detached(data, credentials.key, credentials.cert)
        progress(60, "签名")
        signed = write_city_report_xlsx(report, payloads, data, signature)
    progress(90, "写入文件")
    digest = hashlib.sha256(signed).hexdigest()
    with staged_file(Path(out), workspace.path.parent) as write, workspace.transaction():
        write(signed)
        workspace._audit(
            "city_report",
            f"{period}/{fmt}",
            "insert",
            None,
            {
                "file_name": Path(out).name,
                "file_sha256": digest,
                "report_sha256": hashlib.sha256(data).hexdigest(),
                "sources": [f"{s['unit']}/v{s['version']}" for s in report["sources"]],
            },
        )
    progress(100, "完成")
    return ReportResult(Path(out), fmt, digest, report, hashlib.sha256(data).hexdigest(), pages)


def _sign_pdf(
    unsigned: bytes, report: dict, data: bytes, credentials: pki.UnitCredentials
) -> bytes:
    return pdf_signing.sign_pdf(
        unsigned,
        key=credentials.key,
        cert=credentials.cert,
        chain=[credentials.root_cert],
        attachment_name=REPORT_ATTACHMENT,
        attachment_bytes=data,
        stamp_lines=[
            "三明市市场监督管理局",
            "(知识产权局)电子签章",
            "签署时间:{signed_at}",
        ],
        field_box=SIGNATURE_BOX,
        reason=f"{period_label(report['period'])}全市推进计划工作进展情况报告",
        location=report["issuer"]["full_name"],
    )


# ------------------------------------------------------------------------------- verification
@dataclass(frozen=True)
class VerifiedReport:
    format: str
    report: dict
    report_bytes: bytes
    sha256: str
    signer_name: str
    signer_fingerprint: str


def verify_city_report(data: bytes, root_cert_pem: bytes) -> VerifiedReport:
    """Check a city report file: signature intact, chained to the root, signed by the city office,
    and its JSON is a city report. Raises ExchangeError naming what failed."""
    fmt = sniff_format(data)
    if fmt is None:
        raise ExchangeError("not_a_report", "不是全市报告文件(既不是 PDF 也不是 Excel 工作簿)")
    root = pki.load_certificate(root_cert_pem)
    try:
        if fmt == "pdf":
            result = pdf_signing.verify_pdf(data, root, REPORT_ATTACHMENT)
            report_bytes = result.attachment_bytes
            signer = (result.unit_code, result.unit_name, result.cert_fingerprint)
        else:
            workbook = read_city_report_xlsx(data)
            if workbook.signature is None:
                raise ExchangeError("unsigned", "工作簿中没有签名")
            info = cms.verify_detached(workbook.payload_bytes, workbook.signature, root)
            report_bytes = workbook.payload_bytes
            signer = (info.unit_code, info.unit_name, info.cert_fingerprint)
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    except DocumentError as error:
        raise ExchangeError("damaged_file", str(error)) from error
    if signer[0] != CITY_CODE:
        raise ExchangeError(
            "signer_mismatch", f"全市报告应由市局签署,但签名单位是 {signer[1]}({signer[0]})"
        )
    try:
        report = json.loads(report_bytes)
    except ValueError as error:
        raise ExchangeError("malformed", "报告数据不是有效的 JSON") from error
    if not isinstance(report, dict) or report.get("format") != REPORT_FORMAT:
        raise ExchangeError("not_a_report", "签名数据不是全市报告(ip-tracker.city-report)")
    if report.get("format_version") != REPORT_FORMAT_VERSION:
        raise ExchangeError("unsupported_version", "全市报告的格式版本较新,请升级 ip-tracker")
    return VerifiedReport(
        fmt,
        report,
        report_bytes,
        hashlib.sha256(report_bytes).hexdigest(),
        signer[1],
        signer[2],
    )
