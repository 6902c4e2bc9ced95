"""The fastjsonschema fast path lets only valid returns through; jsonschema judges the rest."""

import copy

import pytest

from desktop.documents.errors import PayloadError
from desktop.documents.payload import _fast_valid, _fast_validator, _validator, validate


def test_the_fast_path_is_in_use(payload_factory):
    assert _fast_validator() is not None
    assert _fast_valid(payload_factory(20))


@pytest.mark.parametrize(
    "edit",
    [
        lambda p: p.__setitem__("version", True),
        lambda p: p.__setitem__("format_version", 2),
        lambda p: p["measures"][0].__setitem__("status", "finished"),
        lambda p: p["measures"][0]["actions"][0].__setitem__("start_date", "2025-13-01"),
        lambda p: p["measures"][0]["actions"][0].__setitem__("title", " "),
        lambda p: p["measures"][0]["actions"][0].__setitem__("extra", 1),
        lambda p: p["unit"].__setitem__("code", "35048"),
    ],
)
def test_whatever_jsonschema_refuses_the_fast_path_refuses(payload_factory, edit):
    payload = copy.deepcopy(payload_factory(20))
    edit(payload)
    assert not _validator().is_valid(payload)
    assert not _fast_valid(payload)
    with pytest.raises(PayloadError):
        validate(payload)
