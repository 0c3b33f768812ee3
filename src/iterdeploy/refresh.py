"""Refreshed pools (`pool.refresh: true`): every generation g >= 1 is deployed on new tasks drawn
from the pool's distribution, as a deployed model meets new users' tasks.

Generation 0 (the base) is deployed on the run's pool (`tasks/tasks.jsonl`), so its results
equal the fixed-pool run's. Generation g >= 1 gets the same groups (every size, `per_size`
tasks each) drawn with the seed `derive_seed(pool seed, "refresh", g)`: deterministic, the
same on every machine and after a resume. The held-out set stays fixed and is never drawn
into a refreshed pool (tasks are distinct from it by content); a refreshed task may repeat a
task of an earlier generation's pool by chance, as a real user's task may.

Files: `tasks/refresh/gen_NNN.jsonl` (the generation's tasks, `pool.PoolTask` lines, written
last, so a killed draw is redone with the same result) and the problems as
`tasks/problems/pool-gNNN-<name>.pddl`. Reference lengths are the generator's witness
lengths (`ref_kind: "witness"`), not Fast Downward's: LAMA-first takes about 0.1 s per
Blocksworld task (a minute per generation for a pool of 700) and its plans are longer than
the witness at 8-10 blocks, where the shortest known plan is the witness anyway.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Sequence

from iterdeploy.pool import PoolTask, content_key, draw_tasks, read_tasks
from iterdeploy.rundir import atomic_write_text, write_jsonl
from iterdeploy.seeding import derive_seed


def refresh_seed(pool_seed: int, generation: int) -> int:
    """The seed generation `generation`'s tasks are drawn with."""
    return derive_seed(pool_seed, "refresh", generation)


def index_path(task_dir: Path, generation: int) -> Path:
    """tasks/refresh/gen_NNN.jsonl."""
    return Path(task_dir) / "refresh" / f"gen_{generation:03d}.jsonl"


def refreshed_pool(groups: Sequence, pool_seed: int, generation: int, task_dir: Path,
                   held_out: Sequence[PoolTask]) -> list[PoolTask]:
    """Generation `generation`'s new pool (drawn and written once, read back afterwards)."""
    task_dir = Path(task_dir)
    index = index_path(task_dir, generation)
    if index.exists():
        return read_tasks(index)
    exclude = frozenset(content_key(t.domain, (task_dir / t.problem_file).read_text())
                        for t in held_out)
    pool_only = [dataclasses.replace(g, eval_per_size=0) for g in groups]
    tasks = []
    for _, t in draw_tasks(pool_only, refresh_seed(pool_seed, generation), exclude):
        tid = f"pool-g{generation:03d}-{t.name}"
        rel = f"problems/{tid}.pddl"
        atomic_write_text(task_dir / rel, t.problem)
        tasks.append(PoolTask(tid, "pool", t.domain, t.sizes, t.size, t.seed, rel,
                              len(t.witness), len(t.witness), "witness"))
    write_jsonl(index, [dataclasses.asdict(t) for t in tasks])
    return tasks


def all_refreshed(task_dir: Path) -> list[PoolTask]:
    """Every refreshed task of a run folder's `tasks/` (none for a fixed-pool run)."""
    return [t for p in sorted((Path(task_dir) / "refresh").glob("gen_*.jsonl"))
            for t in read_tasks(p)]
