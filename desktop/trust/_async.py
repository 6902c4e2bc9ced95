"""Run pyHanko's coroutines from synchronous code, with or without a running event loop.

pyHanko's synchronous helpers call `asyncio.run`, which fails inside a thread that already runs a
loop (a Qt-asyncio bridge, a test using asyncio). When a loop is running we use a fresh worker
thread, which has none, and wait for it.
"""

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def run_sync(make_coroutine: Callable[[], Awaitable[T]]) -> T:
    """Run the coroutine that `make_coroutine()` returns and give back its result."""

    async def _main() -> T:
        return await make_coroutine()

    if not _loop_is_running():
        return asyncio.run(_main())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="trust-async") as pool:
        return pool.submit(asyncio.run, _main()).result()


def _loop_is_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
