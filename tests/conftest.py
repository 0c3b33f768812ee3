"""Shared fixtures: where the read-only IPC 2023 reference data lives, and small helpers."""
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """The folder holding ipc2023-learning/ (the IPC 2023 Learning Track files, from the
    public repository ipc2023-learning/benchmarks): $ITERDEPLOY_SHARED, else a `shared`
    folder beside the checkout; None when absent."""
    env = os.environ.get("ITERDEPLOY_SHARED")
    path = Path(env) if env else REPO.parent / "shared"
    return path if (path / "ipc2023-learning").is_dir() else None


SHARED = shared_dir()
IPC = SHARED / "ipc2023-learning" if SHARED else None
IPC_DOMAINS = ("blocksworld", "childsnack", "ferry", "floortile", "miconic",
               "rovers", "satellite", "sokoban", "spanner", "transport")
needs_shared = pytest.mark.skipif(
    IPC is None, reason="the IPC 2023 Learning Track files are absent (only in the "
                        "project's own checkouts); set ITERDEPLOY_SHARED to run these tests")


@pytest.fixture
def ipc() -> Path:
    """The IPC 2023 Learning Track files; skips visibly when absent."""
    if IPC is None:
        pytest.skip("the IPC 2023 Learning Track files are absent; set ITERDEPLOY_SHARED")
    return IPC
