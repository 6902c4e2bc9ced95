"""A written file and its record in the workspace: both or neither."""

import pytest

from desktop.exchange.files import staged_file
from desktop.storage import Workspace


def test_the_file_appears_only_when_its_record_is_committed(tmp_path):
    out = tmp_path / "报送" / "r.pdf"
    with Workspace.open(tmp_path / "ws") as workspace:
        with staged_file(out) as write, workspace.transaction():
            write(b"version 1")
            workspace._audit("test", "r.pdf", "insert", None, {"n": 1})
        assert out.read_bytes() == b"version 1"

        audited = workspace.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
        with pytest.raises(RuntimeError), staged_file(out) as write, workspace.transaction():
            write(b"version 2")
            workspace._audit("test", "r.pdf", "insert", None, {"n": 2})
            raise RuntimeError("the commit fails")
        # The older file is untouched, the record rolled back, nothing staged is left over.
        assert out.read_bytes() == b"version 1"
        assert workspace.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audited
        assert [p.name for p in out.parent.iterdir()] == ["r.pdf"]


def test_a_block_that_writes_nothing_is_an_error(tmp_path):
    with pytest.raises(RuntimeError, match="written 0 times"), staged_file(tmp_path / "x"):
        pass
    assert list(tmp_path.iterdir()) == []
