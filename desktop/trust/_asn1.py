"""Bridge between cryptography's objects (our API) and asn1crypto's (what pyHanko takes)."""

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore


def to_asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def from_asn1_cert(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def to_asn1_key(key: rsa.RSAPrivateKey) -> asn1_keys.PrivateKeyInfo:
    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return asn1_keys.PrivateKeyInfo.load(der)


def make_signer(
    key: rsa.RSAPrivateKey, cert: x509.Certificate, chain: list[x509.Certificate]
) -> SimpleSigner:
    """A pyHanko signer that embeds the signer's certificate and its chain in the signature."""
    return SimpleSigner(
        signing_cert=to_asn1_cert(cert),
        signing_key=to_asn1_key(key),
        cert_registry=SimpleCertificateStore.from_certs([to_asn1_cert(c) for c in chain]),
    )


def offline_validation_context(trust_root: x509.Certificate) -> ValidationContext:
    """Trust exactly the given root; never go online (county PCs often have no network).

    Our certificates carry no CRL or OCSP pointers, and revocation checking stays in
    pyHanko's default soft-fail mode, so a missing revocation source is not an error.
    """
    return ValidationContext(trust_roots=[to_asn1_cert(trust_root)], allow_fetching=False)
