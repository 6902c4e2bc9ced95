"""A process killed in the middle of a burst of edits loses nothing it had reported saved.

The child adds actions one by one through the real Workspace and prints each id only after
add_action returned (its transaction committed), flushing at once. The parent SIGKILLs it mid-
burst — no atexit, no close, no checkpoint — then opens the workspace as the next start-up would.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time

from care.helpers import REPO_ROOT
from desktop.storage import Workspace

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.domain.actions import ActionFields
    from desktop.storage import Workspace

    ws = Workspace.open(Path(sys.argv[1]))
    ws.setup("350481", contact="林晓")
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        action_id = ws.add_action(ActionFields(
            measure=1 + i % 63, period="2025-Q2", title=f"第{i}次编辑:走访企业",
            progress="记录走访情况" * 20,
        ))
        if i % 7 == 0:  # edits of existing work too, not only inserts
            fields = ws.get_action(action_id).fields()
            fields.progress += "(已补充)"
            ws.update_action(action_id, fields)
        print(action_id, flush=True)
    """
)


def test_killed_during_a_burst_of_edits_keeps_every_reported_edit(home):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env=os.environ | {"PYTHONPATH": str(REPO_ROOT)},
    )
    reported: list[str] = []
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        deadline = time.monotonic() + 60
        while len(reported) < 150 and time.monotonic() < deadline:
            line = child.stdout.readline().strip()
            assert line, child.stderr.read()
            reported.append(line)
        child.send_signal(signal.SIGKILL)  # mid-burst: it is writing the next one right now
        child.wait(timeout=30)
        # Ids already in the pipe were saved before the kill, too.
        reported += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert len(reported) >= 150

    with Workspace.open(home) as ws:
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {a.id: a for a in ws.list_actions()}
        missing = [action_id for action_id in reported if action_id not in stored]
        assert missing == []
        # at most the one edit that was under way when the process died was not reported
        assert len(stored) - len(reported) in (0, 1)
        edited = [stored[i] for i in reported[6::7]]
        assert edited and all(a.progress.endswith("(已补充)") for a in edited)
        assert len(ws.search("走访企业").action_ids) == len(stored)
