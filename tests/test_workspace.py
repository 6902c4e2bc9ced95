"""The workspace database on real SQLite files: migrations, actions, evidence, audit, search."""

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain import InvalidInput
from desktop.domain.actions import ActionFields, Status
from desktop.storage import Workspace, WorkspaceError, WorkspaceTooNew
from desktop.storage.database import connect
from desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.storage.workspace import DATABASE_NAME


def _fields(**overrides) -> ActionFields:
    values = {"measure": 40, "period": "2025-Q1", "title": "开展绿色食品认证培训"}
    return ActionFields(**(values | overrides))


# --------------------------------------------------------------------- opening
def test_new_workspace_is_seeded_and_current(workspace):
    conn = workspace.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert len(workspace.plan.measures) == 63
    assert conn.execute("SELECT COUNT(*) FROM measures").fetchone()[0] == 63
    assert conn.execute("SELECT COUNT(*) FROM measure_units").fetchone()[0] == sum(
        len(m.units) for m in workspace.plan.measures
    )
    assert workspace.unit is None


def test_units_registry(workspace):
    units = {unit.code: unit for unit in workspace.units()}
    assert units["350400"].is_city_office
    counties = {u.code: u.name for u in workspace.counties()}
    assert counties == {
        "350404": "三元区", "350405": "沙县区", "350481": "永安市", "350421": "明溪县",
        "350423": "清流县", "350424": "宁化县", "350425": "大田县", "350426": "尤溪县",
        "350428": "将乐县", "350429": "泰宁县", "350430": "建宁县",
    }  # fmt: skip
    names = {unit.name for unit in units.values()}
    groups = {"各县(市、区)党委和人民政府", "市直有关单位"}
    assert set(workspace.plan.unit_names()) - groups <= names
    # Every measure links to its units, lead first.
    rows = workspace.conn.execute(
        "SELECT name FROM measure_units WHERE measure = 27 ORDER BY position"
    ).fetchall()
    assert [r[0] for r in rows] == ["市工信局", "市科技局"]


def test_periods_and_default_deadlines(workspace):
    codes = [p.code for p in workspace.periods()]
    assert codes[:3] == ["2024-Q4", "2024-H2", "2024"]
    assert {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025-H1", "2025-H2", "2025"} <= set(codes)
    q1 = workspace.period("2025-Q1")
    assert (q1.start, q1.end, q1.deadline) == (
        date(2025, 1, 1),
        date(2025, 3, 31),
        date(2025, 4, 10),
    )
    assert workspace.period("2025").deadline == date(2026, 1, 10)
    workspace.set_deadline("2025-Q1", date(2025, 4, 15))  # the city's to change
    assert workspace.period("2025-Q1").deadline == date(2025, 4, 15)


def test_reopening_keeps_everything(home):
    with Workspace.open(home) as ws:
        ws.setup("350421", contact="王芳", phone="0598-1")
        action_id = ws.add_action(_fields())
    with Workspace.open(home) as ws:
        assert ws.unit_code == "350421"
        assert ws.get_action(action_id).title == "开展绿色食品认证培训"


def _database_at(path: Path, version: int) -> sqlite3.Connection:
    """A database as an older release left it: only the first `version` steps applied."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:version]:
        conn.execute("BEGIN")
        step(conn)
        conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(step) + 1}")
        conn.execute("COMMIT")
    return conn


def test_migrates_from_an_empty_file(home):
    home.mkdir(parents=True)
    (home / DATABASE_NAME).write_bytes(b"")
    with Workspace.open(home) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert len(ws.plan.measures) == 63


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_migrates_from_each_older_schema_keeping_data(home, version):
    # Make a current workspace with work in it, then wind its schema back to `version`.
    with Workspace.open(home) as ws:
        ws.setup("350481")
        action_id = ws.add_action(_fields(progress="组织专利培训", figures={"40.1": Decimal(7)}))
    old = home.parent / "old.sqlite"
    conn = _database_at(old, version)
    conn.execute("ATTACH DATABASE ? AS current", (str(home / DATABASE_NAME),))
    old_tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'search_index_%'"
        )
    ]
    for table in old_tables:  # the old schema's tables, filled with what the current one holds
        columns = [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM current.{table}")
    conn.execute("DETACH DATABASE current")
    conn.close()
    for leftover in home.iterdir():
        leftover.unlink()
    old.rename(home / DATABASE_NAME)

    with Workspace.open(home) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        action = ws.get_action(action_id)
        assert action.figures == {"40.1": Decimal(7)}
        assert ws.search("专利").action_ids == [action_id]  # the index was built from old rows
    copies = list(home.glob(f"workspace.v{version}-*.before-migration.sqlite"))
    assert len(copies) == 1, "the file is copied before migrating"
    copy = sqlite3.connect(copies[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == version
    assert copy.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == 1
    copy.close()


def test_refuses_a_database_from_a_newer_app(home):
    with Workspace.open(home) as ws:
        ws.setup("350481")
        ws.add_action(_fields())
    conn = sqlite3.connect(home / DATABASE_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = (home / DATABASE_NAME).read_bytes()
    with pytest.raises(WorkspaceTooNew, match="更新版本的程序"):
        Workspace.open(home)
    assert (home / DATABASE_NAME).read_bytes() == before


def test_refuses_a_file_that_is_not_a_database(home):
    home.mkdir(parents=True)
    (home / DATABASE_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WorkspaceError):
        Workspace.open(home)


def test_a_failed_migration_step_changes_nothing(home, monkeypatch):
    conn = _database_at(home.parent / "v1.sqlite", 1)
    conn.close()
    home.mkdir(parents=True)
    (home.parent / "v1.sqlite").rename(home / DATABASE_NAME)

    def broken_step(connection):
        connection.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr("desktop.storage.database.MIGRATIONS", [MIGRATIONS[0], broken_step])
    with pytest.raises(RuntimeError):
        Workspace.open(home)
    conn = connect(home / DATABASE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
    conn.close()


# --------------------------------------------------------------------- actions
def test_add_and_read_back_an_action(county_workspace, tmp_path):
    evidence = tmp_path / "会议纪要.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes")
    action_id = county_workspace.add_action(
        _fields(
            progress="组织12家企业参加认证培训",
            status=Status.DONE,
            start_date=date(2025, 1, 6),
            finish_date=date(2025, 3, 20),
            figures={"40.1": Decimal("5"), "40.2": Decimal("1.5")},
            problems="企业积极性不高",
            next_steps="扩大覆盖面",
        ),
        [evidence],
    )
    action = county_workspace.get_action(action_id)
    assert action.unit == "350481"
    assert action.plan_version == county_workspace.plan.version_id
    assert action.status == Status.DONE
    assert action.figures == {"40.1": Decimal("5"), "40.2": Decimal("1.5")}
    assert action.created_by == "林晓"
    [item] = action.evidence
    assert item.name == "会议纪要.pdf"
    assert county_workspace.evidence_content(item.sha256) == b"%PDF-1.4 minutes"
    assert [a.id for a in county_workspace.list_actions(period="2025-Q1", measure=40)] == [
        action_id
    ]
    assert county_workspace.list_actions(period="2025-Q2", measure=40) == []


def test_evidence_is_kept_by_content_not_by_path(county_workspace, tmp_path):
    evidence = tmp_path / "photo.jpg"
    evidence.write_bytes(b"JPEG" * 1000)
    action_id = county_workspace.add_action(_fields(), [evidence])
    evidence.unlink()  # the original can go; the workspace keeps the content
    [item] = county_workspace.get_action(action_id).evidence
    assert county_workspace.evidence_content(item.sha256) == b"JPEG" * 1000


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"measure": 64}, "measure"),
        ({"period": "2026-Q1"}, "period"),
        ({"status": Status.NOT_APPLICABLE}, "reason"),
        ({"title": "   "}, "title"),
        ({"figures": {"27.1": Decimal(1)}}, "indicator 27.1"),
        ({"start_date": date(2025, 3, 1), "finish_date": date(2025, 2, 1)}, "finish_date"),
        ({"progress": "含控制字符\x07"}, "progress"),
    ],
)
def test_invalid_actions_are_refused_and_nothing_written(county_workspace, overrides, field):
    audit_before = len(county_workspace.audit_trail())
    with pytest.raises(InvalidInput) as raised:
        county_workspace.add_action(_fields(**overrides))
    assert raised.value.field == field
    assert county_workspace.count_actions() == 0
    assert len(county_workspace.audit_trail()) == audit_before


def test_missing_evidence_file_writes_nothing(county_workspace, tmp_path):
    with pytest.raises(InvalidInput, match="不存在"):
        county_workspace.add_action(_fields(), [tmp_path / "missing.pdf"])
    assert county_workspace.count_actions() == 0


def test_not_applicable_with_a_reason_is_accepted(county_workspace):
    action_id = county_workspace.add_action(
        _fields(status=Status.NOT_APPLICABLE, reason="本县无相关企业")
    )
    assert county_workspace.get_action(action_id).reason == "本县无相关企业"


def test_the_database_itself_refuses_not_applicable_without_reason(county_workspace):
    action_id = county_workspace.add_action(_fields())
    with pytest.raises(sqlite3.IntegrityError):
        county_workspace.conn.execute(
            "UPDATE actions SET status = 'not_applicable', reason = '' WHERE id = ?", (action_id,)
        )


def test_actions_need_a_unit(workspace):
    with pytest.raises(WorkspaceError, match="尚未设置单位"):
        workspace.add_action(_fields())


def test_unit_cannot_change_once_work_is_recorded(county_workspace):
    county_workspace.add_action(_fields())
    with pytest.raises(InvalidInput, match="不能改为"):
        county_workspace.setup("350421")
    county_workspace.setup("350481", contact="新联系人")  # contact changes are fine
    assert county_workspace.contact == "新联系人"


# ----------------------------------------------------------------------- audit
def test_audit_trail_records_who_when_old_and_new(county_workspace, tmp_path):
    action_id = county_workspace.add_action(_fields(figures={"40.1": Decimal(3)}))
    changed = county_workspace.get_action(action_id).fields()
    changed.status = Status.DONE
    changed.figures = {"40.1": Decimal(4)}
    county_workspace.update_action(action_id, changed)
    county_workspace.update_action(action_id, changed)  # no change: no audit entry
    evidence = tmp_path / "a.txt"
    evidence.write_text("x")
    item = county_workspace.attach_evidence(action_id, evidence)
    county_workspace.remove_evidence(item.id)
    county_workspace.delete_action(action_id)

    trail = [e for e in county_workspace.audit_trail() if e.entity in ("action", "evidence")]
    assert [(e.entity, e.op) for e in trail] == [
        ("action", "insert"),
        ("action", "update"),
        ("evidence", "insert"),
        ("evidence", "delete"),
        ("action", "delete"),
    ]
    insert, update = trail[0], trail[1]
    assert insert.new["title"] == "开展绿色食品认证培训" and insert.old is None
    assert update.old == {"figures": {"40.1": "3"}, "status": "in_progress"}
    assert update.new == {"figures": {"40.1": "4"}, "status": "done"}
    assert all(e.actor == "林晓" and e.at.endswith("+00:00") for e in trail)
    assert trail[-1].old["status"] == "done" and trail[-1].new is None


# ---------------------------------------------------------------------- search
def test_two_character_chinese_search_finds_actions_and_measures(county_workspace):
    patent = county_workspace.add_action(_fields(title="专利侵权纠纷调解", measure=13))
    trademark = county_workspace.add_action(_fields(title="商标品牌指导站建设", measure=38))
    in_progress_text = county_workspace.add_action(
        _fields(title="知识产权宣传", progress="走访企业,宣讲专利转化政策")
    )
    hits = county_workspace.search("专利")
    assert set(hits.action_ids) == {patent, in_progress_text}
    expected_measures = {m.no for m in county_workspace.plan.measures if "专利" in m.text}
    assert set(hits.measures) == expected_measures and len(expected_measures) > 10
    assert county_workspace.search("商标").action_ids == [trademark]
    assert county_workspace.search("专利转化").action_ids == [in_progress_text]
    assert county_workspace.search("转专").action_ids == []  # pairs must be adjacent
    assert set(county_workspace.search("专利 宣传").action_ids) == {in_progress_text}
    assert set(county_workspace.search("利").action_ids) == {patent, in_progress_text}
    assert county_workspace.search("  ").action_ids == []


def test_search_follows_edits_and_deletions(county_workspace):
    action_id = county_workspace.add_action(_fields(title="地理标志保护"))
    changed = county_workspace.get_action(action_id).fields()
    changed.title = "驰名商标保护"
    county_workspace.update_action(action_id, changed)
    assert county_workspace.search("地理").action_ids == []
    assert county_workspace.search("商标").action_ids == [action_id]
    county_workspace.delete_action(action_id)
    assert county_workspace.search("商标").action_ids == []


def test_file_errors_are_told_in_chinese_with_their_path(tmp_path):
    """What a person reads when an export meets a full, read-only or mistyped destination."""
    import errno
    import os

    from desktop.storage.health import file_error_message

    a_file = tmp_path / "U盘"
    a_file.write_text("not a folder")
    with pytest.raises(OSError) as not_a_folder:
        (a_file / "out.pdf").write_bytes(b"x")
    assert file_error_message(not_a_folder.value) == (
        f"无法使用 {a_file / 'out.pdf'}:路径中有同名的文件,不是文件夹"
    )
    with pytest.raises(OSError) as missing:
        (tmp_path / "gone.pdf").read_bytes()
    assert file_error_message(missing.value) == f"找不到 {tmp_path / 'gone.pdf'}"
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "r.pdf"))
    assert file_error_message(full).startswith(f"无法写入 {tmp_path / 'r.pdf'}:磁盘空间已满")
    read_only = OSError(errno.EROFS, os.strerror(errno.EROFS), str(tmp_path / "r.pdf"))
    assert "只读" in file_error_message(read_only)
    assert file_error_message(ValueError("not an OS error")) is None
    assert file_error_message(OSError(errno.EIO, "I/O error")) is None  # no file named
