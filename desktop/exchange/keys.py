"""The city's root, enrolling units, and a unit installing its enrolment file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.units import CITY_CODE, UnitKind, units_from_json, units_to_json
from desktop.exchange import ExchangeError, NotPossibleHere
from desktop.exchange.files import staged_file
from desktop.plan.model import Plan
from desktop.storage.credentials import StoredCredential
from desktop.storage.workspace import Workspace, now_iso
from desktop.trust import TrustError, enrolment, pki


@dataclass(frozen=True)
class CityRootSummary:
    fingerprint: str
    subject: str


def init_city(workspace: Workspace, passphrase: str) -> CityRootSummary:
    """Create the city's root key and certificate, and the city office's own signing certificate
    (for the merged city report), both locked by `passphrase`."""
    if workspace.unit_code not in (None, CITY_CODE):
        raise NotPossibleHere(
            f"本工作区属于 {workspace.unit.full_name},只有市局工作区(350400)才能创建根证书"
        )
    if workspace.credential("city_root"):
        raise NotPossibleHere(
            "本工作区已有市级根证书;重新创建会使已签发给各单位的证书全部失效,因此不予执行"
        )
    city = workspace.unit_by_code(CITY_CODE)
    try:
        root = pki.create_city_root(passphrase, name=city.full_name, code=CITY_CODE)
        key, cert = pki.issue_unit_certificate(root, passphrase, CITY_CODE, city.name)
        own_p12 = pki.pack_pkcs12(key, cert, root.cert, passphrase)
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    stamp = now_iso()
    with workspace.transaction():
        # A new workspace becomes the city office together with its keys, never before them.
        workspace.set_unit_in_transaction(CITY_CODE)
        workspace.store_credential(
            StoredCredential(
                "city_root",
                root.cert_pem,
                root.encrypted_key_pem,
                root.cert_pem,
                root.fingerprint,
                stamp,
            )
        )
        workspace.store_credential(
            StoredCredential(
                "unit",
                pki.certificate_pem(cert),
                own_p12,
                root.cert_pem,
                pki.fingerprint(cert),
                stamp,
            )
        )
    return CityRootSummary(root.fingerprint, root.cert.subject.rfc4514_string())


def enroll_unit(
    workspace: Workspace, unit_code: str, root_passphrase: str, unit_passphrase: str, out: Path
) -> bytes:
    """Write the enrolment file for one unit, signed by the city root, to `out`, and record it:
    both or neither (a unit recorded as enrolled is expected to report). Returns the file's
    bytes."""
    stored = _city_root(workspace)
    unit = workspace.unit_by_code(unit_code)
    if unit is None:
        raise ExchangeError("unknown_unit", f"单位名录中没有代码为 “{unit_code}” 的单位")
    if unit.kind == UnitKind.CITY_OFFICE:
        raise ExchangeError("invalid_input", "市局本身无需入网文件")
    root = pki.CityRoot.from_pem(stored.secret, stored.cert_pem)
    plan_bytes = json.dumps(workspace.plan.to_dict(), ensure_ascii=False).encode("utf-8")
    try:
        data = enrolment.build_enrolment(
            root,
            root_passphrase,
            unit.code,
            unit.name,
            unit_passphrase,
            units_to_json(workspace.units()),
            plan_bytes,
        )
        # Read it back: proves the file is whole and records the certificate it carries.
        issued = enrolment.read_enrolment(
            data, unit_passphrase, expected_root_fingerprint=root.fingerprint
        )
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    with staged_file(out, workspace.path.parent) as write, workspace.transaction():
        write(data)
        workspace.record_enrolment(unit.code, pki.fingerprint(issued.cert), issued.issued_at)
    return data


@dataclass(frozen=True)
class InstalledEnrolment:
    unit_code: str
    unit_name: str
    root_fingerprint: str
    plan_version: str
    plan_changed: bool


def install_enrolment(workspace: Workspace, data: bytes, passphrase: str) -> InstalledEnrolment:
    """Check the city's signature and the unit, then install keys, registry and plan — or
    nothing at all."""
    if workspace.is_city_office:
        raise NotPossibleHere("这是市局工作区:入网文件应在各单位的工作区安装")
    installed_root = workspace.trusted_root_pem()
    expected = pki.fingerprint(pki.load_certificate(installed_root)) if installed_root else None
    try:
        received = enrolment.read_enrolment(data, passphrase, expected_root_fingerprint=expected)
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
    try:
        units = units_from_json(received.registry_bytes)
        plan = Plan.from_dict(json.loads(received.plan_bytes))
    except (ValueError, KeyError, TypeError) as error:
        raise ExchangeError(
            "damaged_file", f"入网文件中的单位名录或计划数据无法读取: {error}"
        ) from error
    if received.unit_code not in {u.code for u in units}:
        raise ExchangeError(
            "unknown_unit", f"入网文件所属单位 {received.unit_code} 不在其携带的单位名录中"
        )
    if workspace.unit_code and workspace.unit_code != received.unit_code:
        raise ExchangeError(
            "wrong_unit",
            f"该入网文件签发给 {received.unit_name}({received.unit_code}),"
            f"而本工作区属于 {workspace.unit_code}",
        )
    plan_changed = plan.version_id != workspace.plan.version_id
    with workspace.transaction():
        workspace.replace_units(units)
        workspace.install_plan(plan)
        workspace.store_credential(
            StoredCredential(
                "unit",
                pki.certificate_pem(received.cert),
                received.unit_p12,
                pki.certificate_pem(received.root_cert),
                pki.fingerprint(received.cert),
                now_iso(),
            )
        )
        workspace.set_unit_in_transaction(received.unit_code)
    return InstalledEnrolment(
        received.unit_code,
        received.unit_name,
        received.root_fingerprint,
        plan.version_id,
        plan_changed,
    )


def _city_root(workspace: Workspace) -> StoredCredential:
    if not workspace.is_city_office:
        raise NotPossibleHere("只有市局工作区才能签发入网文件")
    stored = workspace.credential("city_root")
    if stored is None:
        raise NotPossibleHere("尚未创建市级根证书:请先运行 ip-tracker keys init-city")
    return stored


def unit_credentials(workspace: Workspace, passphrase: str) -> pki.UnitCredentials:
    """Unlock this workspace's signing key."""
    stored = workspace.credential("unit")
    if stored is None:
        raise NotPossibleHere(
            "本工作区尚未安装入网文件,无法签名:请先向市局领取入网文件并运行 ip-tracker keys import"
        )
    try:
        return pki.load_pkcs12(stored.secret, passphrase)
    except TrustError as error:
        raise ExchangeError(error.reason, error.message) from error
