"""Task pools: the deployment pool and a disjoint held-out evaluation set, as JSONL + PDDL.

A pool folder holds `tasks.jsonl` (one line per task: id, split, domain, sizes, size, seed,
problem file, reference plan length and kind) plus `domains/<domain>.pddl` and
`problems/<id>.pddl`. Task seeds derive from (pool seed, domain, sizes, split, index), so the
same config gives the same pool on every machine. Tasks are distinct by content (init and
goal), across the pool and the evaluation set.

Reference plan lengths come from Fast Downward: `reference="lama-first"` (the default),
`"optimal"` (A* + LM-cut, LAMA-first where that times out) or `"none"` (no planner: the
generator's witness length). They are cached by a hash of the task's PDDL and the planner
settings, so rebuilding a pool (another run, another folder) does not call the planner again.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Sequence

from tqdm import tqdm

from iterdeploy import IterdeployError
from iterdeploy.domains import (GeneratorError, generate, get_spec, load_domain,
                                resolve_sizes)
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.rundir import atomic_write_text, read_jsonl, write_jsonl
from iterdeploy.seeding import derive_seed

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 50  # draws per task before a size is declared too small for distinct tasks


@dataclass(frozen=True)
class PoolTask:
    """One task of a pool (a line of tasks.jsonl)."""

    id: str
    split: str  # "pool" | "eval"
    domain: str
    sizes: dict
    size: int
    seed: int
    problem_file: str  # relative to the pool folder
    witness_length: int
    ref_length: int | None
    ref_kind: str  # "optimal" | "satisficing" | "witness"


def expand_sizes(vary: dict[str, list[int]], fixed: dict[str, int]) -> list[dict[str, int]]:
    """{knob: [lo, hi]} -> every combination of values (inclusive ranges), plus fixed knobs."""
    both = sorted(set(vary) & set(fixed))
    if both:
        raise GeneratorError(f"knob(s) {', '.join(both)} are both varied and fixed; "
                             f"keep each knob in one of vary or fixed")
    combos: list[dict[str, int]] = [dict(fixed)]
    for knob, bounds in vary.items():
        if (not isinstance(bounds, (list, tuple)) or len(bounds) != 2
                or not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds)
                or bounds[0] > bounds[1]):
            raise GeneratorError(f"vary.{knob} must be [low, high] (integers, low <= high), "
                                 f"got {bounds!r}")
        combos = [{**c, knob: v} for c in combos for v in range(bounds[0], bounds[1] + 1)]
    return combos


def check_groups(groups: Sequence) -> None:
    """Fail fast, naming the group and knob, on what would make a pool build fail."""
    for i, g in enumerate(groups, 1):
        where = f"pool group {i} ({g.domain})"
        try:
            get_spec(g.domain)
            for key in ("per_size", "eval_per_size"):
                n = getattr(g, key)
                if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                    raise GeneratorError(f"{key} must be a whole number >= 0, got {n!r}")
            for sizes in expand_sizes(g.vary, g.fixed):
                resolve_sizes(g.domain, sizes)
        except GeneratorError as exc:
            raise GeneratorError(f"{where}: {exc}") from None


def content_key(domain: str, problem_text: str) -> str:
    """Identity of a task by its initial state and goal (names and comments ignored)."""
    p = parse_problem(problem_text, load_domain(domain))
    body = json.dumps([domain, sorted(p.init), sorted(p.goal_pos), sorted(p.goal_neg)])
    return hashlib.sha256(body.encode()).hexdigest()


def draw_tasks(groups: Sequence, seed: int, exclude: frozenset[str] = frozenset()
               ) -> list[tuple[str, object]]:
    """(split, GeneratedTask) for every group, size and index; distinct by content, and
    from the tasks whose content keys (`content_key`) are in `exclude`."""
    check_groups(groups)
    out, seen = [], set(exclude)
    for i, g in enumerate(groups, 1):
        for sizes in expand_sizes(g.vary, g.fixed):
            for split, count in (("pool", g.per_size), ("eval", g.eval_per_size)):
                for index in range(count):
                    for attempt in range(MAX_ATTEMPTS):
                        s = derive_seed(seed, g.domain, sorted(sizes.items()), split, index,
                                        attempt)
                        try:
                            task = generate(g.domain, s, sizes)
                        except GeneratorError as exc:  # an impossible combination of knobs
                            raise GeneratorError(f"pool group {i} ({g.domain}) {sizes}: "
                                                 f"{exc}") from None
                        key = content_key(g.domain, task.problem)
                        if key not in seen:
                            seen.add(key)
                            out.append((split, task))
                            break
                    else:
                        raise GeneratorError(
                            f"pool group {i} ({g.domain}) {sizes}: could not draw {count} "
                            f"distinct {split} tasks in {MAX_ATTEMPTS} attempts each; the "
                            f"size is too small for that many tasks — lower per_size or "
                            f"eval_per_size")
    return out


@functools.lru_cache(maxsize=None)
def planner_version() -> str:
    """The installed Fast Downward wheel's version: part of the plan cache key, so upgrading
    the planner never reuses reference lengths another version found."""
    try:
        return metadata.version("up-fast-downward")
    except metadata.PackageNotFoundError:
        return "absent"


def _reference(domain_text: str, problem_text: str, mode: str, timeout: float,
               cache: Path | None) -> tuple[int | None, str | None]:
    """(length, kind) of a reference plan; kind None when the planner failed."""
    if mode == "none":
        return None, None
    key = hashlib.sha256(f"{mode}\n{timeout}\n{planner_version()}\n{domain_text}\n"
                         f"{problem_text}".encode()).hexdigest()
    hit = cache / f"{key}.json" if cache else None
    if hit and hit.exists():
        try:
            data = json.loads(hit.read_text())
            return int(data["length"]), str(data["kind"])
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("ignoring unreadable plan cache entry %s", hit)
    from iterdeploy.planning.planner import PlannerError, solve_text

    length, kind = None, None
    try:
        if mode == "optimal":
            try:
                res = solve_text(domain_text, problem_text, optimal=True, timeout=timeout)
                length, kind = len(res.plan), "optimal"
            except PlannerError as exc:
                if exc.kind != "timeout":
                    raise
        if kind is None:
            res = solve_text(domain_text, problem_text, optimal=False, timeout=timeout)
            length, kind = len(res.plan), "satisficing"
    except PlannerError as exc:
        if exc.kind == "missing":
            raise
        log.warning("reference planner failed: %s", exc)
        return None, None
    if hit:
        atomic_write_text(hit, json.dumps({"length": length, "kind": kind}))
    return length, kind


def build_pool(groups: Sequence, seed: int, out_dir: str | Path, *, reference: str = "lama-first",
               timeout: float = 10.0, cache_dir: str | Path | None = None,
               workers: int = 2, progress: bool = True) -> list[PoolTask]:
    """Generate, solve and write a pool + eval set; an existing complete pool is reused."""
    if reference not in ("lama-first", "optimal", "none"):
        raise IterdeployError(f"pool.reference must be lama-first, optimal or none, "
                              f"got {reference!r}")
    out_dir = Path(out_dir)
    index = out_dir / "tasks.jsonl"
    if index.exists():
        return load_pool(out_dir)
    cache = Path(cache_dir) if cache_dir else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    drawn = draw_tasks(groups, seed)
    domain_text = {d: get_spec(d).domain_text() for d in sorted({t.domain for _, t in drawn})}
    for domain, text in domain_text.items():
        atomic_write_text(out_dir / "domains" / f"{domain}.pddl", text)

    def one(item):
        split, t = item
        return (split, t, *_reference(domain_text[t.domain], t.problem, reference, timeout,
                                      cache))

    tasks = []
    # Threads are enough: the planner runs in subprocesses (see planning/planner.py).
    with ThreadPoolExecutor(max_workers=max(1, workers)) as ex:
        results = ex.map(one, drawn)
        for split, t, length, kind in tqdm(results, total=len(drawn), desc="pool",
                                           disable=not progress, unit="task"):
            tid = f"{split}-{t.name}"
            rel = f"problems/{tid}.pddl"
            atomic_write_text(out_dir / rel, t.problem)
            if kind is None:
                length, kind = len(t.witness), "witness"
            tasks.append(PoolTask(tid, split, t.domain, t.sizes, t.size, t.seed, rel,
                                  len(t.witness), length, kind))
    write_jsonl(index, [asdict(t) for t in tasks])
    return tasks


def load_pool(pool_dir: str | Path) -> list[PoolTask]:
    """Read tasks.jsonl (field errors name the file and line)."""
    return read_tasks(Path(pool_dir) / "tasks.jsonl")


def read_tasks(path: Path) -> list[PoolTask]:
    """Read a file of PoolTask lines (field errors name the file and line)."""
    tasks = []
    for i, row in enumerate(read_jsonl(path), 1):
        try:
            tasks.append(PoolTask(**row))
        except TypeError as exc:
            raise IterdeployError(f"{path}:{i}: bad task record: {exc}") from None
    return tasks
