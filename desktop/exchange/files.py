"""Writing a file that the workspace records: the file and its record, both or neither."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.exchange import ExchangeError


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target, flush to disk, then rename: a crash leaves the old file or the
    new one, never half of one."""
    with staged_file(path) as write:
        write(data)


@contextlib.contextmanager
def staged_file(
    path: Path, workspace_folder: Path | None = None
) -> Iterator[Callable[[bytes], None]]:
    """`write(data)` makes the file whole next to `path`; it is renamed into place only when the
    block ends without error. Open it outside the transaction that records the file:

        with staged_file(out) as write, workspace.transaction():
            ...; write(data); ...record it...

    The commit comes first, then the rename: a failed commit leaves no file (and an older one at
    `path` untouched), so a file on disk is always one the workspace has recorded. What would
    make the rename fail after that commit is refused before anything is done: a folder, a
    device; and a path inside `workspace_folder`, whose database it could replace."""
    path = Path(path)
    check_destination(path, workspace_folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    staged: list[Path] = []

    def write(data: bytes) -> None:
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        except OSError as error:  # name the file the person chose, not the temporary one
            raise OSError(error.errno, error.strerror, str(path)) from error
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


def check_destination(path: Path, workspace_folder: Path | None = None) -> None:
    """Raise unless `path` can become a new or replaced regular file outside the workspace."""
    if path.is_dir() or not path.name:
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if path.exists() and not path.is_file():
        raise ExchangeError("invalid_output", f"{path} 不是普通文件,不能用作保存位置")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.exists() and not folder.is_dir():  # a file where a folder of the path should be
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    if workspace_folder is not None:
        folder = Path(workspace_folder).resolve()
        if path.resolve().is_relative_to(folder):
            raise ExchangeError(
                "invalid_output",
                f"不能保存到工作区文件夹 {folder} 里(那里是本程序的数据),请另选保存位置",
            )
