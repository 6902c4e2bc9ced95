"""The city imports eleven counties' returns: outcomes, rejections, dry runs, crashes."""

import json
import signal
import sqlite3
import subprocess
import sys

import pytest

from desktop.documents.payload import canonical_bytes
from desktop.documents.return_pdf import render_return_pdf
from desktop.domain.demo import demo_actions
from desktop.exchange.city import import_files, period_status
from desktop.exchange.keys import unit_credentials
from desktop.exchange.returns import export_return
from desktop.trust import pdf_signing, pki
from tests.conftest import REPO_ROOT
from tests.exchange_fixtures import UNIT_PASSPHRASE, enrol, make_city

COUNTIES = ["350404", "350405", "350481", "350421", "350423", "350424", "350425", "350426",
            "350428", "350429", "350430"]  # fmt: skip


@pytest.fixture(scope="module")
def returns(tmp_path_factory):
    """Eleven enrolled counties, each having exported its 2025-Q1 return (PDF and Excel mixed)."""
    folder = tmp_path_factory.mktemp("city-import")
    city = make_city(folder)
    files, offices = [], {}
    for index, code in enumerate(COUNTIES):
        office = enrol(city, folder, code)
        offices[code] = office
        with office.open() as ws:
            period = ws.period("2025-Q1")
            ws.add_actions(demo_actions(ws.plan, ws.unit, [period], 12, seed=index))
            fmt = "pdf" if index % 2 == 0 else "xlsx"
            files.append(
                export_return(ws, "2025-Q1", fmt, UNIT_PASSPHRASE, folder / f"{code}.{fmt}").path
            )
    return {"folder": folder, "city": city, "files": files, "offices": offices}


@pytest.fixture
def city(returns, tmp_path):
    """A fresh copy of the city workspace for each test (imports change it)."""
    import shutil

    copy = tmp_path / "city"
    shutil.copytree(returns["city"].home, copy)
    from tests.exchange_fixtures import Office

    return Office(copy)


def _counts(home) -> tuple[int, int]:
    conn = sqlite3.connect(home / "workspace.sqlite")
    try:
        received = conn.execute("SELECT COUNT(*) FROM received_returns").fetchone()[0]
        logged = conn.execute("SELECT COUNT(*) FROM import_log").fetchone()[0]
        return received, logged
    finally:
        conn.close()


def test_eleven_counties_in_one_go_then_again(returns, city):
    with city.open() as ws:
        first = list(import_files(ws, returns["files"]))
        assert [r.outcome for r in first] == ["new"] * 11
        statuses = period_status(ws, "2025-Q1", today=__import__("datetime").date(2025, 4, 20))
        assert all(s.submitted and s.version == 1 for s in statuses)
        again = list(import_files(ws, returns["files"]))
    assert [r.outcome for r in again] == ["duplicate"] * 11
    assert _counts(city.home) == (11, 22)  # nothing new held; every file logged


def test_a_folder_stands_for_the_returns_in_it(returns, city):
    with city.open() as ws:
        results = list(import_files(ws, [returns["folder"]], dry_run=True))
    assert sorted(r.file.rsplit("/", 1)[-1] for r in results) == sorted(
        p.name for p in returns["files"]
    )


def test_dry_run_writes_nothing(returns, city):
    before = (city.home / "workspace.sqlite").read_bytes()
    with city.open() as ws:
        results = list(import_files(ws, returns["files"][:3], dry_run=True))
    assert [r.outcome for r in results] == ["new"] * 3
    assert _counts(city.home) == (0, 0)
    assert before  # the database file exists and holds no import


def test_correction_supersedes_and_an_old_version_arriving_late_is_stale(returns, city, tmp_path):
    office = returns["offices"]["350425"]
    with office.open() as ws:
        period = ws.period("2025-Q1")
        ws.add_actions(demo_actions(ws.plan, ws.unit, [period], 2, seed=99))
        v2 = export_return(ws, "2025-Q1", "pdf", UNIT_PASSPHRASE, tmp_path / "v2.pdf",
                           correction_reason="补报两项").path  # fmt: skip
    v1 = returns["folder"] / "350425.pdf"
    with city.open() as ws:
        outcomes = [r.outcome for r in import_files(ws, [v2, v1])]
        assert outcomes == ["new", "stale"]
        outcomes = [r.outcome for r in import_files(ws, [v1])]
        assert outcomes == ["duplicate"]
        states = dict(ws.conn.execute("SELECT version, state FROM received_returns").fetchall())
    assert states == {2: "current", 1: "stale"}

    with city.open() as ws:  # and in the right order: v1, then v2 superseding it
        ws.conn.execute("DELETE FROM received_returns")
    with city.open() as ws:
        results = list(import_files(ws, [v1, v2]))
        assert [r.outcome for r in results] == ["new", "superseding"]
        assert sum(len(d.added) for d in results[1].changes) == 2
        states = dict(ws.conn.execute("SELECT version, state FROM received_returns").fetchall())
    assert states == {1: "superseded", 2: "current"}


def _forge(returns, payload: dict, credentials) -> bytes:
    return pdf_signing.sign_pdf(
        render_return_pdf(payload, check=False),
        key=credentials.key, cert=credentials.cert, chain=[credentials.root_cert],
        attachment_name="return.json", attachment_bytes=canonical_bytes(payload),
        field_box=(400, 700, 560, 780),
    )  # fmt: skip


def test_each_rejection_has_its_reason(returns, city, tmp_path):
    folder = returns["folder"]
    good = folder / "350404.pdf"
    with returns["offices"]["350404"].open() as ws:
        sanyuan = unit_credentials(ws, UNIT_PASSPHRASE)
        payload = ws.latest_return("2025-Q1").payload
    with returns["offices"]["350405"].open() as ws:
        shaxian = unit_credentials(ws, UNIT_PASSPHRASE)

    files = {}
    flipped = bytearray(good.read_bytes())
    flipped[flipped.index(b"ReportLab Generated PDF document")] ^= 1
    files["broken_signature"] = bytes(flipped)
    impostor = pki.create_city_root("冒充")
    key, cert = pki.issue_unit_certificate(impostor, "冒充", "350404", "三元区")
    files["not_this_city"] = _forge(
        returns, payload, pki.UnitCredentials(key=key, cert=cert, root_cert=impostor.cert)
    )
    files["wrong_signer"] = _forge(returns, payload, shaxian)
    unknown_plan = json.loads(json.dumps(payload))
    unknown_plan["plan"]["version"] = "0123456789abcdef"
    files["unknown_plan"] = _forge(returns, unknown_plan, sanyuan)
    same_id_other_content = json.loads(json.dumps(payload))
    same_id_other_content["people"]["reviewer"] = "另一位审核人"
    files["same_version_other_content"] = _forge(returns, same_id_other_content, sanyuan)
    files["malformed"] = b"%PDF-1.7\n this is no return at all"
    paths = []
    for name, data in files.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        paths.append(path)
    too_large = tmp_path / "too_large.pdf"
    with too_large.open("wb") as stream:  # sparse: large on paper, nothing on disk
        stream.truncate(101 * 1024 * 1024)
    paths.append(too_large)

    with city.open() as ws:
        results = list(import_files(ws, [good, *paths]))
    outcome = {r.file.rsplit("/", 1)[-1]: (r.outcome, r.check.reason) for r in results}
    assert outcome["350404.pdf"] == ("new", "")
    assert outcome["broken_signature.pdf"] == ("rejected", "signature_invalid")
    assert outcome["not_this_city.pdf"] == ("rejected", "untrusted_signer")
    assert outcome["wrong_signer.pdf"] == ("rejected", "signer_mismatch")
    assert outcome["unknown_plan.pdf"] == ("rejected", "unknown_plan")
    assert outcome["malformed.pdf"][0] == "rejected"
    assert outcome["too_large.pdf"] == ("rejected", "too_large")
    same = next(r for r in results if r.file.endswith("same_version_other_content.pdf"))
    assert same.outcome == "rejected" and "内容不同" in same.reason
    assert all(r.reason for r in results if r.outcome == "rejected")
    assert _counts(city.home) == (1, len(results))  # only the good file is held; all logged


def test_a_killed_import_leaves_only_whole_files(returns, city):
    """Kill the import process mid-way: each file is one transaction, so what is held is whole,
    every held return has its log line, and the database is intact."""
    command = [sys.executable, "-m", "desktop", "--home", str(city.home), "import",
               *map(str, returns["files"])]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO_ROOT)},
    )  # fmt: skip
    first = process.stdout.readline()  # the first file's outcome: the import is under way
    assert first, process.stderr.read()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    conn = sqlite3.connect(city.home / "workspace.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    held = conn.execute("SELECT return_id, version, payload FROM received_returns").fetchall()
    logged = conn.execute(
        "SELECT return_id, version FROM import_log WHERE outcome = 'new'"
    ).fetchall()
    conn.close()
    assert 1 <= len(held) < 11, "killed after the first file and before the last"
    assert {(r, v) for r, v, _ in held} == set(logged)
    for _id, _version, payload in held:
        assert json.loads(payload)["measures"]  # whole returns, not fragments
    with city.open() as ws:  # and the rest imports cleanly afterwards
        outcomes = [r.outcome for r in import_files(ws, returns["files"])]
    assert outcomes.count("duplicate") == len(held)
    assert outcomes.count("new") == 11 - len(held)
