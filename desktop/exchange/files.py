"""Writing a file that the workspace records: the file and its record, both or neither."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target, flush to disk, then rename: a crash leaves the old file or the
    new one, never half of one."""
    with staged_file(path) as write:
        write(data)


@contextlib.contextmanager
def staged_file(path: Path) -> Iterator[Callable[[bytes], None]]:
    """`write(data)` makes the file whole next to `path`; it is renamed into place only when the
    block ends without error. Open it outside the transaction that records the file:

        with staged_file(out) as write, workspace.transaction():
            ...; write(data); ...record it...

    The commit comes first, then the rename: a failed commit leaves no file (and an older one at
    `path` untouched), so a file on disk is always one the workspace has recorded."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staged: list[Path] = []

    def write(data: bytes) -> None:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        staged.append(Path(temporary))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())

    try:
        yield write
        if len(staged) != 1:
            raise RuntimeError(f"staged_file({path.name}): written {len(staged)} times, not once")
        os.replace(staged[0], path)
    except BaseException:
        for temporary in staged:
            temporary.unlink(missing_ok=True)
        raise
