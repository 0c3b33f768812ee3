"""Miconic task generator (IPC 2023 Learning Track domain: one elevator, STRIPS version).

As in the IPC generator: floors f1 (lowest) .. fN with `above` between every pair (a drive
goes to any floor in one action), the lift starts at a random floor, and every passenger has
a random origin and a different random destination.

Witness: at each stop the lift lets out every boarded passenger whose destination it is and
takes in everyone waiting there; it then drives to the floor where the most passengers can
board or leave (ties: the nearest, then the lowest). Boards and departs are fixed (one each
per passenger), so only the number of stops can exceed an optimal plan.
"""
from __future__ import annotations

import random

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "passengers": Knob(2, 1, 60, "number of passengers"),
    "floors": Knob(3, 2, 60, "number of floors"),
}
SIZE_KNOB = "passengers"
IPC_TRAINING_EASY = [{"passengers": 1, "floors": 4}, {"passengers": 10, "floors": 20}]


def _witness(lift: int, origin: list[int], destin: list[int]) -> list[str]:
    """Greedy plan; floors are 1-based, passenger i is p{i+1}."""
    plan: list[str] = []
    waiting = set(range(len(origin)))
    boarded: set[int] = set()

    def work(floor: int) -> int:
        return (sum(1 for p in waiting if origin[p] == floor)
                + sum(1 for p in boarded if destin[p] == floor))

    while True:
        for p in sorted(boarded):
            if destin[p] == lift:
                plan.append(f"(depart f{lift} p{p + 1})")
                boarded.discard(p)
        for p in sorted(waiting):
            if origin[p] == lift:
                plan.append(f"(board f{lift} p{p + 1})")
                waiting.discard(p)
                boarded.add(p)
        if not waiting and not boarded:
            return plan
        floors = sorted({origin[p] for p in waiting} | {destin[p] for p in boarded})
        nxt = min(floors, key=lambda f: (-work(f), abs(f - lift), f))
        plan.append(f"({'up' if nxt > lift else 'down'} f{lift} f{nxt})")
        lift = nxt


def generate(rng: random.Random, *, name: str, passengers: int,
             floors: int) -> tuple[str, list[str]]:
    """Random lift position, origins and (different) destinations; greedy witness."""
    if floors < 2:
        raise GeneratorError(f"miconic: floors={floors}: need at least 2 floors so that a "
                             "passenger can travel")
    lift = rng.randint(1, floors)
    origin, destin = [], []
    for _ in range(passengers):
        o = rng.randint(1, floors)
        d = rng.randint(1, floors - 1)
        origin.append(o)
        destin.append(d if d < o else d + 1)  # uniform over the other floors
    witness = _witness(lift, origin, destin)
    nl = "\n    "
    init = [f"(lift-at f{lift})"]
    for i, (o, d) in enumerate(zip(origin, destin), start=1):
        init += [f"(origin p{i} f{o})", f"(destin p{i} f{d})"]
    init += [f"(above f{a} f{b})" for a in range(1, floors + 1) for b in range(a + 1, floors + 1)]
    goals = "\n   ".join(f"(served p{i})" for i in range(1, passengers + 1))
    text = (f";; passengers={passengers}, floors={floors}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain miconic)\n"
            f" (:objects {nl}"
            + " ".join(f"p{i}" for i in range(1, passengers + 1)) + f" - passenger{nl}"
            + " ".join(f"f{i}" for i in range(1, floors + 1)) + " - floor\n    )\n"
            f" (:init {nl}{nl.join(init)}\n)\n"
            f" (:goal  (and {goals})))\n")
    return text, witness
