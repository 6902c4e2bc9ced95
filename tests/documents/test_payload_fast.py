"""The compiled validator (fastjsonschema) and jsonschema agree: what one refuses, so does the
other; jsonschema only explains a refusal."""

import copy

import fastjsonschema
import pytest

from desktop.documents.errors import PayloadError
from desktop.documents.payload import _explainer, _validator, validate


def _fast_valid(payload) -> bool:
    try:
        _validator()(payload)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


def test_both_accept_a_valid_return(payload_factory):
    payload = payload_factory(20)
    assert _fast_valid(payload)
    assert _explainer().is_valid(payload)


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
        lambda p: p["measures"][0]["actions"][0]["figures"].__setitem__("27.1", "1.5e3"),
    ],
)
def test_whatever_jsonschema_refuses_the_fast_path_refuses(payload_factory, edit):
    payload = copy.deepcopy(payload_factory(20))
    edit(payload)
    assert not _explainer().is_valid(payload)
    assert not _fast_valid(payload)
    with pytest.raises(PayloadError):
        validate(payload)
