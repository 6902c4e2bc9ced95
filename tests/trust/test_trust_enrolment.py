import io
import json
import os
import zipfile

import pytest
from trust_testdata import ROOT_PASSPHRASE, UNIT_PASSPHRASE

from desktop.trust import cms, enrolment, pki
from desktop.trust.errors import Reason, TrustError

REGISTRY = json.dumps(
    {"units": [{"code": "350404", "name": "三元区"}]}, ensure_ascii=False
).encode()
PLAN = json.dumps({"version": "2024-10-15-draft", "measures": 63}).encode()


@pytest.fixture(scope="module")
def enrolment_file(city_root, tmp_path_factory) -> bytes:
    data = enrolment.build_enrolment(
        city_root,
        ROOT_PASSPHRASE,
        "350404",
        "三元区市场监督管理局",
        UNIT_PASSPHRASE,
        REGISTRY,
        PLAN,
    )
    path = tmp_path_factory.mktemp("enrol") / "350404.enrol"
    path.write_bytes(data)
    return path.read_bytes()


@pytest.fixture(scope="module")
def plan_update(city_root) -> bytes:
    return enrolment.build_city_bundle(
        enrolment.KIND_PLAN_UPDATE, {"plan.json": PLAN}, city_root, ROOT_PASSPHRASE
    )


def rezip(data: bytes, *, replace=None, drop=(), add=None) -> bytes:
    """Rewrite a ZIP member by member, the way someone editing the file by hand would."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename not in drop:
                dst.writestr(info.filename, replace.get(info.filename, src.read(info)))
        for name, content in add.items():
            dst.writestr(name, content)
    return out.getvalue()


def member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def refused(reason: Reason, call, *args, **kwargs) -> TrustError:
    with pytest.raises(TrustError) as caught:
        call(*args, **kwargs)
    assert caught.value.reason is reason, caught.value
    assert caught.value.message  # always something to show the person
    return caught.value


def test_enrolment_layout_and_manifest(enrolment_file, city_root):
    with zipfile.ZipFile(io.BytesIO(enrolment_file)) as archive:
        names = set(archive.namelist())
    assert names == {
        "manifest.json",
        "manifest.p7s",
        "unit.p12",
        "city-root.pem",
        "registry.json",
        "plan.json",
    }
    manifest = json.loads(member(enrolment_file, "manifest.json"))
    assert manifest["format"] == "ip-tracker-city-bundle"
    assert manifest["format_version"] == 1
    assert manifest["kind"] == "enrolment"
    assert manifest["unit_code"] == "350404"
    assert manifest["unit_name"] == "三元区市场监督管理局"
    assert manifest["root_fingerprint"] == city_root.fingerprint
    assert set(manifest["members"]) == names - {"manifest.json", "manifest.p7s"}
    signer = cms.verify_city_signed(
        member(enrolment_file, "manifest.json"),
        member(enrolment_file, "manifest.p7s"),
        city_root.cert,
    )
    assert signer.cert_fingerprint == city_root.fingerprint


def test_enrolment_round_trip(enrolment_file, city_root):
    grouped = pki.format_fingerprint(city_root.fingerprint).lower()
    result = enrolment.read_enrolment(
        enrolment_file, UNIT_PASSPHRASE, expected_root_fingerprint=grouped
    )
    assert (result.unit_code, result.unit_name) == ("350404", "三元区市场监督管理局")
    assert result.registry_bytes == REGISTRY and result.plan_bytes == PLAN
    assert result.root_fingerprint == city_root.fingerprint
    assert pki.fingerprint(result.root_cert) == city_root.fingerprint
    assert result.key.public_key().public_numbers() == result.cert.public_key().public_numbers()
    assert pki.load_pkcs12(result.unit_p12, UNIT_PASSPHRASE).unit_code == "350404"
    # the installed unit can sign right away, and the city can check it
    signature = cms.sign_detached(b"return", result.key, result.cert, [result.root_cert])
    assert cms.verify_detached(b"return", signature, city_root.cert).unit_code == "350404"


def test_wrong_unit_passphrase(enrolment_file):
    error = refused(Reason.WRONG_PASSPHRASE, enrolment.read_enrolment, enrolment_file, "guess")
    assert "口令不正确" in error.message


def test_truncated_file_is_damaged(enrolment_file):
    cut = enrolment_file[: len(enrolment_file) * 2 // 3]
    refused(Reason.DAMAGED_FILE, enrolment.read_enrolment, cut, UNIT_PASSPHRASE)


def test_flipped_byte_inside_a_member_is_damaged(enrolment_file):
    damaged = bytearray(enrolment_file)
    offset = enrolment_file.index(b"PK\x03\x04", 100) - 20  # inside some member's data
    damaged[offset] ^= 0xFF
    with pytest.raises(TrustError) as caught:
        enrolment.read_enrolment(bytes(damaged), UNIT_PASSPHRASE)
    assert caught.value.reason in (Reason.DAMAGED_FILE, Reason.MEMBER_HASH_MISMATCH)


def test_any_damaged_byte_is_told_in_chinese(enrolment_file):
    """A damaged deflate stream raised zlib's own English error ("Error -3 while
    decompressing data") past every handler."""
    for offset in range(30, len(enrolment_file) - 30, 41):
        damaged = bytearray(enrolment_file)
        damaged[offset] ^= 0x5A
        try:
            enrolment.read_enrolment(bytes(damaged), UNIT_PASSPHRASE)
        except TrustError as error:
            assert error.message and "Error" not in error.message
        # (a byte in padding or a comment may change nothing: that is fine)


@pytest.mark.parametrize("data", [os.urandom(2000), b"", "工作进展情况表".encode(), b"%PDF-1.7\n"])
def test_random_bytes_are_not_an_enrolment(data):
    refused(Reason.NOT_ENROLMENT, enrolment.read_enrolment, data, UNIT_PASSPHRASE)


def test_a_foreign_zip_is_not_an_enrolment(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    refused(Reason.NOT_ENROLMENT, enrolment.read_enrolment, out.getvalue(), UNIT_PASSPHRASE)


def test_a_plan_update_is_not_an_enrolment(plan_update):
    refused(Reason.NOT_ENROLMENT, enrolment.read_enrolment, plan_update, UNIT_PASSPHRASE)


def test_swapped_member_is_a_hash_mismatch(enrolment_file):
    tampered = rezip(enrolment_file, replace={"plan.json": b'{"measures": 1}'})
    error = refused(
        Reason.MEMBER_HASH_MISMATCH, enrolment.read_enrolment, tampered, UNIT_PASSPHRASE
    )
    assert "plan.json" in error.message


def test_edited_manifest_breaks_the_signature(enrolment_file):
    manifest = member(enrolment_file, "manifest.json").replace("三元区".encode(), "沙县区".encode())
    tampered = rezip(enrolment_file, replace={"manifest.json": manifest})
    refused(Reason.SIGNATURE_INVALID, enrolment.read_enrolment, tampered, UNIT_PASSPHRASE)


def test_missing_signature(enrolment_file):
    tampered = rezip(enrolment_file, drop={"manifest.p7s"})
    refused(Reason.SIGNATURE_INVALID, enrolment.read_enrolment, tampered, UNIT_PASSPHRASE)


def test_missing_and_extra_members(enrolment_file):
    without_plan = rezip(enrolment_file, drop={"plan.json"})
    refused(Reason.MEMBER_MISSING, enrolment.read_enrolment, without_plan, UNIT_PASSPHRASE)
    with_extra = rezip(enrolment_file, add={"extra.json": b"{}"})
    refused(Reason.UNEXPECTED_MEMBER, enrolment.read_enrolment, with_extra, UNIT_PASSPHRASE)


def test_newer_format_version_is_refused(enrolment_file):
    manifest = json.loads(member(enrolment_file, "manifest.json"))
    manifest["format_version"] = 99
    tampered = rezip(enrolment_file, replace={"manifest.json": json.dumps(manifest).encode()})
    refused(Reason.UNSUPPORTED_VERSION, enrolment.read_enrolment, tampered, UNIT_PASSPHRASE)


def test_enrolment_from_another_city_root(other_root, city_root):
    forged = enrolment.build_enrolment(
        other_root,
        "another-root",
        "350404",
        "三元区市场监督管理局",
        UNIT_PASSPHRASE,
        REGISTRY,
        PLAN,
    )
    # Self-consistent, so it opens when nobody says which root to expect ...
    assert (
        enrolment.read_enrolment(forged, UNIT_PASSPHRASE).root_fingerprint == other_root.fingerprint
    )
    # ... and is refused once the city's fingerprint (read out on the phone) is given.
    error = refused(
        Reason.ROOT_MISMATCH,
        enrolment.read_enrolment,
        forged,
        UNIT_PASSPHRASE,
        expected_root_fingerprint=city_root.fingerprint,
    )
    assert "另一套" in error.message


def test_manifest_re_signed_by_another_root_is_untrusted(enrolment_file, other_root):
    manifest = member(enrolment_file, "manifest.json")
    resigned = cms.sign_detached(manifest, other_root.private_key("another-root"), other_root.cert)
    tampered = rezip(enrolment_file, replace={"manifest.p7s": resigned})
    refused(Reason.UNTRUSTED_SIGNER, enrolment.read_enrolment, tampered, UNIT_PASSPHRASE)


def test_zip_bomb_guard_refuses_before_extracting(tmp_path):
    huge = io.BytesIO()
    with zipfile.ZipFile(huge, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("plan.json", b"\0" * (40 * 1024 * 1024))
    error = refused(Reason.UNSAFE_ARCHIVE, enrolment.read_enrolment, huge.getvalue(), "x")
    assert "过大" in error.message

    dense = io.BytesIO()
    with zipfile.ZipFile(dense, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("plan.json", b"\0" * (4 * 1024 * 1024))
    error = refused(Reason.UNSAFE_ARCHIVE, enrolment.read_enrolment, dense.getvalue(), "x")
    assert "压缩比" in error.message

    crowded = io.BytesIO()
    with zipfile.ZipFile(crowded, "w") as archive:
        for i in range(100):
            archive.writestr(f"m{i}.json", b"{}")
    refused(Reason.UNSAFE_ARCHIVE, enrolment.read_enrolment, crowded.getvalue(), "x")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/passwd", "dir/plan.json", "a\\b"])
def test_member_names_with_paths_are_refused(name):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, b"{}")
    refused(Reason.UNSAFE_ARCHIVE, enrolment.read_enrolment, out.getvalue(), "x")


def test_city_bundle_round_trip(plan_update, city_root):
    members = enrolment.read_city_bundle(plan_update, city_root.cert, enrolment.KIND_PLAN_UPDATE)
    assert members == {"plan.json": PLAN}


def test_city_bundle_of_another_kind(plan_update, city_root):
    error = refused(Reason.WRONG_KIND, enrolment.read_city_bundle, plan_update, city_root.cert, "x")
    assert "plan-update" in error.message


def test_city_bundle_from_another_root_is_untrusted(other_root, city_root):
    forged = enrolment.build_city_bundle(
        "plan-update", {"plan.json": b"{}"}, other_root, "another-root"
    )
    refused(
        Reason.UNTRUSTED_SIGNER, enrolment.read_city_bundle, forged, city_root.cert, "plan-update"
    )


def test_a_unit_cannot_sign_a_city_bundle(plan_update, city_root, sanyuan):
    manifest = member(plan_update, "manifest.json")
    unit_signature = cms.sign_detached(manifest, sanyuan.key, sanyuan.cert, [city_root.cert])
    tampered = rezip(plan_update, replace={"manifest.p7s": unit_signature})
    refused(
        Reason.UNTRUSTED_SIGNER, enrolment.read_city_bundle, tampered, city_root.cert, "plan-update"
    )


def test_city_bundle_member_swapped(plan_update, city_root):
    tampered = rezip(plan_update, replace={"plan.json": b'{"measures": 64}'})
    refused(
        Reason.MEMBER_HASH_MISMATCH,
        enrolment.read_city_bundle,
        tampered,
        city_root.cert,
        "plan-update",
    )


def test_city_bundle_truncated_or_garbage(plan_update, city_root):
    refused(
        Reason.DAMAGED_FILE,
        enrolment.read_city_bundle,
        plan_update[:-40],
        city_root.cert,
        "plan-update",
    )
    refused(
        Reason.WRONG_KIND, enrolment.read_city_bundle, b"garbage", city_root.cert, "plan-update"
    )


def test_bundle_refuses_bad_member_names(city_root):
    refused(
        Reason.INVALID_INPUT,
        enrolment.build_city_bundle,
        "plan-update",
        {"../plan.json": b"{}"},
        city_root,
        ROOT_PASSPHRASE,
    )
