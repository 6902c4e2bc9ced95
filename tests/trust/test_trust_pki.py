import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from trust_testdata import ROOT_PASSPHRASE, UNIT_PASSPHRASE

from desktop.trust import pki
from desktop.trust.errors import Reason, TrustError, WrongPassphraseError


def test_root_is_an_rsa_3072_ca_valid_about_ten_years(city_root):
    cert = city_root.cert
    assert isinstance(cert.public_key(), rsa.RSAPublicKey)
    assert cert.public_key().key_size == 3072
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert constraints.ca
    assert usage.key_cert_sign and usage.crl_sign
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert dt.timedelta(days=3650) <= lifetime <= dt.timedelta(days=3660)
    assert cert.issuer == cert.subject
    assert pki.unit_code_of(cert) == "350400"


def test_root_key_is_encrypted_and_opens_only_with_its_passphrase(city_root):
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in city_root.encrypted_key_pem
    key = city_root.private_key(ROOT_PASSPHRASE)
    assert key.public_key().public_numbers() == city_root.cert.public_key().public_numbers()
    with pytest.raises(WrongPassphraseError) as caught:
        city_root.private_key("wrong")
    assert caught.value.reason is Reason.WRONG_PASSPHRASE
    assert "口令不正确" in caught.value.message


def test_root_survives_a_round_trip_through_pem(city_root, tmp_path):
    (tmp_path / "root.key").write_bytes(city_root.encrypted_key_pem)
    (tmp_path / "root.pem").write_bytes(city_root.cert_pem)
    again = pki.CityRoot.from_pem(
        (tmp_path / "root.key").read_bytes(), (tmp_path / "root.pem").read_bytes()
    )
    assert again.fingerprint == city_root.fingerprint
    again.private_key(ROOT_PASSPHRASE)


def test_unit_certificate_names_the_unit_and_is_issued_by_the_root(city_root, sanyuan):
    cert = sanyuan.cert
    assert pki.unit_code_of(cert) == "350404"
    assert pki.unit_name_of(cert) == "三元区市场监督管理局"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "三明市"
    assert cert.issuer == city_root.cert.subject
    assert cert.subject != city_root.cert.subject
    cert.verify_directly_issued_by(city_root.cert)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    root_ski = city_root.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == root_ski.digest
    assert cert.not_valid_after_utc <= city_root.cert.not_valid_after_utc


def test_the_city_office_can_hold_a_unit_certificate_with_the_city_code(city_root):
    _key, cert = pki.issue_unit_certificate(
        city_root, ROOT_PASSPHRASE, "350400", "三明市市场监督管理局(知识产权局)", validity_days=30
    )
    assert cert.subject != city_root.cert.subject
    assert pki.unit_code_of(cert) == "350400"


def test_issuing_needs_the_root_passphrase(city_root):
    with pytest.raises(WrongPassphraseError):
        pki.issue_unit_certificate(city_root, "nope", "350405", "沙县区市场监督管理局")


@pytest.mark.parametrize("code", ["", "35 04", "三明", "x" * 65])
def test_bad_unit_codes_are_refused(city_root, code):
    with pytest.raises(TrustError) as caught:
        pki.issue_unit_certificate(city_root, ROOT_PASSPHRASE, code, "某单位")
    assert caught.value.reason is Reason.INVALID_INPUT


def test_empty_passphrase_is_refused():
    with pytest.raises(TrustError) as caught:
        pki.create_city_root("")
    assert caught.value.reason is Reason.EMPTY_PASSPHRASE


def test_fingerprint_is_sha256_hex_and_grouped_for_people(sanyuan):
    plain = pki.fingerprint(sanyuan.cert)
    assert len(plain) == 64 and plain == plain.upper()
    grouped = pki.format_fingerprint(plain)
    assert grouped.split(" ")[0] == plain[:4]
    assert len(grouped.split(" ")) == 16
    assert pki.normalize_fingerprint(grouped.lower()) == plain


def test_pkcs12_round_trip(tmp_path, city_root, sanyuan):
    path = tmp_path / "unit.p12"
    path.write_bytes(pki.pack_pkcs12(sanyuan.key, sanyuan.cert, city_root.cert, UNIT_PASSPHRASE))
    creds = pki.load_pkcs12(path.read_bytes(), UNIT_PASSPHRASE)
    assert creds.unit_code == "350404"
    assert creds.unit_name == "三元区市场监督管理局"
    assert pki.fingerprint(creds.root_cert) == city_root.fingerprint
    assert creds.key.public_key().public_numbers() == sanyuan.cert.public_key().public_numbers()


def test_pkcs12_wrong_passphrase_and_damage_are_told_apart(city_root, sanyuan):
    data = pki.pack_pkcs12(sanyuan.key, sanyuan.cert, city_root.cert, UNIT_PASSPHRASE)
    with pytest.raises(WrongPassphraseError) as caught:
        pki.load_pkcs12(data, "guess")
    assert "口令不正确" in str(caught.value)
    with pytest.raises(TrustError) as caught:
        pki.load_pkcs12(data[: len(data) // 2], UNIT_PASSPHRASE)
    assert caught.value.reason is Reason.DAMAGED_FILE
