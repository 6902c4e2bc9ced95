import asyncio
import datetime as dt

import pytest
from trust_testdata import ROOT_PASSPHRASE

from desktop.trust import cms, pki
from desktop.trust.errors import Reason, VerificationError

DATA = b'{"unit":"350404","period":"2025-Q1"}'


@pytest.fixture(scope="module")
def signature(city_root, sanyuan):
    return cms.sign_detached(DATA, sanyuan.key, sanyuan.cert, [city_root.cert])


def test_signature_verifies_and_names_the_unit(signature, city_root, sanyuan):
    signer = cms.verify_detached(DATA, signature, city_root.cert)
    assert signer.unit_code == "350404"
    assert signer.unit_name == "三元区市场监督管理局"
    assert signer.cert_fingerprint == pki.fingerprint(sanyuan.cert)
    assert abs(signer.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_changed_data_is_signature_invalid(signature, city_root):
    with pytest.raises(VerificationError) as caught:
        cms.verify_detached(DATA.replace(b"Q1", b"Q2"), signature, city_root.cert)
    assert caught.value.reason is Reason.SIGNATURE_INVALID


def test_flipped_signature_byte_is_rejected(signature, city_root):
    damaged = bytearray(signature)
    damaged[-10] ^= 0x01  # inside the RSA signature value
    with pytest.raises(VerificationError) as caught:
        cms.verify_detached(DATA, bytes(damaged), city_root.cert)
    assert caught.value.reason is Reason.SIGNATURE_INVALID


@pytest.mark.parametrize("garbage", [b"", b"not a signature", b"\x30\x82\x01"])
def test_garbage_is_malformed(garbage, city_root):
    with pytest.raises(VerificationError) as caught:
        cms.verify_detached(DATA, garbage, city_root.cert)
    assert caught.value.reason is Reason.MALFORMED_SIGNATURE


def test_signer_from_another_root_is_untrusted(impostor, other_root, city_root):
    signature = cms.sign_detached(DATA, impostor.key, impostor.cert, [other_root.cert])
    with pytest.raises(VerificationError) as caught:
        cms.verify_detached(DATA, signature, city_root.cert)
    assert caught.value.reason is Reason.UNTRUSTED_SIGNER
    assert "根证书" in caught.value.message


def test_city_signed_requires_the_root_itself(city_root, signature):
    root_signature = cms.sign_detached(DATA, city_root.private_key(ROOT_PASSPHRASE), city_root.cert)
    assert cms.verify_city_signed(DATA, root_signature, city_root.cert).unit_code == "350400"
    with pytest.raises(VerificationError) as caught:
        cms.verify_city_signed(DATA, signature, city_root.cert)  # a unit's, not the city's
    assert caught.value.reason is Reason.UNTRUSTED_SIGNER


def test_works_inside_a_running_event_loop(signature, city_root):
    async def verify_from_a_coroutine():
        return cms.verify_detached(DATA, signature, city_root.cert)

    assert asyncio.run(verify_from_a_coroutine()).unit_code == "350404"


def test_signer_must_be_the_unit_the_file_claims(signature, city_root):
    signer = cms.verify_detached(DATA, signature, city_root.cert)
    cms.require_signer_is(signer.unit_code, "350404")
    with pytest.raises(VerificationError) as caught:
        cms.require_signer_is(signer.unit_code, "350426")
    assert caught.value.reason is Reason.SIGNER_MISMATCH
    assert "350426" in caught.value.message
