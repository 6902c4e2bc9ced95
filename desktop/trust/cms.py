"""Detached CMS (PKCS#7) signatures over bytes: made with a unit's key, checked against a root.

Used for the Excel return's signed JSON and for the city's signed bundles. pyHanko does both the
signing and the verification, so what we write is exactly what we can check.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import StandardCMSSignatureStatus

from desktop.trust import pki
from desktop.trust._asn1 import from_asn1_cert, make_signer, offline_validation_context
from desktop.trust._async import run_sync
from desktop.trust.errors import Reason, TrustError, VerificationError

DIGEST_ALGORITHM = "sha256"


@dataclass(frozen=True)
class SignerInfo:
    """Who signed, as proven by a verified signature."""

    unit_code: str
    unit_name: str
    signed_at: dt.datetime | None  # the signer's own clock (signingTime attribute)
    cert_fingerprint: str
    cert: x509.Certificate


def sign_detached(
    data: bytes,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    chain: Sequence[x509.Certificate] = (),
) -> bytes:
    """Sign `data`; return the DER-encoded CMS ContentInfo (the data itself is not inside)."""
    signer = make_signer(key, cert, list(chain))

    # CAdES adds signing-certificate-v2, which binds the signer's certificate into the signature.
    attributes = PdfCMSSignedAttributes(signing_time=dt.datetime.now(dt.UTC))

    def _sign():
        return signer.async_sign_general_data(
            data, DIGEST_ALGORITHM, detached=True, use_cades=True, signed_attr_settings=attributes
        )

    return run_sync(_sign).dump()


def verify_detached(
    data: bytes, signature_der: bytes, trust_root_cert: x509.Certificate
) -> SignerInfo:
    """Check a detached signature over `data` and that its signer chains to `trust_root_cert`.

    Raises VerificationError: MALFORMED_SIGNATURE, SIGNATURE_INVALID, UNTRUSTED_SIGNER,
    NOT_A_UNIT_CERTIFICATE.
    """
    signed_data = _parse_signed_data(signature_der)
    validation_context = offline_validation_context(trust_root_cert)
    # Both unit certificates and the root (which signs city bundles) carry digitalSignature.
    key_usage = KeyUsageConstraints(key_usage={"digital_signature"})

    def _validate():
        return async_validate_detached_cms(
            data,
            signed_data,
            signer_validation_context=validation_context,
            key_usage_settings=key_usage,
        )

    try:
        status = run_sync(_validate)
    except Exception as exc:  # pyHanko raises a variety of errors on odd structures
        raise VerificationError(Reason.MALFORMED_SIGNATURE, "签名数据格式错误,无法校验。") from exc
    return signer_from_status(status)


def verify_city_signed(
    data: bytes, signature_der: bytes, root_cert: x509.Certificate
) -> SignerInfo:
    """Like verify_detached, but the signer must be the city root itself, not a unit under it."""
    signer = verify_detached(data, signature_der, root_cert)
    if signer.cert_fingerprint != pki.fingerprint(root_cert):
        raise VerificationError(
            Reason.UNTRUSTED_SIGNER,
            f"该文件由“{signer.unit_name}”签名,不是市级根证书签发的文件。",
        )
    return signer


def require_signer_is(signed_by_code: str, claimed_unit_code: str) -> None:
    """The city's import: a valid signature by unit A on a return that says it is unit B's."""
    if signed_by_code != claimed_unit_code:
        raise VerificationError(
            Reason.SIGNER_MISMATCH,
            f"文件声称来自单位 {claimed_unit_code},但签名单位是 {signed_by_code}。",
        )


def signer_from_status(status: StandardCMSSignatureStatus) -> SignerInfo:
    """Turn pyHanko's status into our verdict: a SignerInfo, or a VerificationError."""
    if not (status.intact and status.valid):
        raise VerificationError(
            Reason.SIGNATURE_INVALID, "签名无效:内容在签名后被改动过,或签名已损坏。"
        )
    cert = from_asn1_cert(status.signing_cert)
    if not status.trusted:
        raise VerificationError(Reason.UNTRUSTED_SIGNER, untrusted_message(cert))
    try:
        unit_code, unit_name = pki.unit_code_of(cert), pki.unit_name_of(cert)
    except TrustError as exc:
        raise VerificationError(exc.reason, exc.message) from exc
    return SignerInfo(
        unit_code=unit_code,
        unit_name=unit_name,
        signed_at=status.signer_reported_dt,
        cert_fingerprint=pki.fingerprint(cert),
        cert=cert,
    )


def untrusted_message(cert: x509.Certificate) -> str:
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        return "签名证书不在有效期内(已过期或尚未生效)。"
    return "签名证书不是由本市根证书签发的(可能来自另一套根证书),不能信任。"


def _parse_signed_data(signature_der: bytes) -> asn1_cms.SignedData:
    try:
        content_info = asn1_cms.ContentInfo.load(signature_der, strict=True)
        if content_info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed_data = content_info["content"]
        signer_infos = signed_data["signer_infos"]
        if len(signer_infos) != 1:
            raise ValueError("expected exactly one signer")
        if signed_data["encap_content_info"]["content"].native is not None:
            raise ValueError("not a detached signature")
        signed_data.native  # noqa: B018 - parse everything now, not halfway through validation
    except Exception as exc:
        raise VerificationError(
            Reason.MALFORMED_SIGNATURE, "签名数据格式错误或已损坏,无法校验。"
        ) from exc
    return signed_data
