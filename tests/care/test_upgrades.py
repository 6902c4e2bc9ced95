"""A workspace saved by each released schema version opens in this app with all its data."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.storage import Workspace
from desktop.storage.schema import SCHEMA_VERSION

DATA = Path(__file__).resolve().parent / "data"
SAVED_VERSIONS = sorted(int(p.stem.split("-v")[1]) for p in DATA.glob("workspace-v*.sqlite"))


def test_every_schema_version_has_a_saved_workspace():
    """Adding a schema step means saving a workspace of the new version here (make_workspaces)."""
    missing = sorted(set(range(1, SCHEMA_VERSION + 1)) - set(SAVED_VERSIONS))
    assert not missing, f"save a workspace of schema version {missing} in {DATA}"


@pytest.mark.parametrize("version", SAVED_VERSIONS)
def test_old_workspace_opens_with_all_its_data(version, home):
    saved = DATA / f"workspace-v{version}.sqlite"
    expected = json.loads((DATA / f"workspace-v{version}.expected.json").read_text("utf-8"))
    home.mkdir()
    shutil.copyfile(saved, home / "workspace.sqlite")  # a copy: the fixture itself stays as is
    conn = sqlite3.connect(home / "workspace.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()

    with Workspace.open(home) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.unit_code == expected["unit"]
        assert ws.contact == expected["contact"]
        assert ws.plan.version_id == expected["plan_version"]
        assert [a.to_json() for a in ws.list_actions()] == expected["actions"]
        assert len(ws.audit_trail()) == expected["audit"]
        with_evidence = [a for a in ws.list_actions() if a.evidence]
        content = ws.evidence_content(with_evidence[0].evidence[0].sha256).decode("utf-8")
        assert "宣传周启动仪式" in content
        # the search index of later versions covers the old work too
        assert ws.search("绿色食品").action_ids
        # and the upgraded workspace takes new work
        ws.add_action(ws.list_actions()[0].fields())

    migration_copies = list(home.glob(f"workspace.v{version}-*.before-migration.sqlite"))
    assert len(migration_copies) == (1 if version < SCHEMA_VERSION else 0)
