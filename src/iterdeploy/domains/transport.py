"""Transport task generator (IPC 2023 Learning Track domain: trucks with capacities on roads).

As in the IPC generator: locations l1..lN joined by two-way roads into one connected network,
vehicles v1.. and packages p1.. at random locations, sizes c0..cK chained by
`capacity-predecessor`, and every vehicle starting empty with a random capacity c1..cK. Every
package must reach a random location other than its start. The network here is a random
spanning tree plus a random number of extra roads, so every location reaches every other.

Witness: trip by trip, the vehicle and package with the shortest empty-drive plus
loaded-drive distance are chosen; the vehicle drives (shortest path) to the package, loads it
together with any other waiting packages there that share its destination (up to its
capacity), drives to the destination and unloads them all. Pickups and drops are exactly one
per package; only the driving (no multi-stop tours, no relays between vehicles) can exceed an
optimal plan.
"""
from __future__ import annotations

import random
from collections import deque

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "vehicles": Knob(1, 1, 30, "number of vehicles"),
    "packages": Knob(2, 1, 60, "number of packages"),
    "locations": Knob(3, 2, 60, "number of locations"),
    "capacity": Knob(2, 1, 4, "maximum vehicle capacity (sizes c0..cK)"),
}
SIZE_KNOB = "packages"
IPC_TRAINING_EASY = [{"vehicles": 1, "packages": 1, "locations": 2, "capacity": 1},
                     {"vehicles": 7, "packages": 17, "locations": 17, "capacity": 3}]


def _roads(rng: random.Random, n: int) -> list[tuple[int, int]]:
    """Undirected edges (a < b) of a random connected graph on 1..n."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = set()
    for i in range(1, n):
        a, b = order[i], order[rng.randrange(i)]
        edges.add((min(a, b), max(a, b)))
    others = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1) if (a, b) not in edges]
    edges.update(rng.sample(others, rng.randint(0, min(len(others), n))))
    return sorted(edges)


def _paths(n: int, edges: list[tuple[int, int]]) -> list[list[list[int]]]:
    """paths[a][b] = shortest location sequence from a to b (1-based; index 0 unused)."""
    adj: dict[int, list[int]] = {i: [] for i in range(1, n + 1)}
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    paths: list[list[list[int]]] = [[]]
    for src in range(1, n + 1):
        parent = {src: 0}
        queue = deque([src])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if y not in parent:
                    parent[y] = x
                    queue.append(y)
        row: list[list[int]] = [[]]
        for dst in range(1, n + 1):
            seq = [dst]
            while seq[-1] != src:
                seq.append(parent[seq[-1]])
            row.append(seq[::-1])
        paths.append(row)
    return paths


def _witness(paths, vloc: list[int], vcap: list[int], start: list[int],
             goal: list[int]) -> list[str]:
    """Greedy trips; vehicles and packages are 0-based here, locations 1-based."""
    plan: list[str] = []
    vloc = list(vloc)
    todo = [p for p in range(len(start))]

    def drive(v: int, to: int) -> None:
        seq = paths[vloc[v]][to]
        plan.extend(f"(drive v{v + 1} l{a} l{b})" for a, b in zip(seq, seq[1:]))
        vloc[v] = to

    def cost(vp: tuple[int, int]) -> tuple[int, int, int]:
        v, p = vp
        return (len(paths[vloc[v]][start[p]]) + len(paths[start[p]][goal[p]]), p, v)

    while todo:
        v, p = min(((v, p) for p in todo for v in range(len(vloc))), key=cost)
        drive(v, start[p])
        load = [q for q in todo if start[q] == start[p] and goal[q] == goal[p]][:vcap[v]]
        cap = vcap[v]
        for q in load:
            plan.append(f"(pick-up v{v + 1} l{vloc[v]} p{q + 1} c{cap - 1} c{cap})")
            cap -= 1
        drive(v, goal[p])
        for q in load:
            plan.append(f"(drop v{v + 1} l{vloc[v]} p{q + 1} c{cap} c{cap + 1})")
            cap += 1
            todo.remove(q)
    return plan


def generate(rng: random.Random, *, name: str, vehicles: int, packages: int, locations: int,
             capacity: int) -> tuple[str, list[str]]:
    """Random connected road network, positions, capacities and destinations; greedy witness."""
    if locations < 2:
        raise GeneratorError(f"transport: locations={locations}: need at least 2 locations so "
                             "that a package can have a destination other than its start")
    edges = _roads(rng, locations)
    vcap = [rng.randint(1, capacity) for _ in range(vehicles)]
    vloc = [rng.randint(1, locations) for _ in range(vehicles)]
    start = [rng.randint(1, locations) for _ in range(packages)]
    goal = []
    for s in start:
        g = rng.randint(1, locations - 1)
        goal.append(g if g < s else g + 1)  # uniform over the other locations
    witness = _witness(_paths(locations, edges), vloc, vcap, start, goal)
    nl = "\n    "
    init = [f"(capacity v{v} c{c})" for v, c in enumerate(vcap, start=1)]
    init += [f"(capacity-predecessor c{k - 1} c{k})" for k in range(1, capacity + 1)]
    init += [f"(at p{p} l{s})" for p, s in enumerate(start, start=1)]
    init += [f"(at v{v} l{x})" for v, x in enumerate(vloc, start=1)]
    for a, b in edges:
        init += [f"(road l{a} l{b})", f"(road l{b} l{a})"]
    goals = nl.join(f"(at p{p} l{g})" for p, g in enumerate(goal, start=1))
    text = (f";; vehicles={vehicles}, packages={packages}, locations={locations}, "
            f"capacity={capacity}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain transport)\n"
            f" (:objects {nl}"
            + " ".join(f"v{v}" for v in range(1, vehicles + 1)) + f" - vehicle{nl}"
            + " ".join(f"p{p}" for p in range(1, packages + 1)) + f" - package{nl}"
            + " ".join(f"l{x}" for x in range(1, locations + 1)) + f" - location{nl}"
            + " ".join(f"c{k}" for k in range(capacity + 1)) + " - size\n    )\n"
            f" (:init {nl}{nl.join(init)}\n    )\n"
            f" (:goal  (and {nl}{goals})))\n")
    return text, witness
