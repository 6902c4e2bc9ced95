"""The command line contract (shared/CLI.md), through the real program in a child process."""

import sqlite3

import pytest

from desktop.storage.workspace import DATABASE_NAME


@pytest.fixture
def county(cli):
    assert (
        cli("setup", "--unit", "350481", "--contact", "林晓", "--phone", "0598-3633001").code == 0
    )
    return cli


def test_plan_show_json(cli):
    result = cli("plan", "show", "--json")
    assert result.code == 0, result
    plan = result.json()
    assert len(plan["chapters"]) == 7
    assert sum(len(c["sections"]) for c in plan["chapters"]) == 13
    assert [m["no"] for m in plan["measures"]] == list(range(1, 64))
    measure = plan["measures"][26]
    assert {"no", "chapter", "section", "text", "units", "indicators"} <= set(measure)
    assert measure["units"] == ["市工信局", "市科技局"]
    assert measure["indicators"][0]["target"] == "3"
    assert plan["version"] and plan["status"] == "draft"


def test_plan_show_text(cli):
    result = cli("plan", "show")
    assert result.code == 0, result
    assert "三明市贯彻知识产权强国建设纲要" in result.stdout
    assert "63. 注重总结评估" in result.stdout


def test_home_from_environment(tmp_path, cli):
    from tests.conftest import run_cli

    home = tmp_path / "from-env"
    result = run_cli(None, "setup", "--unit", "350404", env={"IP_TRACKER_HOME": str(home)})
    assert result.code == 0, result
    assert (home / DATABASE_NAME).exists()


def test_setup_add_and_list(county, tmp_path):
    evidence = tmp_path / "培训签到表.pdf"
    evidence.write_bytes(b"%PDF-1.4")
    added = county(
        "action", "add", "--measure", "40", "--period", "2025-Q1",
        "--title", "绿色食品认证培训", "--progress", "培训企业20家", "--status", "done",
        "--indicator", "40.1=12", "--indicator", "40.2=3", "--evidence", str(evidence),
    )  # fmt: skip
    assert added.code == 0, added
    action_id = added.stdout.strip()
    assert len(action_id) == 36
    listed = county("action", "list", "--period", "2025-Q1", "--json")
    assert listed.code == 0, listed
    [action] = listed.json()
    assert action["id"] == action_id
    assert action["unit"] == "350481"
    assert action["status"] == "done"
    assert action["figures"] == {"40.1": "12", "40.2": "3"}
    assert action["evidence"][0]["name"] == "培训签到表.pdf"
    assert county("action", "list", "--measure", "27", "--json").json() == []
    text = county("action", "list")
    assert "绿色食品认证培训" in text.stdout and "已完成" in text.stdout


def test_status_accepts_the_chinese_labels_too(county):
    result = county("action", "add", "--measure", "1", "--period", "2025-Q1", "--title", "调研",
                    "--status", "推进中")  # fmt: skip
    assert result.code == 0, result


def _action_count(home) -> int:
    conn = sqlite3.connect(home / DATABASE_NAME)
    try:
        return conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--measure", "64"], "措施 64"),
        (["--measure", "0"], "措施 0"),
        (["--period", "2025-Q5"], "2025-Q5"),
        (["--period", "2030"], "2030"),
        (["--status", "finished"], "finished"),
        (["--status", "not_applicable"], "reason"),
        (["--indicator", "40.1=很多"], "40.1"),
        (["--indicator", "27.1=1"], "27.1"),
        (["--indicator", "40.1"], "40.1"),
        (["--start", "2025-02-30"], "2025-02-30"),
        # Accepted before, stored as 1E+3 / 1E-7, and then every export of the period failed.
        (["--indicator", "40.1=1e3"], "40.1"),
        (["--indicator", "40.1=0.0000001"], "小数位过多"),
    ],
)
def test_bad_input_exits_1_with_a_message_and_writes_nothing(county, home, args, message):
    base = {"--measure": "40", "--period": "2025-Q1", "--title": "认证培训"}
    given = dict(zip(args[::2], args[1::2], strict=True))
    argv = ["action", "add"]
    for key, value in (base | given).items():
        argv += [key, value]
    result = county(*argv)
    assert result.code == 1, result
    assert message in result.stderr
    assert "未写入" in result.stderr
    assert result.stdout == ""
    assert _action_count(home) == 0


def test_a_missing_evidence_file_exits_2_and_writes_nothing(county, home):
    """CLI.md: a missing file means the command could not run (2), not bad input (1)."""
    result = county("action", "add", "--measure", "40", "--period", "2025-Q1",
                    "--title", "认证培训", "--evidence", "/nonexistent/签到表.pdf")  # fmt: skip
    assert result.code == 2 and "/nonexistent/签到表.pdf" in result.stderr, result
    assert "未写入" in result.stderr and _action_count(home) == 0


def test_unknown_unit_exits_1(cli, home):
    result = cli("setup", "--unit", "350999")
    assert result.code == 1, result
    assert "350999" in result.stderr


def test_setup_refuses_a_contact_no_return_could_carry(cli, home):
    """Over 50 characters (or a control character) made every later export fail, naming a JSON
    path instead of the setting."""
    assert cli("setup", "--unit", "350481").code == 0
    for args, message in (
        (["--contact", "林" * 51], "联系人过长(51 字,最多 50 字)"),
        (["--phone", "0598\x01123"], "联系电话含有不可见的控制字符"),
    ):
        result = cli("setup", "--unit", "350481", *args)
        assert result.code == 1 and message in result.stderr, result


def test_usage_errors_exit_2(cli):
    assert cli("action", "add", "--measure", "1").code == 2
    assert cli("action", "add", "--measure", "x", "--period", "2025", "--title", "t").code == 2
    assert cli("no-such-command").code == 2


def test_commands_needing_a_unit_exit_2_before_setup(cli):
    result = cli("action", "add", "--measure", "1", "--period", "2025-Q1", "--title", "调研")
    assert result.code == 2, result
    assert "setup" in result.stderr


def test_unreadable_workspace_exits_2(cli, home):
    home.mkdir(parents=True)
    (home / DATABASE_NAME).write_bytes(b"not a database at all" * 50)
    result = cli("plan", "show")
    assert result.code == 2, result
    assert "workspace.sqlite" in result.stderr


def test_demo_fills_realistic_work(county):
    result = county("demo", "--actions", "200")
    assert result.code == 0, result
    actions = county("action", "list", "--json").json()
    assert len(actions) == 200
    assert {a["period"] for a in actions} == {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"}
    assert len({a["measure"] for a in actions}) > 30
    assert all(a["reason"] for a in actions if a["status"] == "not_applicable")
    assert all("\u4e00" <= a["title"][0] <= "\u9fff" for a in actions)
    one_period = county("demo", "--actions", "10", "--period", "2025-H1")
    assert one_period.code == 0
    assert len(county("action", "list", "--period", "2025-H1", "--json").json()) == 10


def test_gui_screenshot(county, tmp_path):
    shot = tmp_path / "shot.png"
    result = county("gui", "--screenshot", str(shot))
    assert result.code == 0, result
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a drawn window, not an empty image


def test_a_reader_that_stops_early_is_not_an_error(county, home):
    """`ip-tracker action list | head -1` ended in 程序内部错误 (BrokenPipeError), exit 2."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    assert county("demo", "--actions", "300").code == 0
    reader = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--home", str(home), "action", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ | {"PYTHONPATH": str(REPO_ROOT)},
    )
    reader.stdout.readline()
    reader.stdout.close()  # what `head -1` does
    assert reader.wait(timeout=60) == 0
    assert reader.stderr.read() == b""


def test_a_bad_hidden_date_and_an_unwritable_screenshot_exit_2(county, tmp_path):
    assert county("status", "--period", "2025-Q1", "--today", "2025-13-01").code == 2
    (tmp_path / "afile").write_text("a file, not a folder")
    shot = county("gui", "--screenshot", str(tmp_path / "afile" / "s.png"))  # it used to hang
    assert shot.code == 2 and "无法保存截图" in shot.stderr, shot
