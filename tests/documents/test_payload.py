import copy
import hashlib
import json
import unicodedata

import pytest

from desktop.documents.errors import PayloadError
from desktop.documents.payload import (
    canonical_bytes,
    is_canonical,
    parse_payload,
    payload_sha256,
)


def test_canonical_bytes_are_stable_sorted_and_compact(payload):
    data = canonical_bytes(payload)
    assert data == canonical_bytes(copy.deepcopy(payload))
    # Key order in the dict does not matter.
    reordered = dict(reversed(list(payload.items())))
    assert canonical_bytes(reordered) == data
    text = data.decode("utf-8")
    assert text.startswith('{"chapters":[{"no":1,"title":"完善知识产权制度体系"}')
    assert ", " not in text and '": ' not in text
    assert "\\u" not in text  # ensure_ascii=False: Chinese stays readable
    assert json.loads(data) == payload


def test_canonical_bytes_normalise_to_nfc_and_newlines(payload):
    decomposed = unicodedata.normalize("NFD", "Café ﬁ 한국")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    payload["measures"][0]["actions"][0]["progress"] = decomposed + "\r\n第二行\r第三行"
    parsed = json.loads(canonical_bytes(payload))
    progress = parsed["measures"][0]["actions"][0]["progress"]
    assert progress == unicodedata.normalize("NFC", decomposed) + "\n第二行\n第三行"
    composed = copy.deepcopy(payload)
    composed["measures"][0]["actions"][0]["progress"] = progress
    assert canonical_bytes(composed) == canonical_bytes(payload)


def test_payload_sha256_is_hash_of_canonical_bytes(payload):
    digest = hashlib.sha256(canonical_bytes(payload)).hexdigest()
    assert payload_sha256(payload) == digest
    assert payload_sha256(canonical_bytes(payload)) == digest


def test_floats_are_refused_with_their_path(payload):
    payload["measures"][3]["actions"][0]["figures"] = {"27.1": 2.5}
    with pytest.raises(PayloadError) as info:
        canonical_bytes(payload)
    assert info.value.path == "$.measures[3].actions[0].figures['27.1']"
    assert "浮点" in str(info.value)


def test_nan_and_floats_refused_when_parsing(payload):
    text = canonical_bytes(payload).decode()
    with pytest.raises(PayloadError, match="浮点"):
        parse_payload(text.replace('"format_version":1', '"format_version":1.0').encode())
    with pytest.raises(PayloadError, match="NaN"):
        parse_payload(text.replace('"format_version":1', '"format_version":NaN').encode())


def test_control_characters_refused_with_path(payload):
    payload["people"]["filler"] = "张\x07三"
    with pytest.raises(PayloadError) as info:
        canonical_bytes(payload)
    assert info.value.path == "$.people.filler"
    assert "U+0007" in str(info.value)


def test_parse_round_trip_and_canonical_check(payload):
    data = canonical_bytes(payload)
    assert parse_payload(data) == payload
    assert is_canonical(data)
    assert not is_canonical(json.dumps(payload, ensure_ascii=False, indent=1).encode())


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda p: p["measures"][2]["actions"][0].update(status="finished"),
         "$.measures[2].actions[0].status"),
        (lambda p: p["unit"].update(code="35048"), "$.unit.code"),
        (lambda p: p["indicators"][0].update(target="三"), "$.indicators[0].target"),
        (lambda p: p["measures"][0]["actions"][0]["figures"].update({"27.1": "1.5e3"}),
         "$.measures[0].actions[0].figures['27.1']"),
        (lambda p: p["measures"][1]["actions"][0].update(status="not_applicable", reason=" "),
         "$.measures[1].actions[0].reason"),
        (lambda p: p["measures"][1]["actions"][0].pop("evidence"), "$.measures[1].actions[0]"),
        (lambda p: p.update(extra=1), "$"),
        (lambda p: p["period"].update(start="2025-04-01"), "$.period.start"),
        (lambda p: p.update(version=2), "$.supersedes"),
        (lambda p: p["indicators"][0].update(measure=99), "$.indicators[0].measure"),
        (lambda p: p["measures"][5]["actions"][0].update(start_date="2025-02-30"),
         "$.measures[5].actions[0].start_date"),
    ],
)  # fmt: skip
def test_schema_rejects_bad_payload_naming_the_path(payload, mutate, path):
    mutate(payload)
    with pytest.raises(PayloadError) as info:
        parse_payload(canonical_bytes(payload))
    assert info.value.path == path
    assert str(info.value).startswith(path)


def test_not_json_or_not_utf8():
    with pytest.raises(PayloadError, match="UTF-8"):
        parse_payload(b"\xff\xfe{}")
    with pytest.raises(PayloadError, match="JSON"):
        parse_payload(b'{"format": ')
    with pytest.raises(PayloadError, match="重复"):
        parse_payload(b'{"a":1,"a":2}')
