"""Check the version ranges of the optional extras against the package index.

For each requirement of the `hf` and `vllm` extras in pyproject.toml, pip's resolver is run
without installing anything and without dependencies (`pip install --dry-run --no-deps
--ignore-installed --report`) on the lowest version the range allows: the release must exist,
and its declared requirements (read from the report's metadata) must accept the lowest allowed
version of every other package of the extras. This catches ranges such as vllm>=0.8 with
transformers>=5, which no release pair satisfies.

    python tools/check_extras.py            # exit 0 fine, 1 a conflict, 3 index unreachable

Needs network access to the package index (PyPI); `make check-extras` runs it and the test
suite runs it when PyPI answers (skipped with the reason otherwise).
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
EXTRAS = ("hf", "vllm")
# torch is left to the machine (a CUDA build on a GPU machine): only its name is checked
NOT_PINNED_HERE = {"torch"}


def index_reachable(host: str = "pypi.org", timeout: float = 5.0) -> bool:
    """Whether the package index answers on HTTPS."""
    try:
        socket.create_connection((host, 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def requirements() -> list[Requirement]:
    """The requirements of the checked extras in pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = []
    for extra in EXTRAS:
        reqs += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return reqs


def lowest(req: Requirement) -> str | None:
    """The lower bound of a `>=` range (None when there is none)."""
    for spec in req.specifier:
        if spec.operator in (">=", "=="):
            return spec.version
    return None


def metadata(pin: str) -> dict:
    """pip's report entry for exactly `pin` (name==version), resolved without dependencies."""
    out = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps",
                          "--ignore-installed", "--quiet", "--report", "-", pin],
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        raise LookupError(f"{pin}: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout)["install"][0]["metadata"]


def check() -> list[str]:
    """Problems found (empty: the ranges are consistent at their lower bounds)."""
    reqs = requirements()
    floors = {r.name.lower(): lowest(r) for r in reqs}
    problems = []
    for req in reqs:
        floor = floors[req.name.lower()]
        if floor is None:
            problems.append(f"{req}: no lower bound")
            continue
        try:
            meta = metadata(f"{req.name}=={floor}")
        except LookupError as exc:
            problems.append(f"{req}: its lowest version is not installable: {exc}")
            continue
        for line in meta.get("requires_dist") or []:
            dep = Requirement(line)
            name = dep.name.lower()
            if dep.marker is not None and not dep.marker.evaluate({"extra": ""}):
                continue
            if name in floors and name not in NOT_PINNED_HERE and floors[name] is not None \
                    and not dep.specifier.contains(Version(floors[name]), prereleases=True):
                problems.append(f"{req.name}=={floor} requires {dep}, but our lowest allowed "
                                f"{name} is {floors[name]}")
    return problems


def main() -> int:
    if not index_reachable():
        print("check_extras: pypi.org is not reachable; nothing checked", file=sys.stderr)
        return 3
    problems = check()
    for p in problems:
        print(p)
    if not problems:
        print("extras: " + ", ".join(str(r) for r in requirements()) + ": consistent")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
