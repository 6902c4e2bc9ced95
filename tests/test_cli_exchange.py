"""Keys, export, verify, import and status through the real command line."""

import json
import shutil

import pytest

from tests.conftest import run_cli

PASS = {"IP_TRACKER_PASSPHRASE": "市局根口令-2025"}


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-exchange")
    city, county = folder / "city", folder / "yongan"
    assert run_cli(city, "setup", "--unit", "350400").code == 0
    result = run_cli(city, "keys", "init-city", env=PASS)
    assert result.code == 0, result
    assert "根证书指纹" in result.stdout
    enrolment = folder / "350481.enrol"
    result = run_cli(city, "keys", "enroll", "--unit", "350481", "-o", str(enrolment), env=PASS)
    assert result.code == 0, result
    return {"folder": folder, "city": city, "county": county, "enrolment": enrolment}


def test_enrolment_with_a_wrong_passphrase_installs_nothing(offices, tmp_path):
    home = tmp_path / "ws"
    result = run_cli(home, "keys", "import", str(offices["enrolment"]),
                     env={"IP_TRACKER_PASSPHRASE": "错的"})  # fmt: skip
    assert result.code == 1, result
    assert "口令" in result.stderr
    listed = run_cli(home, "return", "export", "--period", "2025-Q1", "--format", "pdf",
                     "-o", str(tmp_path / "x.pdf"), env=PASS)  # fmt: skip
    assert listed.code == 2 and not (tmp_path / "x.pdf").exists()


def test_damaged_enrolment_file(offices, tmp_path):
    damaged = tmp_path / "damaged.enrol"
    data = offices["enrolment"].read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    result = run_cli(tmp_path / "ws", "keys", "import", str(damaged), env=PASS)
    assert result.code == 1, result
    assert result.stderr.strip()


def test_enrolment_into_the_city_workspace_is_the_wrong_kind(offices):
    result = run_cli(offices["city"], "keys", "import", str(offices["enrolment"]), env=PASS)
    assert result.code == 2, result


def test_missing_enrolment_file_exits_2(offices, tmp_path):
    result = run_cli(tmp_path / "ws", "keys", "import", str(tmp_path / "none.enrol"), env=PASS)
    assert result.code == 2, result


def test_passphrase_file_is_read(offices, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text("市局根口令-2025\n", encoding="utf-8")
    result = run_cli(tmp_path / "ws", "keys", "import", str(offices["enrolment"]),
                     "--passphrase-file", str(secret))  # fmt: skip
    assert result.code == 0, result


@pytest.mark.parametrize(
    "data",
    [
        "市局根口令-2025\r\n".encode("gbk"),  # "ANSI" on a Chinese Windows
        "\ufeff市局根口令-2025\r\n".encode(),  # Notepad's UTF-8 with a BOM
    ],
    ids=["gbk", "utf8-bom"],
)
def test_a_passphrase_file_from_windows_notepad_is_read(offices, tmp_path, data):
    secret = tmp_path / "pass.txt"
    secret.write_bytes(data)
    result = run_cli(tmp_path / "ws", "keys", "import", str(offices["enrolment"]),
                     "--passphrase-file", str(secret))  # fmt: skip
    assert result.code == 0, result


def test_no_passphrase_and_no_terminal_exits_2(offices, tmp_path):
    result = run_cli(tmp_path / "ws", "keys", "import", str(offices["enrolment"]))
    assert result.code == 2, result
    assert "IP_TRACKER_PASSPHRASE" in result.stderr


def test_export_verify_import_status(offices):
    folder, city, county = offices["folder"], offices["city"], offices["county"]
    assert run_cli(county, "keys", "import", str(offices["enrolment"]), env=PASS).code == 0
    assert run_cli(county, "demo", "--actions", "60", "--period", "2025-Q1").code == 0
    pdf, xlsx = folder / "永安市-2025-Q1.pdf", folder / "永安市-2025-Q1.xlsx"
    for fmt, path in (("pdf", pdf), ("xlsx", xlsx)):
        result = run_cli(county, "return", "export", "--period", "2025-Q1", "--format", fmt,
                         "-o", str(path), "--head", "张伟", env=PASS)  # fmt: skip
        assert result.code == 0, result

    verified = run_cli(city, "verify", str(pdf), str(xlsx), "--json")
    assert verified.code == 0, verified
    for item in verified.json():
        assert item["valid"] is True
        assert (item["unit"], item["period"], item["version"]) == ("350481", "2025-Q1", 1)

    bad = folder / "bad.pdf"
    bad.write_bytes(pdf.read_bytes()[:5000])
    verified = run_cli(city, "verify", str(pdf), str(bad), "--json")
    assert verified.code == 1, verified
    assert [item["valid"] for item in verified.json()] == [True, False]
    assert verified.json()[1]["reason"]

    dry = run_cli(city, "import", str(pdf), "--dry-run", "--json")
    assert dry.code == 0 and dry.json()[0]["outcome"] == "new"
    status = run_cli(city, "status", "--period", "2025-Q1", "--json", "--today", "2025-04-20")
    assert not next(s for s in status.json() if s["unit"] == "350481")["submitted"]

    imported = run_cli(city, "import", str(pdf), str(xlsx), "--json")
    assert imported.code == 0, imported
    assert [i["outcome"] for i in imported.json()] == ["new", "duplicate"]
    status = run_cli(city, "status", "--period", "2025-Q1", "--json", "--today", "2025-04-20")
    assert status.code == 0, status
    rows = {s["unit"]: s for s in status.json()}
    assert len(rows) == 11  # the counties; no department has been enrolled
    assert rows["350481"]["submitted"] is True and rows["350481"]["version"] == 1
    assert rows["350404"]["submitted"] is False and rows["350404"]["on_time"] is None

    # A correction: v2 supersedes v1, and the same file again is a duplicate.
    assert run_cli(county, "demo", "--actions", "3", "--period", "2025-Q1").code == 0
    v2 = folder / "永安市-2025-Q1-v2.pdf"
    result = run_cli(county, "return", "export", "--period", "2025-Q1", "--format", "pdf",
                     "-o", str(v2), "--correction-reason", "补报三项工作", env=PASS)  # fmt: skip
    assert result.code == 0, result
    imported = run_cli(city, "import", str(v2), str(v2), str(pdf), "--json")
    assert [i["outcome"] for i in imported.json()] == ["superseding", "duplicate", "duplicate"]
    assert sum(c["added"] for c in imported.json()[0]["changes"]) == 3

    diff = run_cli(county, "return", "diff", "--period", "2025-Q1", "--json")
    assert diff.code == 0, diff
    assert (diff.json()["from"], diff.json()["to"]) == (1, 2)
    assert diff.json()["correction_reason"] == "补报三项工作"
    assert sum(len(m["added"]) for m in diff.json()["measures"]) == 3

    text = run_cli(city, "status", "--period", "2025-Q1", "--today", "2025-04-20")
    assert "永安市" in text.stdout and "第2版" in text.stdout


def test_import_and_status_need_the_city(offices, tmp_path):
    home = tmp_path / "county"
    assert run_cli(home, "setup", "--unit", "350404").code == 0
    assert run_cli(home, "status", "--period", "2025-Q1").code == 2
    copy = tmp_path / "x.pdf"
    shutil.copy(offices["enrolment"], copy)
    assert run_cli(home, "import", str(copy)).code == 2


def test_json_output_is_only_json(offices):
    result = run_cli(offices["city"], "status", "--period", "2025-Q1", "--json")
    json.loads(result.stdout)


def test_the_city_keeps_phone_numbers_for_the_missing_list(offices):
    city = offices["city"]
    result = run_cli(city, "units", "set", "--unit", "350404", "--phone", "0598-8221234")
    assert result.code == 0, result
    units = {u["code"]: u for u in run_cli(city, "units", "list", "--json").json()}
    assert units["350404"]["phone"] == "0598-8221234"
    status = run_cli(city, "status", "--period", "2025-Q1", "--json", "--today", "2025-04-20")
    assert next(s for s in status.json() if s["unit"] == "350404")["phone"] == "0598-8221234"
    assert run_cli(city, "units", "set", "--unit", "999999", "--phone", "1").code == 1


def test_only_the_city_edits_the_registry(tmp_path):
    home = tmp_path / "county"
    assert run_cli(home, "setup", "--unit", "350404").code == 0
    assert run_cli(home, "units", "set", "--unit", "350404", "--phone", "1").code == 2


def test_an_enrolment_file_that_cannot_be_written_is_not_recorded(offices, tmp_path):
    """A unit recorded as enrolled is expected to report: no file, no enrolment."""
    from desktop.storage import Workspace

    taken = tmp_path / "U盘"
    taken.write_text("a file where the folder should be")
    result = run_cli(offices["city"], "keys", "enroll", "--unit", "350426",
                     "-o", str(taken / "尤溪县.enrol"), env=PASS)  # fmt: skip
    assert result.code == 2, result
    assert f"无法使用 {taken}" in result.stderr
    with Workspace.open(offices["city"]) as city:
        assert city.enrolled_fingerprints("350426") == set()
    result = run_cli(offices["city"], "keys", "enroll", "--unit", "350426",
                     "-o", str(tmp_path / "尤溪县.enrol"), env=PASS)  # fmt: skip
    assert result.code == 0, result
    with Workspace.open(offices["city"]) as city:
        assert len(city.enrolled_fingerprints("350426")) == 1


def test_a_refused_init_city_leaves_a_new_workspace_as_it_was(tmp_path):
    home = tmp_path / "new"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_cli(home, "keys", "init-city", "--passphrase-file", str(empty))
    assert result.code == 1 and "口令不能为空" in result.stderr, result
    from desktop.storage import Workspace

    with Workspace.open(home) as workspace:  # not made the city office without its keys
        assert workspace.unit_code is None and workspace.credential("city_root") is None


def test_an_output_that_would_replace_the_workspace_or_a_folder_is_refused(offices, tmp_path):
    """-o workspace.sqlite replaced the database with the PDF (exit 0); -o into a folder failed
    after the export was recorded. Both are refused first, and nothing is recorded."""
    from desktop.storage import Workspace

    city = offices["city"]
    for output, code, says in (
        (city / "workspace.sqlite", 1, "不能保存到工作区文件夹"),
        (city / "logs" / "ip-tracker.log", 1, "不能保存到工作区文件夹"),
        (tmp_path, 2, f"无法写入 {tmp_path}:这是一个文件夹"),
    ):
        result = run_cli(city, "keys", "enroll", "--unit", "350404", "-o", str(output), env=PASS)
        assert result.code == code and says in result.stderr, result
    with Workspace.open(city) as workspace:  # still a database, and nothing recorded
        assert workspace.enrolled_fingerprints("350404") == set()


def test_a_workspace_with_keys_keeps_its_unit(offices):
    """The city office (root key, no actions of its own) became a county with one `setup`."""
    result = run_cli(offices["city"], "setup", "--unit", "350481")
    assert result.code == 1 and "证书" in result.stderr, result
    status = run_cli(offices["city"], "status", "--period", "2025-Q1", "--json")
    assert status.code == 0, status  # still the city office


def test_export_names_a_person_field_that_is_too_long(offices, tmp_path):
    county, enrolment = tmp_path / "county", offices["enrolment"]
    assert run_cli(county, "keys", "import", str(enrolment), env=PASS).code == 0
    result = run_cli(county, "return", "export", "--period", "2025-Q1", "--format", "pdf",
                     "--filler", "林" * 60, "-o", str(tmp_path / "r.pdf"), env=PASS)  # fmt: skip
    assert result.code == 1 and "填报人过长(60 字,最多 50 字)" in result.stderr, result
    assert not (tmp_path / "r.pdf").exists()


def test_a_folder_without_returns_is_not_a_success(offices, tmp_path):
    (tmp_path / "空文件夹").mkdir()
    for command in ("verify", "import"):
        result = run_cli(offices["city"], command, str(tmp_path / "空文件夹"))
        assert result.code == 2 and "没有找到报送文件" in result.stderr, result
