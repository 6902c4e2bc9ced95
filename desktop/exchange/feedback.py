"""Sending a return back for correction: comments per measure, carried by a city-signed file.

The city office writes its comments against the unit's current return (`send_back`), exports them
as a bundle signed by the city root (`export_feedback`, kind "feedback", holding
``feedback.json`` in the `ip-tracker.feedback` v1 format), and the unit's app installs it after
checking the signature against the root it trusts (`install_feedback`). The correction cycle needs
files alone. A comment is tied to the return version it was about: once the unit's next version
is imported, that version is no longer "returned for correction".
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.exchange import ExchangeError, NotPossibleHere
from desktop.exchange.city import require_city
from desktop.exchange.files import staged_file
from desktop.storage.feedback import FeedbackComment, comments_for, feedback_list, feedback_rows
from desktop.storage.workspace import Workspace, now_iso
from desktop.trust import TrustError, enrolment, pki

FEEDBACK_KIND = "feedback"
FEEDBACK_MEMBER = "feedback.json"
FEEDBACK_FORMAT = "ip-tracker.feedback"
FEEDBACK_FORMAT_VERSION = 1
MAX_COMMENT_CHARS = 5000


@dataclass(frozen=True)
class InstalledFeedback:
    unit: str
    period: str
    return_id: str
    version: int
    comments: list[FeedbackComment]
    new: int  # how many were not installed before (the same file twice installs nothing)
    about_own_return: bool  # False: the version it names is not one this workspace froze


def _current_return(workspace: Workspace, unit_code: str, period: str) -> tuple[str, int, str]:
    row = workspace.conn.execute(
        "SELECT return_id, version, sha256 FROM received_returns "
        "WHERE unit = ? AND period = ? AND state = 'current'",
        (unit_code, period),
    ).fetchone()
    if row is None:
        unit = workspace.unit_by_code(unit_code)
        name = unit.name if unit else unit_code
        raise ExchangeError("no_return", f"尚未收到{name} {period} 的报送,无从退回")
    return row[0], row[1], row[2]


def _clean(comments: dict[int | None, str], workspace: Workspace) -> dict[int | None, str]:
    cleaned = {}
    for measure, text in comments.items():
        text = (text or "").strip()
        if not text:
            raise ExchangeError("invalid_input", "退回意见不能为空")
        if len(text) > MAX_COMMENT_CHARS:
            raise ExchangeError("invalid_input", f"退回意见过长(上限 {MAX_COMMENT_CHARS} 字)")
        if measure is not None and workspace.plan.measure(measure) is None:
            raise ExchangeError("invalid_input", f"计划中没有任务 {measure}")
        cleaned[measure] = text
    if not cleaned:
        raise ExchangeError("invalid_input", "请至少写一条退回意见(针对某项任务或整份报送)")
    return cleaned


def send_back(
    workspace: Workspace, unit_code: str, period: str, comments: dict[int | None, str]
) -> None:
    """Mark the unit's current return for `period` as returned for correction, with comments
    per measure (key None: about the whole return). One transaction, audited."""
    comments = _checked(workspace, unit_code, period, comments)
    with workspace.transaction():
        _record(workspace, unit_code, period, comments)


def export_feedback(
    workspace: Workspace, unit_code: str, period: str, passphrase: str, out: Path
) -> Path:
    """Write the comments on the unit's current return as a file signed by the city root."""
    require_city(workspace)
    with staged_file(out, workspace.path.parent) as write, workspace.transaction():
        _write_feedback(workspace, unit_code, period, passphrase, out, write)
    return Path(out)


def send_back_signed(
    workspace: Workspace,
    unit_code: str,
    period: str,
    comments: dict[int | None, str],
    passphrase: str,
    out: Path,
) -> Path:
    """`send_back` and `export_feedback` as one step: the comments are kept only with the signed
    file. A wrong passphrase or a folder that cannot be written leaves nothing behind, so the
    officer's retry sends each comment once."""
    comments = _checked(workspace, unit_code, period, comments)
    with staged_file(out, workspace.path.parent) as write, workspace.transaction():
        _record(workspace, unit_code, period, comments)
        _write_feedback(workspace, unit_code, period, passphrase, out, write)
    return Path(out)


def _checked(
    workspace: Workspace, unit_code: str, period: str, comments: dict[int | None, str]
) -> dict[int | None, str]:
    require_city(workspace)
    if workspace.period(period) is None:
        raise ExchangeError("invalid_input", f"未知的期间 “{period}”")
    return _clean(comments, workspace)


def _record(
    workspace: Workspace, unit_code: str, period: str, comments: dict[int | None, str]
) -> None:
    """Insert and audit the comments, inside the caller's transaction."""
    return_id, version, _sha = _current_return(workspace, unit_code, period)
    stamp, actor = now_iso(), workspace.actor
    for measure, text in comments.items():
        row = {
            "id": str(uuid.uuid4()),
            "return_id": return_id,
            "version": version,
            "unit": unit_code,
            "period": period,
            "measure": measure,
            "comment": text,
            "created_at": stamp,
            "created_by": actor,
            "direction": "sent",
        }
        workspace.db["feedback"].insert(row)
        workspace._audit("feedback", row["id"], "insert", None, row)


def _write_feedback(
    workspace: Workspace,
    unit_code: str,
    period: str,
    passphrase: str,
    out: Path,
    write: Callable[[bytes], None],
) -> None:
    """Sign the comments on the unit's current return, `write` the file and audit it, inside the
    caller's transaction."""
    return_id, version, sha = _current_return(workspace, unit_code, period)
    comments = feedback_rows(
        workspace,
        "direction = 'sent' AND unit = ? AND period = ? AND return_id = ? AND version = ?",
        (unit_code, period, return_id, version),
    )
    if not comments:
        raise ExchangeError(
            "nothing_to_send", f"{unit_code} {period} 第{version}版没有退回意见,请先写明意见"
        )
    unit = workspace.unit_by_code(unit_code)
    document = {
        "format": FEEDBACK_FORMAT,
        "format_version": FEEDBACK_FORMAT_VERSION,
        "issued_at": now_iso(),
        "issuer": {"code": workspace.unit.code, "name": workspace.unit.full_name},
        "unit": {"code": unit_code, "name": unit.name if unit else unit_code},
        "period": period,
        "return_id": return_id,
        "version": version,
        "return_sha256": sha,
        "comments": [
            {
                "id": c.id,
                "measure": c.measure,
                "comment": c.comment,
                "created_at": c.created_at,
                "created_by": c.created_by,
            }
            for c in comments
        ],
    }
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    stored = workspace.credential("city_root")  # present: require_city checked
    root = pki.CityRoot.from_pem(stored.secret, stored.cert_pem)
    try:
        members = {FEEDBACK_MEMBER: data}
        bundle = enrolment.build_city_bundle(FEEDBACK_KIND, members, root, passphrase)
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    write(bundle)
    workspace._audit(
        "feedback_file",
        f"{unit_code}/{period}/v{version}",
        "insert",
        None,
        {"file_name": Path(out).name, "comments": len(comments)},
    )


def _parse(data: bytes) -> dict:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ExchangeError("malformed", "退回意见文件的数据无法读取") from error
    ok = (
        isinstance(document, dict)
        and document.get("format") == FEEDBACK_FORMAT
        and isinstance(document.get("comments"), list)
    )
    if not ok:
        raise ExchangeError("malformed", "这不是退回意见文件(ip-tracker.feedback)")
    if document.get("format_version") != FEEDBACK_FORMAT_VERSION:
        raise ExchangeError("unsupported_version", "退回意见文件的格式版本较新,请升级 ip-tracker")
    return document


def install_feedback(workspace: Workspace, data: bytes) -> InstalledFeedback:
    """A unit installs the city's feedback file: verified against the installed city root,
    refused if it is for another unit, stored in one transaction."""
    if workspace.is_city_office:
        raise NotPossibleHere("这是市局工作区:退回意见文件应在被退回单位的工作区导入")
    root_pem = workspace.trusted_root_pem()
    if root_pem is None or workspace.unit_code is None:
        raise NotPossibleHere("本工作区尚未安装入网文件,无法核验市局的退回意见文件")
    try:
        members = enrolment.read_city_bundle(data, pki.load_certificate(root_pem), FEEDBACK_KIND)
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    if FEEDBACK_MEMBER not in members:
        raise ExchangeError("member_missing", f"退回意见文件不完整:缺少 {FEEDBACK_MEMBER}")
    document = _parse(members[FEEDBACK_MEMBER])
    try:
        unit, period = document["unit"]["code"], document["period"]
        return_id, version = document["return_id"], int(document["version"])
        comments = [
            FeedbackComment(
                id=str(c["id"]),
                return_id=return_id,
                version=version,
                unit=unit,
                period=period,
                measure=None if c["measure"] is None else int(c["measure"]),
                comment=str(c["comment"]),
                created_at=str(c["created_at"]),
                created_by=str(c["created_by"]),
                direction="received",
            )
            for c in document["comments"]
        ]
    except (KeyError, TypeError, ValueError) as error:
        raise ExchangeError("malformed", f"退回意见文件的数据不完整: {error}") from error
    if unit != workspace.unit_code:
        raise ExchangeError(
            "wrong_unit",
            f"该退回意见是给{document['unit'].get('name', unit)}({unit})的,"
            f"而本工作区属于 {workspace.unit_code}",
        )
    if workspace.period(period) is None:
        raise ExchangeError("invalid_input", f"退回意见所属期间 {period} 在本工作区中未知")
    own = workspace.conn.execute(
        "SELECT 1 FROM returns WHERE return_id = ? AND version = ?", (return_id, version)
    ).fetchone()
    new = 0
    with workspace.transaction():
        for c in comments:
            inserted = workspace.conn.execute(
                "INSERT OR IGNORE INTO feedback (id, return_id, version, unit, period, measure, "
                "comment, created_at, created_by, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tuple(c.__dict__.values()),
            ).rowcount
            new += inserted
            if inserted:
                workspace._audit("feedback", c.id, "insert", None, c.to_json())
    return InstalledFeedback(unit, period, return_id, version, comments, new, own is not None)


__all__ = [
    "FeedbackComment",
    "InstalledFeedback",
    "comments_for",
    "export_feedback",
    "feedback_list",
    "install_feedback",
    "send_back",
]
