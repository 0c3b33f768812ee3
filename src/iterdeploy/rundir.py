"""The run folder: layout, atomic writes, DONE markers, resumable sample files, provenance.

Files are the source of truth. A file written through `atomic_open` (every JSON, JSONL,
YAML and PDDL file of a run) is written to a temporary name, fsynced and renamed, so it is
never seen half-written under its final name; a killed process can leave the temporary
`.NAME.*.tmp`, which the next run removes (`remove_stale_temps`, with the model savers'
own `.tmpXXXXXX`). Backends save models with their own libraries, not atomically: a model
folder (and the base) counts only once its `DONE` marker exists, and `DONE` is written last
in a generation. Samples are appended batch by batch to `samples.partial.jsonl` (flushed and
fsynced), so a killed sampling phase resumes after the last complete line.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import platform
import re
import subprocess
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Iterable

from iterdeploy import IterdeployError


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w"):
    """A file object whose contents appear at `path` only when the block ends without error
    (written under a unique temporary name, fsynced, renamed: atomic on POSIX). The unique
    name means processes writing the same file (two runs filling the shared plan cache)
    cannot rename each other's file away."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise IterdeployError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with open(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # full disk, file size limit, read-only file system
            raise IterdeployError(f"{path}: cannot write: {exc.strerror or exc}") from exc
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write a text file atomically."""
    with atomic_open(path) as fh:
        fh.write(text)


@contextlib.contextmanager
def exclusive(run_dir: Path):
    """Hold the run folder's lock (`RUN/.lock`) for the duration: a second `iterdeploy run`
    on the same folder is refused instead of interleaving its writes with the first's. The
    lock is the kernel's (flock), so a killed run leaves no stale lock behind."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    fh = open(run_dir / ".lock", "a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise IterdeployError(f"{run_dir} is in use by another iterdeploy run ({holder}); "
                                  f"wait for it to finish or stop it first") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} on {platform.node()}\n")
        fh.flush()
        yield
    finally:
        fh.close()  # releases the lock


# safetensors writes a model's weights to `.tmpXXXXXX` beside the file (Rust's tempfile
# crate) and renames it; a kill in between leaves that file in the model folder.
_SAVER_TEMP = re.compile(r"\.tmp[A-Za-z0-9]{6}")


def remove_stale_temps(run_dir: Path) -> list[Path]:
    """Delete the temporary files that a killed process left in a run folder: those of
    `atomic_open` (`.NAME.*.tmp`) and those of the model savers (`.tmpXXXXXX`). Call it
    holding the folder's lock: no other writer can be mid-write."""
    stale = [p for p in Path(run_dir).rglob(".*") if p.is_file()
             and (p.name.endswith(".tmp") or _SAVER_TEMP.fullmatch(p.name))]
    for p in stale:
        p.unlink()
    return stale


def atomic_write_json(path: Path, obj) -> None:
    """JSON, sorted keys, atomically."""
    atomic_write_text(path, json.dumps(obj, indent=1, sort_keys=True) + "\n")


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    """One JSON object per line, atomically."""
    atomic_write_text(path, "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))


def read_jsonl(path: Path) -> list[dict]:
    """All complete lines of a JSONL file (a torn last line from a kill is dropped)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.endswith("\n"):
                break  # torn write: the process died mid-line
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise IterdeployError(f"{path}:{lineno}: corrupt JSON line: {exc}") from None
    return rows


class Appender:
    """Append JSON lines durably; reopening keeps the complete lines already there."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.rows = read_jsonl(self.path) if self.path.exists() else []
        # rewrite without a torn tail so appends start on a clean line
        write_jsonl(self.path, self.rows)
        self._fh = open(self.path, "a", encoding="utf-8")

    def extend(self, rows: list[dict]) -> None:
        """Append rows and fsync; a failed write (full disk) is cut back to the last row."""
        end = self._fh.tell()
        try:
            self._fh.write("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except OSError as exc:
            self._fh = _reopen_truncated(self._fh, self.path, end)
            raise IterdeployError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc
        self.rows.extend(rows)

    def close(self) -> None:
        """Close the file."""
        self._fh.close()


def _reopen_truncated(fh, path: Path, size: int):
    """Drop what a failed append left after byte `size` (truncating needs no free space)."""
    try:
        fh.close()
    except OSError:
        pass  # the buffered bytes that failed are discarded with the file object
    os.truncate(path, size)
    return open(path, "a", encoding="utf-8")


def gen_dir(run: Path, generation: int) -> Path:
    """RUN/gen_NNN."""
    return Path(run) / f"gen_{generation:03d}"


def is_done(path: Path) -> bool:
    """Whether a generation (or the base) folder is finished."""
    return (Path(path) / "DONE").exists()


def mark_done(path: Path) -> None:
    """Written last: the folder is complete."""
    atomic_write_text(Path(path) / "DONE", "")


def provenance() -> dict:
    """Package versions, Python, platform and the git commit of this checkout."""
    versions = {}
    for pkg in ("iterdeploy", "torch", "transformers", "peft", "accelerate", "tokenizers",
                "vllm", "unified-planning", "up-fast-downward"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    commit = None
    # a read-only query: git must not take (and, if killed, leave) the index lock
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                             cwd=Path(__file__).parent, timeout=5, env=env)
        if out.returncode == 0:
            commit = out.stdout.strip()
            dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                   capture_output=True, text=True, timeout=5, env=env,
                                   cwd=Path(__file__).parent).stdout.strip()
            if dirty:
                commit += "-dirty"
    except (OSError, subprocess.SubprocessError):
        pass
    return {"versions": versions, "python": platform.python_version(),
            "platform": platform.platform(), "git_commit": commit}
