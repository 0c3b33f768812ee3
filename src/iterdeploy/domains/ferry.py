"""Ferry task generator (IPC 2023 Learning Track domain: one ferry carrying one car).

As in the IPC generator: the ferry starts empty at a random location, every car starts at a
random location and must end at a different random location (the sea connects every pair of
locations, so every such task is solvable).

Witness: a greedy ferry. Where it stands, it loads a car that still has to move (preferring
one whose destination has cars waiting, so the next trip starts without an empty sail),
sails it to its destination and unloads it; with no such car where it stands, it sails empty
to the location with the most waiting cars. Board, debark and one loaded sail per car are
unavoidable, so the witness is optimal up to the empty sails it makes.
"""
from __future__ import annotations

import random

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "cars": Knob(2, 1, 60, "number of cars"),
    "locations": Knob(3, 2, 30, "number of locations"),
}
SIZE_KNOB = "cars"
IPC_TRAINING_EASY = [{"cars": 1, "locations": 5}, {"cars": 20, "locations": 15}]


def _witness(ferry: int, start: list[int], goal: list[int]) -> list[str]:
    """Greedy plan; `start` and `goal` hold 1-based locations of cars 0, 1, ..."""
    plan: list[str] = []
    where = list(start)
    todo = [c for c in range(len(start)) if start[c] != goal[c]]

    def waiting_at(loc: int) -> list[int]:
        return [c for c in todo if where[c] == loc]

    def sail(to: int) -> None:
        nonlocal ferry
        plan.append(f"(sail loc{ferry} loc{to})")
        ferry = to

    while todo:
        here = waiting_at(ferry)
        if not here:
            counts: dict[int, int] = {}
            for c in todo:
                counts[where[c]] = counts.get(where[c], 0) + 1
            sail(max(sorted(counts), key=lambda loc: counts[loc]))
            continue
        car = min(here, key=lambda c: (not any(where[o] == goal[c] for o in todo if o != c), c))
        plan.append(f"(board car{car + 1} loc{ferry})")
        sail(goal[car])
        plan.append(f"(debark car{car + 1} loc{ferry})")
        where[car] = goal[car]
        todo.remove(car)
    return plan


def generate(rng: random.Random, *, name: str, cars: int, locations: int) -> tuple[str, list[str]]:
    """Random ferry position, car starts and (different) car destinations; greedy witness."""
    if locations < 2:
        raise GeneratorError(f"ferry: locations={locations}: need at least 2 locations so "
                             "that a car can have a destination other than its start")
    ferry = rng.randint(1, locations)
    start = [rng.randint(1, locations) for _ in range(cars)]
    goal = []
    for s in start:
        g = rng.randint(1, locations - 1)
        goal.append(g if g < s else g + 1)  # uniform over the other locations
    witness = _witness(ferry, start, goal)
    car_names = " ".join(f"car{i}" for i in range(1, cars + 1))
    loc_names = " ".join(f"loc{i}" for i in range(1, locations + 1))
    init = "\n".join(f"    (at car{i + 1} loc{s})" for i, s in enumerate(start))
    goals = "\n   ".join(f"(at car{i + 1} loc{g})" for i, g in enumerate(goal))
    text = (f";; cars={cars}, locations={locations}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain ferry)\n"
            f" (:objects \n"
            f"    {car_names} - car\n"
            f"    {loc_names} - location\n"
            f" )\n"
            f" (:init \n"
            f"    (empty-ferry)\n"
            f"    (at-ferry loc{ferry})\n"
            f"{init}\n"
            f")\n"
            f" (:goal  (and {goals})))\n")
    return text, witness
