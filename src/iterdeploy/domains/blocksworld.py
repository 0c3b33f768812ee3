"""Blocksworld task generator (IPC 2023 Learning Track domain, 4 operators, one arm).

Initial state and goal are drawn uniformly among all configurations of the blocks (the IPC
generator uses Slaney & Thiebaux's uniform `bwstates`; we sample exactly the same
distribution with our own method, see `_random_towers`). The goal, as in the IPC files,
fixes the whole configuration: `clear`, `on` and `on-table` for every block.

Witness: the classic "well-placed first" greedy (Gupta & Nau's GN1 / Slaney & Thiebaux's
US): move a clear block straight onto its final place when that place is ready, otherwise
put some misplaced clear block on the table. Every block moves at most twice, so the plan
is at most twice as long as an optimal one (and usually within a few percent of it).
"""
from __future__ import annotations

import math
import random

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "blocks": Knob(4, 2, 500, "number of blocks"),
}
SIZE_KNOB = "blocks"
IPC_TRAINING_EASY = [{"blocks": 5}, {"blocks": 29}]

Towers = list[list[str]]  # each tower bottom to top
TABLE = None


def _random_towers(rng: random.Random, blocks: list[str]) -> Towers:
    """A configuration drawn uniformly among all arrangements of `blocks` into towers.

    A configuration is a set of k non-empty ordered towers. There are
    L(n, k) = C(n-1, k-1) * n! / k! of them with k towers (Lah numbers), and each one arises
    from exactly k! pairs (permutation of the blocks, k-1 cut points among n-1 gaps). So
    choosing k with weight L(n, k), then a uniform permutation and uniform cuts, is uniform.
    """
    n = len(blocks)
    weights = [math.comb(n - 1, k - 1) * math.factorial(n) // math.factorial(k)
               for k in range(1, n + 1)]
    pick = rng.randrange(sum(weights))
    k = 1
    for k, w in enumerate(weights, start=1):
        if pick < w:
            break
        pick -= w
    order = list(blocks)
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, n), k - 1))
    bounds = [0, *cuts, n]
    return [order[a:b] for a, b in zip(bounds, bounds[1:])]


def _below(towers: Towers) -> dict[str, str | None]:
    """Block -> the block it stands on (None for the table)."""
    out: dict[str, str | None] = {}
    for tower in towers:
        for i, b in enumerate(tower):
            out[b] = tower[i - 1] if i else TABLE
    return out


def _atoms(towers: Towers) -> list[str]:
    """State atoms tower by tower, top to bottom, as the IPC files list them."""
    out = []
    for tower in towers:
        out.append(f"(clear {tower[-1]})")
        for i in range(len(tower) - 1, 0, -1):
            out.append(f"(on {tower[i]} {tower[i - 1]})")
        out.append(f"(on-table {tower[0]})")
    return out


def _witness(blocks: list[str], init: Towers, goal: Towers) -> list[str]:
    """Greedy plan (at most 2x optimal): direct moves to final places first, else to table."""
    below = _below(init)
    goal_below = _below(goal)
    above: dict[str, str | None] = {b: None for b in blocks}
    for b, u in below.items():
        if u is not TABLE:
            above[u] = b
    plan: list[str] = []

    def well_placed() -> dict[str, bool]:
        ok: dict[str, bool] = {}

        def visit(b: str) -> bool:
            if b not in ok:
                u = below[b]
                ok[b] = u == goal_below[b] and (u is TABLE or visit(u))
            return ok[b]

        for b in blocks:
            visit(b)
        return ok

    def move(b: str, dest: str | None) -> None:
        u = below[b]
        plan.append(f"(pickup {b})" if u is TABLE else f"(unstack {b} {u})")
        if u is not TABLE:
            above[u] = None
        plan.append(f"(putdown {b})" if dest is TABLE else f"(stack {b} {dest})")
        if dest is not TABLE:
            above[dest] = b
        below[b] = dest

    while True:
        ok = well_placed()
        if all(ok.values()):
            return plan
        clear = [b for b in blocks if above[b] is None and not ok[b]]
        direct = [b for b in clear if goal_below[b] is TABLE
                  or (above[goal_below[b]] is None and ok[goal_below[b]])]
        if direct:
            move(direct[0], goal_below[direct[0]])
            continue
        # No block can go home: unblock one. Prefer a block sitting on a block that some
        # other block must be stacked on, then any misplaced block off the table.
        movable = [b for b in clear if below[b] is not TABLE]
        wanted = set(u for u in goal_below.values() if u is not TABLE)
        movable.sort(key=lambda b: (below[b] not in wanted, blocks.index(b)))
        move(movable[0], TABLE)


def generate(rng: random.Random, *, name: str, blocks: int) -> tuple[str, list[str]]:
    """A uniform random start and goal configuration (different), and a greedy witness."""
    if blocks < 2:
        raise GeneratorError(f"blocksworld: blocks={blocks}: need at least 2 blocks for a "
                             "goal that differs from the start")
    names = [f"b{i}" for i in range(1, blocks + 1)]
    init = _random_towers(rng, names)
    while True:
        goal = _random_towers(rng, names)
        if sorted(map(tuple, goal)) != sorted(map(tuple, init)):
            break
    witness = _witness(names, init, goal)
    nl = "\n    "
    text = (f";; blocks={blocks}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain blocksworld)\n"
            f" (:objects {' '.join(names)} - object)\n"
            f" (:init {nl}(arm-empty){nl}{nl.join(_atoms(init))})\n"
            f" (:goal  (and {nl}{nl.join(_atoms(goal))})))\n")
    return text, witness
