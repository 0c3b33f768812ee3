"""Curation: which sampled traces become the next generation's training set.

Pure functions over sample records (`deploy.SampleRecord`, the lines of `samples.jsonl`).
`history[g]` holds the records of generation g; a policy returns the records to train on.
`reward` is the one scoring function of the true validator: the metrics and the RL baseline
use it. Curation filters on `accepted`, the curation-time validator's verdict, which is the
same verdict unless `curation.validator` makes it imperfect (`iterdeploy.imperfect`); its
preference bias `prefer="longest"` keeps the longest plan per task instead of the shortest.
"""
from __future__ import annotations

from typing import Callable, Sequence

from iterdeploy.deploy import SampleRecord as Record

History = Sequence[Sequence[Record]]


def reward(record: Record) -> float:
    """The implicit binary reward of iterative deployment: 1 for a valid plan, else 0."""
    return 1.0 if record.valid else 0.0


def _rank(r: Record, prefer: str = "shortest") -> tuple:
    # shortest (or longest) plan, then fewest reasoning tokens, then the earliest trace
    length = r.plan_length if prefer == "shortest" else -r.plan_length
    return (length, r.reasoning_tokens, r.generation, r.sample)


def _best_per_task(records, prefer: str) -> list[Record]:
    best: dict[str, Record] = {}
    for r in records:
        cur = best.get(r.task_id)
        if cur is None or _rank(r, prefer) < _rank(cur, prefer):
            best[r.task_id] = r
    return [best[t] for t in sorted(best)]


def paper(history: History, prefer: str = "shortest") -> list[Record]:
    """Accepted traces of all generations; per task the shortest (`prefer`) plan, ties by
    reasoning tokens."""
    return _best_per_task((r for gen in history for r in gen if r.accepted), prefer)


def all_valid(history: History, prefer: str = "shortest") -> list[Record]:
    """Every accepted trace of every generation (distinct plans per task)."""
    seen, out = set(), []
    for gen in history:
        for r in gen:
            key = (r.task_id, r.plan or ())
            if r.accepted and key not in seen:
                seen.add(key)
                out.append(r)
    return sorted(out, key=lambda r: (r.task_id, _rank(r, prefer)))


def latest(history: History, prefer: str = "shortest") -> list[Record]:
    """Accepted traces of the latest generation only; per task the shortest (`prefer`) plan."""
    return _best_per_task((r for r in history[-1] if r.accepted), prefer) if history else []


def no_filter(history: History, prefer: str = "shortest") -> list[Record]:
    """Every trace of the latest generation, valid or not (self-training without a validator)."""
    return sorted(history[-1], key=lambda r: (r.task_id, r.sample)) if history else []


def settled(records: Sequence[Record]) -> list[Record]:
    """What a past generation's records can still contribute once a later generation exists:
    the accepted ones (the policies over all generations) and the valid ones (the shortest
    valid plan per task of the curation metrics). The latest generation is always kept
    whole (`latest`, `no-filter` and the RL methods read all of it); the loop keeps only this
    much of the others, so that a long run's memory grows with its valid traces, not with
    every sample (11,040 a generation in configs/long.yaml)."""
    return [r for r in records if r.accepted or r.valid]


CURATION: dict[str, Callable[..., list[Record]]] = {
    "paper": paper,
    "all-valid": all_valid,
    "latest": latest,
    "no-filter": no_filter,
}
