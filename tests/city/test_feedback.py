"""Sending a return back for correction with files alone: city → signed file → unit → correction."""

import io
import json
import zipfile
from datetime import date

import pytest

from desktop.domain.actions import ActionFields
from desktop.exchange import ExchangeError, NotPossibleHere
from desktop.exchange.city import import_files, period_status
from desktop.exchange.feedback import (
    comments_for,
    export_feedback,
    install_feedback,
    send_back,
)
from tests.city.city_setting import PERIOD, build, export
from tests.conftest import run_cli
from tests.exchange_fixtures import CITY_PASSPHRASE

TODAY = date(2025, 4, 20)


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    return build(tmp_path_factory.mktemp("feedback"), codes=("350481", "350426"), actions=12)


@pytest.fixture(scope="module")
def sent(setting):
    """永安市's return sent back with a comment on task 3 and one on the whole return."""
    with setting.city.open() as ws:
        send_back(ws, "350481", PERIOD, {3: "请补充佐证材料(会议纪要)", None: "请核对全部数字"})
        path = export_feedback(
            ws, "350481", PERIOD, CITY_PASSPHRASE, setting.folder / "永安市-退回意见.zip"
        )
    return path


def returned(setting) -> dict[str, bool]:
    with setting.city.open() as ws:
        return {s.unit.code: s.returned_for_correction for s in period_status(ws, PERIOD, TODAY)}


def test_round_trip_shows_comments_on_their_measures(setting, sent):
    assert returned(setting)["350481"] is True
    assert returned(setting)["350426"] is False
    with setting.units["350481"].open() as ws:
        installed = install_feedback(ws, sent.read_bytes())
        assert installed.new == 2 and installed.about_own_return
        assert installed.version == 1
        shown = comments_for(ws, PERIOD)
        assert set(shown) == {3, None}
        assert set(comments_for(ws, PERIOD, only_open=True)) == {3, None}
        assert shown[3][0].comment == "请补充佐证材料(会议纪要)"
        assert shown[None][0].direction == "received"
        # The same file again changes nothing.
        assert install_feedback(ws, sent.read_bytes()).new == 0
        assert sum(len(v) for v in comments_for(ws, PERIOD).values()) == 2
        assert any(e.entity == "feedback" for e in ws.audit_trail())
    with setting.city.open() as ws:
        assert set(comments_for(ws, PERIOD)) == {3, None}


def _rewrite(data: bytes, member: str, edit) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            dst.writestr(info.filename, edit(content) if info.filename == member else content)
    return out.getvalue()


def test_a_tampered_feedback_file_is_refused(setting, sent):
    def soften(content: bytes) -> bytes:
        document = json.loads(content)
        document["comments"][0]["comment"] = "无需更正"
        return json.dumps(document, ensure_ascii=False).encode()

    forged = _rewrite(sent.read_bytes(), "feedback.json", soften)
    with setting.units["350481"].open() as ws:
        before = ws.conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0]
        with pytest.raises(ExchangeError) as caught:
            install_feedback(ws, forged)
        assert caught.value.reason == "member_hash_mismatch"
        with pytest.raises(ExchangeError):
            install_feedback(ws, sent.read_bytes()[:-200])
        assert ws.conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == before


def test_feedback_for_another_unit_is_refused(setting, sent):
    with setting.units["350426"].open() as ws:
        with pytest.raises(ExchangeError) as caught:
            install_feedback(ws, sent.read_bytes())
        assert caught.value.reason == "wrong_unit"
        assert comments_for(ws, PERIOD) == {}


def test_the_city_cannot_install_feedback_nor_a_unit_send_it(setting, sent):
    with setting.city.open() as ws, pytest.raises(NotPossibleHere):
        install_feedback(ws, sent.read_bytes())
    with setting.units["350426"].open() as ws, pytest.raises(NotPossibleHere):
        send_back(ws, "350426", PERIOD, {None: "x"})


def test_nothing_to_send_back(setting, tmp_path):
    with setting.city.open() as ws:
        with pytest.raises(ExchangeError) as caught:
            send_back(ws, "350404", PERIOD, {None: "还没有报送"})
        assert caught.value.reason == "no_return"
        with pytest.raises(ExchangeError):
            send_back(ws, "350426", PERIOD, {3: "   "})
        with pytest.raises(ExchangeError):
            send_back(ws, "350426", PERIOD, {99: "没有这个任务"})
        with pytest.raises(ExchangeError) as caught:
            export_feedback(ws, "350426", PERIOD, CITY_PASSPHRASE, tmp_path / "n.zip")
        assert caught.value.reason == "nothing_to_send"


def test_the_corrected_version_is_no_longer_returned(setting, sent, tmp_path):
    office = setting.units["350481"]
    with office.open() as ws:
        ws.add_action(ActionFields(measure=3, period=PERIOD, title="补充会议纪要"))
    v2 = export(office, "pdf", tmp_path / "v2.pdf", reason="按市局意见补充佐证材料")
    with setting.city.open() as ws:
        assert [str(r.outcome) for r in import_files(ws, [v2])] == ["superseding"]
        assert set(comments_for(ws, PERIOD)) == {3, None}  # the history stays
        assert comments_for(ws, PERIOD, only_open=True) == {}
    assert returned(setting)["350481"] is False
    with office.open() as ws:
        assert set(comments_for(ws, PERIOD)) == {3, None}
        assert comments_for(ws, PERIOD, only_open=True) == {}


def test_feedback_commands(setting, tmp_path):
    env = {"IP_TRACKER_PASSPHRASE": CITY_PASSPHRASE}
    city, youxi = setting.city.home, setting.units["350426"].home
    out = tmp_path / "尤溪县-退回意见.zip"
    sent = run_cli(city, "feedback", "send", "--unit", "350426", "--period", PERIOD,
                   "--measure", "5", "--comment", "进展过于简略", "--comment", "请加盖公章",
                   "-o", str(out), env=env)  # fmt: skip
    assert sent.code == 0, sent
    listed = run_cli(city, "feedback", "list", "--period", PERIOD, "--json")
    assert listed.code == 0
    mine = [c for c in listed.json() if c["unit"] == "350426"]
    expected = {(5, "进展过于简略"), (None, "请加盖公章")}
    assert {(c["measure"], c["comment"]) for c in mine} == expected

    installed = run_cli(youxi, "feedback", "import", str(out))
    assert installed.code == 0, installed
    assert "进展过于简略" in installed.stdout
    received = run_cli(youxi, "feedback", "list", "--period", PERIOD, "--json").json()
    assert {c["direction"] for c in received} == {"received"} and len(received) == 2

    other = run_cli(setting.units["350481"].home, "feedback", "import", str(out))
    assert other.code == 1 and "wrong_unit" in other.stderr
    assert run_cli(youxi, "feedback", "import", str(tmp_path / "none.zip")).code == 2
    dangling = run_cli(city, "feedback", "send", "--unit", "350426", "--period", PERIOD,
                       "--measure", "5", "-o", str(tmp_path / "x.zip"), env=env)  # fmt: skip
    assert dangling.code == 2
    county = run_cli(youxi, "feedback", "send", "--unit", "350426", "--period", PERIOD,
                     "--comment", "x", "-o", str(tmp_path / "y.zip"), env=env)  # fmt: skip
    assert county.code == 2
    wrong = run_cli(city, "feedback", "send", "--unit", "350426", "--period", PERIOD,
                    "-o", str(tmp_path / "z.zip"), env={"IP_TRACKER_PASSPHRASE": "错"})  # fmt: skip
    assert wrong.code == 1 and not (tmp_path / "z.zip").exists()


def test_a_send_back_that_cannot_be_signed_records_nothing(setting, tmp_path):
    """A wrong passphrase (or an unwritable file) leaves no comments behind: the officer's retry
    with the right passphrase sends each comment once, not twice."""
    city = setting.city.home

    def sent_comments() -> list[tuple]:
        listed = run_cli(city, "feedback", "list", "--period", PERIOD, "--json")
        assert listed.code == 0, listed
        return [(c["measure"], c["comment"]) for c in listed.json() if c["unit"] == "350426"]

    before = sent_comments()
    command = ["feedback", "send", "--unit", "350426", "--period", PERIOD,
               "--measure", "7", "--comment", "请补充第7项的会议纪要"]  # fmt: skip
    wrong = run_cli(city, *command, "-o", str(tmp_path / "a.zip"),
                    env={"IP_TRACKER_PASSPHRASE": "错误口令"})  # fmt: skip
    assert wrong.code == 1, wrong
    assert not (tmp_path / "a.zip").exists()
    (tmp_path / "a-file").write_text("not a folder")
    unwritable = run_cli(city, *command, "-o", str(tmp_path / "a-file" / "b.zip"),
                         env={"IP_TRACKER_PASSPHRASE": CITY_PASSPHRASE})  # fmt: skip
    assert unwritable.code == 2, unwritable
    assert f"无法使用 {tmp_path / 'a-file'}" in unwritable.stderr
    assert "不是文件夹" in unwritable.stderr and "内部错误" not in unwritable.stderr
    assert sent_comments() == before

    retried = run_cli(city, *command, "-o", str(tmp_path / "c.zip"),
                      env={"IP_TRACKER_PASSPHRASE": CITY_PASSPHRASE})  # fmt: skip
    assert retried.code == 0, retried
    assert sent_comments() == [*before, (7, "请补充第7项的会议纪要")]
    with zipfile.ZipFile(tmp_path / "c.zip") as bundle:
        names = bundle.namelist()
    assert "feedback.json" in names


def test_an_enrolment_file_given_as_feedback_is_named_as_such(setting):
    """The message named the formats ("feedback", "enrolment"), not the files a clerk knows."""
    youxi = setting.units["350426"].home
    result = run_cli(youxi, "feedback", "import", str(setting.folder / "350426.enrol"))
    assert result.code == 1, result
    assert "这里需要退回意见文件,这是一个入网文件" in result.stderr
