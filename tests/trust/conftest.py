"""Keys are slow to make (RSA-3072), so each test session makes them once."""

from dataclasses import dataclass

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from trust_testdata import ROOT_PASSPHRASE

from desktop.trust import pki


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    key: rsa.RSAPrivateKey
    cert: x509.Certificate


@pytest.fixture(scope="session")
def city_root() -> pki.CityRoot:
    return pki.create_city_root(ROOT_PASSPHRASE)


@pytest.fixture(scope="session")
def other_root() -> pki.CityRoot:
    """A second root with the same name: what a forger or another installation would have."""
    return pki.create_city_root("another-root")


@pytest.fixture(scope="session")
def sanyuan(city_root) -> Unit:
    key, cert = pki.issue_unit_certificate(
        city_root, ROOT_PASSPHRASE, "350404", "三元区市场监督管理局"
    )
    return Unit("350404", "三元区市场监督管理局", key, cert)


@pytest.fixture(scope="session")
def youxi(city_root) -> Unit:
    key, cert = pki.issue_unit_certificate(
        city_root, ROOT_PASSPHRASE, "350426", "尤溪县市场监督管理局"
    )
    return Unit("350426", "尤溪县市场监督管理局", key, cert)


@pytest.fixture(scope="session")
def impostor(other_root) -> Unit:
    """Claims to be 三元区, but its certificate comes from the other root."""
    key, cert = pki.issue_unit_certificate(
        other_root, "another-root", "350404", "三元区市场监督管理局"
    )
    return Unit("350404", "三元区市场监督管理局", key, cert)
