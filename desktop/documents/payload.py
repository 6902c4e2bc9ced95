"""The machine-readable return: canonical bytes, hashing and validated parsing.

The canonical bytes are what gets signed and hashed, so they must be identical on every machine:
NFC strings, "\\n" line ends, sorted keys, no whitespace, UTF-8, and no floats (a float's text
differs between programs; numbers that matter travel as decimal strings).
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastjsonschema

from .errors import PayloadError

FORMAT = "ip-tracker.return"
FORMAT_VERSION = 1

# openpyxl refuses these (XML 1.0 cannot hold them); refusing them here keeps every carrier equal.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Integers beyond this lose precision in JavaScript and some spreadsheet tools.
_MAX_INT = 2**53 - 1

STATUS_LABELS = {
    "not_started": "未启动",
    "in_progress": "推进中",
    "done": "已完成",
    "not_applicable": "不涉及",
    "not_reported": "未填报",
}


def _path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{parent}.{key}"
    return f"{parent}['{key}']"  # the same notation as jsonschema's json_path


# A JSON path is spelled out only for an error message: while walking, it is kept as nested
# (parent, key) pairs, which costs a tuple instead of a regex match per value.
_Where = str | tuple


def _spell(where: _Where) -> str:
    keys = []
    while isinstance(where, tuple):
        where, key = where
        keys.append(key)
    for key in reversed(keys):
        where = _path(where, key)
    return where


def _normalise_text(text: str, where: _Where) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    bad = _CONTROL.search(text)
    if bad:
        raise PayloadError(f"含有不允许的控制字符 U+{ord(bad.group()):04X}", _spell(where))
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise PayloadError("含有无法编码的字符(孤立代理项)", _spell(where)) from exc
    return text


def _normalise(value: Any, where: _Where) -> Any:
    # bool before int: bool is a subclass of int.
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) > _MAX_INT:
            raise PayloadError("整数超出安全范围", _spell(where))
        return value
    if isinstance(value, float):
        raise PayloadError('数值不得为浮点数,请用十进制字符串(如 "2.5")', _spell(where))
    if isinstance(value, str):
        return _normalise_text(value, where)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise PayloadError(f"键必须是字符串,而不是 {type(key).__name__}", _spell(where))
            nkey = _normalise_text(key, where)
            if nkey in out:
                raise PayloadError(f"规范化后键 {nkey!r} 重复", _spell(where))
            out[nkey] = _normalise(item, (where, nkey))
        return out
    if isinstance(value, list | tuple):
        return [_normalise(item, (where, i)) for i, item in enumerate(value)]
    raise PayloadError(f"不支持的数据类型 {type(value).__name__}", _spell(where))


def normalise(payload: dict) -> dict:
    """A copy of ``payload`` with every string NFC and "\\n"-terminated; refuses floats."""
    if not isinstance(payload, dict):
        raise PayloadError("报送数据必须是 JSON 对象")
    return _normalise(payload, "$")


def canonical_form(payload: dict) -> tuple[dict, bytes]:
    """The normalised payload and its canonical bytes; documents show the former, carry the latter.

    Rendering from the normalised dict keeps what a person sees identical to what is signed
    (a "\r\n" typed on Windows would otherwise differ from the "\n" in the JSON).
    """
    norm = normalise(payload)
    data = json.dumps(
        norm, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
    return norm, data


def canonical_bytes(payload: dict) -> bytes:
    """The exact bytes that are hashed, signed and embedded (see docs/return-format.md)."""
    return canonical_form(payload)[1]


def payload_sha256(payload: dict | bytes) -> str:
    """Hex SHA-256 of the canonical bytes (bytes are taken as already canonical)."""
    data = payload if isinstance(payload, bytes | bytearray) else canonical_bytes(payload)
    return hashlib.sha256(data).hexdigest()


def _schema_path() -> Path:
    candidates = [Path(__file__).resolve().parents[2] / "docs" / "return.schema.json"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "docs" / "return.schema.json")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("docs/return.schema.json not found next to the package")


@functools.cache
def _validator() -> Callable[[dict], Any]:
    # fastjsonschema compiles the schema to Python once: about 15x faster than interpreting it,
    # which matters when a city verifies eleven returns of 1,500 actions each.
    schema = json.loads(_schema_path().read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema)


def _reject_float(text: str) -> Any:
    raise PayloadError(f"数值 {text} 不得为浮点数,请用十进制字符串")


def _reject_constant(text: str) -> Any:
    raise PayloadError(f"不允许的数值 {text}")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise PayloadError(f"键 {key!r} 重复")
        out[key] = value
    return out


@functools.cache
def _explainer():
    # Imported here: only a refused return needs it, and it costs ~40 ms at start-up.
    import jsonschema

    schema = json.loads(_schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def _schema_error(payload: dict) -> PayloadError:
    """The clearest error for an invalid payload: jsonschema names paths exactly (keys such as
    "27.1" included), so it explains what the fast validator only detected."""
    errors = sorted(_explainer().iter_errors(payload), key=lambda e: list(map(str, e.path)))
    # A failed oneOf/if-then reports on the container; its most specific cause names the field.
    from jsonschema.exceptions import best_match

    best = best_match(errors[:1])
    if best.context:
        best = min(best.context, key=lambda e: -len(e.absolute_path))
    return PayloadError(f"不符合报送格式:{best.message}", best.json_path)


def validate(payload: dict) -> None:
    """Raise PayloadError (naming the JSON path) unless ``payload`` is a valid version-1 return."""
    try:
        _validator()(payload)
    except fastjsonschema.JsonSchemaValueException:
        raise _schema_error(payload) from None
    _check_consistency(payload)


def _check_date(text: str, path: str) -> None:
    try:
        datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise PayloadError(f"日期 {text} 不存在", path) from exc


def _check_consistency(p: dict) -> None:
    """Rules JSON Schema cannot express: dates in order and references that must resolve."""
    period = p["period"]
    for key in ("start", "end", "deadline"):
        _check_date(period[key], f"$.period.{key}")
    if period["start"] > period["end"]:
        raise PayloadError("报送期起始日期晚于结束日期", "$.period.start")
    if (p["version"] == 1) != (p["supersedes"] is None):
        raise PayloadError("第 1 版不得有 supersedes,更正版本必须有", "$.supersedes")
    if p["supersedes"] is not None and p["supersedes"]["version"] >= p["version"]:
        raise PayloadError("被更正的版本号必须小于当前版本号", "$.supersedes.version")
    if p["version"] > 1 and not p["correction_reason"].strip():
        raise PayloadError("更正版本必须说明更正原因", "$.correction_reason")
    chapters = {c["no"] for c in p["chapters"]}
    measures = set()
    for i, m in enumerate(p["measures"]):
        if m["chapter"] not in chapters:
            raise PayloadError(f"章 {m['chapter']} 不存在", f"$.measures[{i}].chapter")
        if m["no"] in measures:
            raise PayloadError(f"任务编号 {m['no']} 重复", f"$.measures[{i}].no")
        measures.add(m["no"])
        for j, a in enumerate(m["actions"]):
            for key in ("start_date", "finish_date"):
                if a[key]:
                    _check_date(a[key], f"$.measures[{i}].actions[{j}].{key}")
            if a["start_date"] and a["finish_date"] and a["start_date"] > a["finish_date"]:
                raise PayloadError(
                    "开始日期晚于完成日期", f"$.measures[{i}].actions[{j}].finish_date"
                )
    keys = set()
    for i, ind in enumerate(p["indicators"]):
        if ind["measure"] not in measures:
            raise PayloadError(f"任务 {ind['measure']} 不在本报送中", f"$.indicators[{i}].measure")
        if ind["key"] in keys:
            raise PayloadError(f"指标 {ind['key']} 重复", f"$.indicators[{i}].key")
        keys.add(ind["key"])


def parse_payload(data: bytes) -> dict:
    """Decode and validate a return's JSON bytes; raise PayloadError naming the JSON path."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PayloadError(f"不是有效的 UTF-8 文本(第 {exc.start} 字节)") from exc
    try:
        payload = json.loads(
            text,
            parse_float=_reject_float,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicate_keys,
        )
    except json.JSONDecodeError as exc:
        raise PayloadError(
            f"不是有效的 JSON:第 {exc.lineno} 行第 {exc.colno} 列 {exc.msg}"
        ) from exc
    if not isinstance(payload, dict):
        raise PayloadError("报送数据必须是 JSON 对象")
    # Same character rules as canonical_bytes, so anything parsed can be re-serialised.
    normalise(payload)
    validate(payload)
    return payload


def is_canonical(data: bytes) -> bool:
    """True when ``data`` is exactly the canonical serialisation of what it encodes."""
    try:
        return canonical_bytes(parse_payload(data)) == data
    except PayloadError:
        return False
