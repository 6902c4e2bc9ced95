"""The city's root of trust and the certificates it issues to units.

Algorithm: RSA-3072 with SHA-256, everywhere. ECDSA keys would make pyHanko write PDF 2.0, which
the old WPS/Adobe readers on county PCs handle worse; RSA keeps returns at PDF 1.7. 3072 bits is
the size recommended for use beyond 2030, and key generation happens once per unit.

Names: every certificate has C=CN, O=三明市, CN=<name> and serialNumber=<unit code>. The root's CN
ends in "根证书" so that it never equals a unit's subject (the city office also holds a unit
certificate, code 350400, for signing its own reports), because path building matches issuers by
name and two certificates with one name confuse it.
"""

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.trust.errors import Reason, TrustError, WrongPassphraseError

RSA_KEY_BITS = 3072
ROOT_VALIDITY_DAYS = 3653  # ten years
UNIT_VALIDITY_DAYS = 1826  # five years; capped by the root's own expiry
# Certificates start a day early: county PC clocks are often a little behind the city's.
CLOCK_SKEW = dt.timedelta(days=1)
CITY_NAME = "三明市"
ROOT_CN_SUFFIX = " 根证书"
# X.520 serialNumber is a PrintableString; unit codes are GB/T 2260 codes or similar short ids.
_UNIT_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,63}")


@dataclass(frozen=True)
class CityRoot:
    """The city's root: its certificate and its private key, kept encrypted (PKCS#8 PEM)."""

    encrypted_key_pem: bytes
    cert: x509.Certificate

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.cert)

    def private_key(self, passphrase: str) -> rsa.RSAPrivateKey:
        return load_private_key(self.encrypted_key_pem, passphrase, what="市级根证书私钥")

    @classmethod
    def from_pem(cls, encrypted_key_pem: bytes, cert_pem: bytes) -> "CityRoot":
        return cls(encrypted_key_pem=encrypted_key_pem, cert=load_certificate(cert_pem))


@dataclass(frozen=True)
class UnitCredentials:
    """What a unit signs with: its key, its certificate and the city root that issued it."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    root_cert: x509.Certificate

    @property
    def unit_code(self) -> str:
        return unit_code_of(self.cert)

    @property
    def unit_name(self) -> str:
        return unit_name_of(self.cert)


# -- keys and certificates -------------------------------------------------------------------


def create_city_root(
    passphrase: str, *, name: str = "三明市市场监督管理局(知识产权局)", code: str = "350400"
) -> CityRoot:
    """Create the city's root key and self-signed CA certificate (valid ten years).

    The root also has digitalSignature: the city signs enrolment files and plan updates with it
    directly, so a unit trusts exactly one key (see enrolment.py).
    """
    _require_passphrase(passphrase)
    _require_unit_code(code)
    key = _new_key()
    subject = _subject(name + ROOT_CN_SUFFIX, code)
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(now + dt.timedelta(days=ROOT_VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            _key_usage(digital_signature=True, key_cert_sign=True, crl_sign=True), critical=True
        )
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return CityRoot(encrypted_key_pem=encrypt_private_key(key, passphrase), cert=cert)


def issue_unit_certificate(
    root: CityRoot,
    root_passphrase: str,
    unit_code: str,
    unit_name: str,
    *,
    validity_days: int = UNIT_VALIDITY_DAYS,
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """Make a new key for a unit and a certificate for it signed by the city root."""
    _require_unit_code(unit_code)
    if not unit_name.strip():
        raise TrustError(Reason.INVALID_INPUT, "单位名称不能为空。")
    if validity_days < 1:
        raise TrustError(Reason.INVALID_INPUT, "证书有效期至少为一天。")
    subject = _subject(unit_name.strip(), unit_code)
    if subject == root.cert.subject:
        raise TrustError(Reason.INVALID_INPUT, "单位证书的名称不能与市级根证书相同。")
    root_key = root.private_key(root_passphrase)
    key = _new_key()
    now = _now()
    not_after = min(now + dt.timedelta(days=validity_days), root.cert.not_valid_after_utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, content_commitment=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
        .sign(root_key, hashes.SHA256())
    )
    return key, cert


def unit_code_of(cert: x509.Certificate) -> str:
    """The unit code in the certificate's subject serialNumber."""
    values = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if len(values) != 1 or not _UNIT_CODE.fullmatch(str(values[0].value)):
        raise TrustError(Reason.NOT_A_UNIT_CERTIFICATE, "证书中没有单位代码,不是本系统签发的证书。")
    return str(values[0].value)


def unit_name_of(cert: x509.Certificate) -> str:
    values = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if len(values) != 1:
        raise TrustError(Reason.NOT_A_UNIT_CERTIFICATE, "证书中没有单位名称,不是本系统签发的证书。")
    return str(values[0].value)


def is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


# -- fingerprints ----------------------------------------------------------------------------


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER encoding, upper-case hex without separators."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()


def format_fingerprint(hex_fingerprint: str) -> str:
    """Group a fingerprint for reading aloud over the phone: 'AB12 CD34 …'."""
    plain = normalize_fingerprint(hex_fingerprint)
    return " ".join(plain[i : i + 4] for i in range(0, len(plain), 4))


def normalize_fingerprint(text: str) -> str:
    """Accept a fingerprint as typed by a person (spaces, colons, lower case)."""
    return re.sub(r"[\s:\-]", "", text).upper()


# -- serialization ---------------------------------------------------------------------------


def encrypt_private_key(key: rsa.RSAPrivateKey, passphrase: str) -> bytes:
    _require_passphrase(passphrase)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def load_private_key(pem: bytes, passphrase: str, *, what: str = "私钥") -> rsa.RSAPrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        # cryptography raises the same ValueError for a wrong passphrase and for damaged PEM;
        # damaged PEM has no encryption header we can parse, so tell the two apart by that.
        if b"-----BEGIN ENCRYPTED PRIVATE KEY-----" not in pem:
            raise TrustError(Reason.DAMAGED_FILE, f"{what}文件已损坏或格式不对。") from exc
        raise WrongPassphraseError(what) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TrustError(Reason.DAMAGED_FILE, f"{what}不是本系统使用的 RSA 密钥。")
    return key


def load_certificate(data: bytes) -> x509.Certificate:
    """Load a certificate from PEM or DER."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise TrustError(Reason.DAMAGED_FILE, "证书文件已损坏或格式不对。") from exc


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def pack_pkcs12(
    key: rsa.RSAPrivateKey, cert: x509.Certificate, root_cert: x509.Certificate, passphrase: str
) -> bytes:
    """A unit's key, certificate and city root in one PKCS#12 file locked by the passphrase."""
    _require_passphrase(passphrase)
    return pkcs12.serialize_key_and_certificates(
        name=unit_code_of(cert).encode("ascii"),
        key=key,
        cert=cert,
        cas=[root_cert],
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def load_pkcs12(data: bytes, passphrase: str) -> UnitCredentials:
    """Open a unit's PKCS#12 file. Raises WrongPassphraseError or TrustError(DAMAGED_FILE)."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        # One error for both causes; a file that parses as PKCS#12 means the passphrase is wrong.
        if _parses_as_pfx(data):
            raise WrongPassphraseError("单位证书文件") from exc
        raise TrustError(Reason.DAMAGED_FILE, "单位证书文件已损坏或不完整。") from exc
    roots = [c for c in extra if is_ca(c)]
    if not isinstance(key, rsa.RSAPrivateKey) or cert is None or len(roots) != 1:
        raise TrustError(Reason.DAMAGED_FILE, "单位证书文件内容不完整(缺少私钥、证书或根证书)。")
    return UnitCredentials(key=key, cert=cert, root_cert=roots[0])


# -- helpers ---------------------------------------------------------------------------------


def _parses_as_pfx(data: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        pfx["auth_safe"]["content"].native  # noqa: B018 - forces a full parse
    except Exception:
        return False
    return True


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _subject(common_name: str, code: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, CITY_NAME),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, code),
        ]
    )


def _key_usage(**enabled: bool) -> x509.KeyUsage:
    flags = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    flags.update(enabled)
    return x509.KeyUsage(**flags)


def _require_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise TrustError(Reason.EMPTY_PASSPHRASE, "口令不能为空。")


def _require_unit_code(code: str) -> None:
    if not _UNIT_CODE.fullmatch(code or ""):
        raise TrustError(
            Reason.INVALID_INPUT, f"单位代码“{code}”无效:只能包含字母、数字、点和横线。"
        )
