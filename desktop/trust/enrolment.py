"""Files the city signs and sends to units: enrolment files and later bundles such as plan updates.

Both are one format, a ZIP holding:

    manifest.json   format, format_version, kind, issued_at, root_fingerprint, the sha256 and size
                    of every other member (and for an enrolment: unit_code, unit_name)
    manifest.p7s    detached CMS signature over manifest.json made with the city ROOT key
    <members>       the payload; for an enrolment: unit.p12, city-root.pem, registry.json, plan.json

The city signs with its root key directly, not with a separate signing certificate: the city office
is one PC with one passphrase, and a unit then trusts exactly one key for everything the city sends.
A unit's own certificate chains to the same root, so verification also insists that the signer IS
the root (cms.verify_city_signed); a unit cannot forge a plan update.

An enrolment carries its own root certificate, because the unit has none yet: the person installing
it should compare `Enrolment.root_fingerprint` with the one the city reads out on the phone (or the
caller passes `expected_root_fingerprint`). Later bundles are checked against the installed root.
"""

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.trust import cms, pki
from desktop.trust.errors import Reason, TrustError, VerificationError

FORMAT_NAME = "ip-tracker-city-bundle"
FORMAT_VERSION = 1
KIND_ENROLMENT = "enrolment"
KIND_PLAN_UPDATE = "plan-update"

MANIFEST = "manifest.json"
MANIFEST_SIGNATURE = "manifest.p7s"
UNIT_P12 = "unit.p12"
CITY_ROOT_PEM = "city-root.pem"
REGISTRY_JSON = "registry.json"
PLAN_JSON = "plan.json"
ENROLMENT_MEMBERS = frozenset({UNIT_P12, CITY_ROOT_PEM, REGISTRY_JSON, PLAN_JSON})

# Zip-bomb guard, checked on the central directory before anything is decompressed.
# Plans and registries are tens of kilobytes; these limits leave a wide margin.
MAX_MEMBERS = 32
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
_MEMBER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_KIND = re.compile(r"[a-z][a-z0-9-]{0,39}")
# What a person calls each kind of city bundle (the kinds themselves are format names).
KIND_NAMES = {"enrolment": "入网文件", "feedback": "退回意见文件"}

ENROLMENT_LABEL = "入网文件"
BUNDLE_LABEL = "市级下发文件"


@dataclass(frozen=True)
class Enrolment:
    unit_code: str
    unit_name: str
    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    root_cert: x509.Certificate
    registry_bytes: bytes
    plan_bytes: bytes
    root_fingerprint: str
    issued_at: str
    unit_p12: bytes  # still locked by the unit passphrase: what the app should keep on disk


# -- writing ---------------------------------------------------------------------------------


def build_enrolment(
    root: pki.CityRoot,
    root_passphrase: str,
    unit_code: str,
    unit_name: str,
    unit_passphrase: str,
    registry_bytes: bytes,
    plan_bytes: bytes,
) -> bytes:
    """Issue a unit its key and certificate and pack them, signed, with the registry and plan."""
    key, cert = pki.issue_unit_certificate(root, root_passphrase, unit_code, unit_name)
    members = {
        UNIT_P12: pki.pack_pkcs12(key, cert, root.cert, unit_passphrase),
        CITY_ROOT_PEM: root.cert_pem,
        REGISTRY_JSON: registry_bytes,
        PLAN_JSON: plan_bytes,
    }
    header = {"unit_code": unit_code, "unit_name": pki.unit_name_of(cert)}
    return _build_signed_zip(KIND_ENROLMENT, members, root, root_passphrase, header)


def build_city_bundle(
    kind: str, members: dict[str, bytes], root: pki.CityRoot, passphrase: str
) -> bytes:
    """Pack `members` into a bundle of the given kind (e.g. "plan-update") signed by the root."""
    if kind == KIND_ENROLMENT:
        raise TrustError(Reason.INVALID_INPUT, "入网文件请用 build_enrolment 生成。")
    return _build_signed_zip(kind, members, root, passphrase, {})


def _build_signed_zip(
    kind: str, members: dict[str, bytes], root: pki.CityRoot, passphrase: str, header: dict
) -> bytes:
    if not _KIND.fullmatch(kind):
        raise TrustError(Reason.INVALID_INPUT, f"文件类型“{kind}”无效。")
    for name in members:
        if not _MEMBER_NAME.fullmatch(name) or name in (MANIFEST, MANIFEST_SIGNATURE):
            raise TrustError(Reason.INVALID_INPUT, f"成员文件名“{name}”无效。")
    if len(members) + 2 > MAX_MEMBERS or sum(map(len, members.values())) > MAX_TOTAL_BYTES:
        raise TrustError(Reason.INVALID_INPUT, "文件内容过多或过大。")
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "issued_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "root_fingerprint": root.fingerprint,
        **header,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(members.items())
        },
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode()
    signature = cms.sign_detached(manifest_bytes, root.private_key(passphrase), root.cert)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(MANIFEST_SIGNATURE, signature)
        for name, data in sorted(members.items()):
            archive.writestr(name, data)
    return buffer.getvalue()


# -- reading ---------------------------------------------------------------------------------


def read_enrolment(
    data: bytes, unit_passphrase: str, *, expected_root_fingerprint: str | None = None
) -> Enrolment:
    """Open and check an enrolment file. Every failure is a TrustError saying what is wrong."""
    label = ENROLMENT_LABEL
    files = _read_guarded_zip(data, label, not_ours=Reason.NOT_ENROLMENT)
    manifest = _parse_manifest(files, label, not_ours=Reason.NOT_ENROLMENT)
    if manifest["kind"] != KIND_ENROLMENT:
        raise TrustError(Reason.NOT_ENROLMENT, f"这不是入网文件,而是“{manifest['kind']}”类文件。")
    if CITY_ROOT_PEM not in files:
        raise TrustError(Reason.MEMBER_MISSING, "入网文件不完整:缺少市级根证书 city-root.pem。")
    root_cert = pki.load_certificate(files[CITY_ROOT_PEM])
    root_fingerprint = pki.fingerprint(root_cert)
    _verify_manifest_signature(files, root_cert, label)
    if manifest.get("root_fingerprint") != root_fingerprint:
        raise TrustError(Reason.ROOT_MISMATCH, "入网文件中的根证书与其清单记录的不一致。")
    if expected_root_fingerprint is not None and root_fingerprint != pki.normalize_fingerprint(
        expected_root_fingerprint
    ):
        raise VerificationError(
            Reason.ROOT_MISMATCH,
            "该入网文件由另一套市级根证书签发,指纹与市局提供的不一致。"
            f"文件中的指纹:{pki.format_fingerprint(root_fingerprint)}",
        )
    members = _checked_members(files, manifest, label, required=ENROLMENT_MEMBERS)

    creds = pki.load_pkcs12(members[UNIT_P12], unit_passphrase)
    _require_same_unit(creds, manifest, root_cert)
    return Enrolment(
        unit_code=creds.unit_code,
        unit_name=creds.unit_name,
        key=creds.key,
        cert=creds.cert,
        root_cert=root_cert,
        registry_bytes=members[REGISTRY_JSON],
        plan_bytes=members[PLAN_JSON],
        root_fingerprint=root_fingerprint,
        issued_at=str(manifest["issued_at"]),
        unit_p12=members[UNIT_P12],
    )


def read_city_bundle(
    data: bytes, root_cert: x509.Certificate, expected_kind: str
) -> dict[str, bytes]:
    """Check a bundle signed by the installed city root and return its members by name."""
    label = BUNDLE_LABEL
    files = _read_guarded_zip(data, label, not_ours=Reason.WRONG_KIND)
    manifest = _parse_manifest(files, label, not_ours=Reason.WRONG_KIND)
    if manifest["kind"] != expected_kind:
        wanted, given = (KIND_NAMES.get(k, k) for k in (expected_kind, manifest["kind"]))
        raise TrustError(Reason.WRONG_KIND, f"文件类型不符:这里需要{wanted},这是一个{given}。")
    _verify_manifest_signature(files, root_cert, label)
    return _checked_members(files, manifest, label, required=frozenset())


def _read_guarded_zip(data: bytes, label: str, *, not_ours: Reason) -> dict[str, bytes]:
    """Read every member, but only after the central directory shows nothing dangerous."""
    if not data.startswith(b"PK\x03\x04"):
        raise TrustError(not_ours, f"这不是{label}(不是本系统生成的压缩包)。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _guard_against_bombs(infos, label)
            return {info.filename: archive.read(info) for info in infos}
    except (
        zipfile.BadZipFile,
        zlib.error,  # a damaged deflate stream: "Error -3 while decompressing data"
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as exc:
        # zipfile raises BadZipFile on a cut-off archive and on CRC errors
        raise TrustError(Reason.DAMAGED_FILE, f"{label}已损坏或不完整,请重新获取。") from exc


def _guard_against_bombs(infos: list[zipfile.ZipInfo], label: str) -> None:
    unsafe = f"{label}结构异常,已拒绝打开"
    if len(infos) > MAX_MEMBERS:
        raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(成员过多)。")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(成员重名)。")
    total = 0
    for info in infos:
        if not _MEMBER_NAME.fullmatch(info.filename):
            raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(成员名“{info.filename}”不合规)。")
        if info.flag_bits & 0x1:
            raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(成员被加密)。")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(不支持的压缩方式)。")
        if info.file_size > MAX_MEMBER_BYTES:
            raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(成员过大)。")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
            raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(压缩比异常)。")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise TrustError(Reason.UNSAFE_ARCHIVE, f"{unsafe}(解压后过大)。")


def _parse_manifest(files: dict[str, bytes], label: str, *, not_ours: Reason) -> dict:
    if MANIFEST not in files:
        raise TrustError(not_ours, f"这不是{label}(缺少清单 manifest.json)。")
    try:
        manifest = json.loads(files[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TrustError(Reason.DAMAGED_FILE, f"{label}的清单已损坏。") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise TrustError(not_ours, f"这不是{label}(清单格式不是本系统的)。")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise TrustError(Reason.DAMAGED_FILE, f"{label}的清单格式版本无效。")
    if version > FORMAT_VERSION:
        raise TrustError(
            Reason.UNSUPPORTED_VERSION, f"{label}的格式版本({version})比本程序新,请先升级程序。"
        )
    if not isinstance(manifest.get("members"), dict) or not isinstance(manifest.get("kind"), str):
        raise TrustError(Reason.DAMAGED_FILE, f"{label}的清单内容不完整。")
    return manifest


def _verify_manifest_signature(
    files: dict[str, bytes], root_cert: x509.Certificate, label: str
) -> None:
    if MANIFEST_SIGNATURE not in files:
        raise VerificationError(Reason.SIGNATURE_INVALID, f"{label}没有市局签名,不能使用。")
    try:
        cms.verify_city_signed(files[MANIFEST], files[MANIFEST_SIGNATURE], root_cert)
    except VerificationError as exc:
        if exc.reason is Reason.UNTRUSTED_SIGNER:
            raise VerificationError(
                Reason.UNTRUSTED_SIGNER,
                f"{label}不是由本市根证书签名的(可能来自另一套根证书或被伪造),不能使用。",
            ) from exc
        if exc.reason is Reason.SIGNATURE_INVALID:
            raise VerificationError(
                Reason.SIGNATURE_INVALID, f"{label}的签名无效:清单在签名后被改动过。"
            ) from exc
        raise


def _checked_members(
    files: dict[str, bytes], manifest: dict, label: str, *, required: frozenset[str]
) -> dict[str, bytes]:
    listed = manifest["members"]
    present = {
        name: data for name, data in files.items() if name not in (MANIFEST, MANIFEST_SIGNATURE)
    }
    missing = sorted((set(listed) | required) - set(present))
    if missing:
        raise TrustError(Reason.MEMBER_MISSING, f"{label}不完整:缺少 {'、'.join(missing)}。")
    unexpected = sorted(set(present) - set(listed))
    if unexpected:
        raise TrustError(
            Reason.UNEXPECTED_MEMBER,
            f"{label}中有清单之外的文件 {'、'.join(unexpected)},可能被改动过。",
        )
    for name, data in present.items():
        entry = listed[name]
        expected = entry.get("sha256") if isinstance(entry, dict) else None
        if hashlib.sha256(data).hexdigest() != expected:
            raise TrustError(
                Reason.MEMBER_HASH_MISMATCH, f"{label}中的 {name} 与签名清单不符,文件被改动过。"
            )
    return present


def _require_same_unit(creds: pki.UnitCredentials, manifest: dict, root_cert: x509.Certificate):
    if creds.unit_code != manifest.get("unit_code"):
        raise TrustError(Reason.IDENTITY_MISMATCH, "入网文件中的单位证书与清单所写的单位不一致。")
    if pki.fingerprint(creds.root_cert) != pki.fingerprint(root_cert):
        raise TrustError(Reason.IDENTITY_MISMATCH, "单位证书包中的根证书与入网文件的根证书不一致。")
    try:
        creds.cert.verify_directly_issued_by(root_cert)
    except (InvalidSignature, ValueError, TypeError) as exc:
        raise TrustError(Reason.IDENTITY_MISMATCH, "单位证书不是由该市级根证书签发的。") from exc
