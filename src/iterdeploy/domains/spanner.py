"""Spanner task generator (IPC 2023 Learning Track domain: tighten nuts with one-use spanners).

As in the IPC generator: a one-way path shed -> location1 -> ... -> locationN -> gate; the man
(bob) starts in the shed, every spanner lies at a random intermediate location and every nut
is loose at the gate. A spanner is used up by one nut and links run one way only, so a task is
solvable exactly when there are at least as many spanners as nuts.

Witness: walk the path, picking up spanners until the man carries one per nut, then tighten
every nut at the gate. Every walk, one pickup and one tightening per nut are unavoidable, so
the witness is optimal.
"""
from __future__ import annotations

import random

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "spanners": Knob(2, 1, 100, "number of spanners (one nut uses one up)"),
    "nuts": Knob(1, 1, 50, "number of loose nuts at the gate"),
    "locations": Knob(3, 1, 100, "intermediate locations between the shed and the gate"),
}
SIZE_KNOB = "nuts"
IPC_TRAINING_EASY = [{"spanners": 1, "nuts": 1, "locations": 1},
                     {"spanners": 10, "nuts": 5, "locations": 10}]


def _path(locations: int) -> list[str]:
    return ["shed", *(f"location{i}" for i in range(1, locations + 1)), "gate"]


def _witness(path: list[str], where: list[int], nuts: int) -> list[str]:
    """`where[s]` is the index in `path` of spanner s+1."""
    plan: list[str] = []
    carried: list[int] = []
    for i, loc in enumerate(path):
        if i:
            plan.append(f"(walk {path[i - 1]} {loc} bob)")
        for s, w in enumerate(where):
            if w == i and len(carried) < nuts:
                plan.append(f"(pickup_spanner {loc} spanner{s + 1} bob)")
                carried.append(s)
    for n, s in enumerate(carried, start=1):
        plan.append(f"(tighten_nut gate spanner{s + 1} bob nut{n})")
    return plan


def generate(rng: random.Random, *, name: str, spanners: int, nuts: int,
             locations: int) -> tuple[str, list[str]]:
    """Spanners at random intermediate locations, nuts at the gate; optimal witness."""
    if nuts > spanners:
        raise GeneratorError(f"spanner: nuts={nuts} > spanners={spanners}: every nut uses up "
                             "one spanner, so there must be at least as many spanners as nuts")
    path = _path(locations)
    where = [rng.randint(1, locations) for _ in range(spanners)]
    nl = "\n    "
    init = ["(at bob shed)"]
    for s, w in enumerate(where, start=1):
        init += [f"(at spanner{s} {path[w]})", f"(usable spanner{s})"]
    for n in range(1, nuts + 1):
        init += [f"(at nut{n} gate)", f"(loose nut{n})"]
    init += [f"(link {a} {b})" for a, b in zip(path, path[1:])]
    goals = "\n   ".join(f"(tightened nut{n})" for n in range(1, nuts + 1))
    text = (f";; spanners={spanners}, nuts={nuts}, locations={locations}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain spanner)\n"
            f" (:objects {nl}bob - man{nl}"
            + " ".join(f"spanner{s}" for s in range(1, spanners + 1)) + f" - spanner{nl}"
            + " ".join(f"nut{n}" for n in range(1, nuts + 1)) + f" - nut{nl}"
            + " ".join(path) + " - location\n )\n"
            f" (:init {nl}{nl.join(init)}\n )\n"
            f" (:goal  (and {goals})))\n")
    return text, _witness(path, where, nuts)
