"""Rovers task generator (IPC 2023 Learning Track domain: Mars rovers sampling and imaging).

As in the IPC generator: one lander (general) at a random waypoint, rovers rover1.. each with
one store (rover1store..) and a random non-empty set of soil, rock and imaging equipment,
cameras on imaging rovers supporting a random non-empty set of the modes colour, high_res and
low_res with a random objective as calibration target, every objective visible from a random
non-empty set of waypoints, soil and rock samples at random waypoints. The goal asks for a
random non-empty set of soil, rock and image data (only data that some rover can gather) to be
communicated to the lander.

Solvable by construction: `visible` is a random connected symmetric graph on the waypoints and
every rover's `can_traverse` is a random spanning tree of it plus random extra visible links,
so every rover can reach every waypoint, including one that sees the lander.

Witness: every goal goes to the rover that reaches it soonest; each rover then does its jobs
nearest first (drop a full store, sample; or calibrate at the nearest spot that sees the
camera's target, then image at the nearest spot that sees the objective), drives to the
nearest waypoint that sees the lander and sends all its data. Sampling, calibrating, imaging
and sending are each needed once per goal; driving and the drops can exceed an optimal plan.
"""
from __future__ import annotations

import random
from collections import deque

from iterdeploy.domains import Knob

KNOBS = {
    "rovers": Knob(1, 1, 10, "number of rovers"),
    "waypoints": Knob(3, 2, 40, "number of waypoints"),
    "cameras": Knob(1, 1, 15, "number of cameras (on imaging rovers)"),
    "objectives": Knob(1, 1, 25, "number of objectives"),
}
SIZE_KNOB = "rovers"
IPC_TRAINING_EASY = [{"rovers": 1, "waypoints": 2, "cameras": 1, "objectives": 1},
                     {"rovers": 4, "waypoints": 10, "cameras": 4, "objectives": 10}]
MODES = ("colour", "high_res", "low_res")


def _spanning_tree(rng: random.Random, n: int, edges: list[tuple[int, int]]) -> set:
    """A random spanning tree of a connected graph on 0..n-1 (random-order Kruskal)."""
    root = list(range(n))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    tree = set()
    for a, b in rng.sample(edges, len(edges)):
        ra, rb = find(a), find(b)
        if ra != rb:
            root[ra] = rb
            tree.add((a, b))
    return tree


def _bfs(adj: list[list[int]], src: int) -> dict[int, int]:
    parent = {src: src}
    queue = deque([src])
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            if y not in parent:
                parent[y] = x
                queue.append(y)
    return parent


class _Nav:
    """Shortest drives of one rover on its own traversal graph."""

    def __init__(self, n: int, links: list[tuple[int, int]]):
        adj: list[list[int]] = [[] for _ in range(n)]
        for a, b in links:
            adj[a].append(b)
            adj[b].append(a)
        self.parents = [_bfs(adj, s) for s in range(n)]

    def path(self, a: int, b: int) -> list[int]:
        """Waypoints after a, up to and including b."""
        parent = self.parents[a]
        seq = [b]
        while seq[-1] != a:
            seq.append(parent[seq[-1]])
        return seq[::-1][1:]

    def dist(self, a: int, b: int) -> int:
        return len(self.path(a, b))

    def nearest(self, a: int, targets: list[int]) -> int:
        return min(targets, key=lambda t: (self.dist(a, t), t))


def generate(rng: random.Random, *, name: str, rovers: int, waypoints: int, cameras: int,
             objectives: int) -> tuple[str, list[str]]:
    """Random connected rover world with reachable goals; greedy per-rover witness."""
    n = waypoints
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
    visible = _spanning_tree(rng, n, pairs)
    dense = rng.uniform(0.2, 0.7)
    visible |= {e for e in pairs if e not in visible and rng.random() < dense}
    visible_list = sorted(visible)
    traverse = []
    for _ in range(rovers):
        links = _spanning_tree(rng, n, visible_list)
        extra = rng.uniform(0.0, 0.5)
        links |= {e for e in visible_list if e not in links and rng.random() < extra}
        traverse.append(sorted(links))
    lander = rng.randrange(n)
    start = [rng.randrange(n) for _ in range(rovers)]
    equip = []
    for _ in range(rovers):
        kit = [rng.random() < 0.5 for _ in range(3)]  # soil, rock, imaging
        if not any(kit):
            kit[rng.randrange(3)] = True
        equip.append(kit)
    imagers = [r for r in range(rovers) if equip[r][2]]
    if not imagers:
        r = rng.randrange(rovers)
        equip[r][2] = True
        imagers = [r]
    cam_rover = [rng.choice(imagers) for _ in range(cameras)]
    cam_modes = [sorted(rng.sample(range(3), rng.randint(1, 3))) for _ in range(cameras)]
    cam_target = [rng.randrange(objectives) for _ in range(cameras)]
    seen_from = [sorted(rng.sample(range(n), rng.randint(1, n))) for _ in range(objectives)]
    soil = [w for w in range(n) if rng.random() < 0.5]
    rock = [w for w in range(n) if rng.random() < 0.5]

    candidates = []
    if any(e[0] for e in equip):
        candidates += [("soil", w) for w in soil]
    if any(e[1] for e in equip):
        candidates += [("rock", w) for w in rock]
    usable = sorted({m for ms in cam_modes for m in ms})
    candidates += [("image", (o, m)) for o in range(objectives) for m in usable]
    few, many = max(1, (len(candidates) + 3) // 4), max(1, (len(candidates) + 1) // 2)
    goals = rng.sample(candidates, rng.randint(few, many))  # a quarter to a half of them
    goals.sort(key=lambda g: ({"soil": 0, "rock": 1, "image": 2}[g[0]], g[1]))

    witness = _witness(n, traverse, visible_list, lander, start, equip, cam_rover, cam_modes,
                       cam_target, seen_from, goals)

    nl = "\n    "
    W = [f"waypoint{w + 1}" for w in range(n)]
    init = [f"(at_lander general {W[lander]})"]
    init += [f"(at rover{r + 1} {W[w]})" for r, w in enumerate(start)]
    for kind, k in (("soil_analysis", 0), ("rock_analysis", 1), ("imaging", 2)):
        init += [f"(equipped_for_{kind} rover{r + 1})" for r in range(rovers) if equip[r][k]]
    init += [f"(empty rover{r}store)" for r in range(1, rovers + 1)]
    init += [f"(store_of rover{r}store rover{r})" for r in range(1, rovers + 1)]
    init += [f"(at_rock_sample {W[w]})" for w in rock]
    init += [f"(at_soil_sample {W[w]})" for w in soil]
    for a, b in visible_list:
        init += [f"(visible {W[a]} {W[b]})", f"(visible {W[b]} {W[a]})"]
    for r, links in enumerate(traverse, start=1):
        for a, b in links:
            init += [f"(can_traverse rover{r} {W[a]} {W[b]})",
                     f"(can_traverse rover{r} {W[b]} {W[a]})"]
    for c in range(cameras):
        init += [f"(calibration_target camera{c + 1} objective{cam_target[c] + 1})",
                 f"(on_board camera{c + 1} rover{cam_rover[c] + 1})"]
        init += [f"(supports camera{c + 1} {MODES[m]})" for m in cam_modes[c]]
    init += [f"(visible_from objective{o + 1} {W[w]})"
             for o in range(objectives) for w in seen_from[o]]
    goal_atoms = []
    for kind, what in goals:
        if kind == "image":
            goal_atoms.append(f"(communicated_image_data objective{what[0] + 1} "
                              f"{MODES[what[1]]})")
        else:
            goal_atoms.append(f"(communicated_{kind}_data {W[what]})")
    text = (f";; rovers={rovers}, waypoints={waypoints}, cameras={cameras}, "
            f"objectives={objectives}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain rover)\n"
            f" (:objects {nl}general - lander{nl}"
            + " ".join(MODES) + f" - mode{nl}"
            + " ".join(f"rover{r}" for r in range(1, rovers + 1)) + f" - rover{nl}"
            + " ".join(f"rover{r}store" for r in range(1, rovers + 1)) + f" - store{nl}"
            + " ".join(W) + f" - waypoint{nl}"
            + " ".join(f"camera{c}" for c in range(1, cameras + 1)) + f" - camera{nl}"
            + " ".join(f"objective{o}" for o in range(1, objectives + 1)) + " - objective)\n"
            f" (:init {nl}{nl.join(init)})\n"
            f" (:goal  (and {nl}{nl.join(goal_atoms)})))\n")
    return text, witness


def _witness(n, traverse, visible_list, lander, start, equip, cam_rover, cam_modes,
             cam_target, seen_from, goals) -> list[str]:
    """Goals shared out to rovers; each rover works nearest first, then reports everything."""
    navs = [_Nav(n, links) for links in traverse]
    rovers = len(start)
    talk = sorted({a for a, b in visible_list if b == lander}
                  | {b for a, b in visible_list if a == lander})
    jobs: list[list] = [[] for _ in range(rovers)]
    for kind, what in goals:
        if kind == "image":
            o, m = what
            options = []
            for c, r in enumerate(cam_rover):
                if m in cam_modes[c]:
                    spot = navs[r].nearest(start[r], seen_from[cam_target[c]])
                    options.append((navs[r].dist(start[r], spot), r, c))
            _d, r, c = min(options)
            jobs[r].append(("image", what, c))
        else:
            k = 0 if kind == "soil" else 1
            _d, r = min((navs[r].dist(start[r], what), r) for r in range(rovers) if equip[r][k])
            jobs[r].append((kind, what, None))
    plan: list[str] = []
    for r in range(rovers):
        if jobs[r]:
            plan += _rover_plan(r, navs[r], start[r], jobs[r], talk, lander, cam_target,
                                seen_from)
    return plan


def _rover_plan(r: int, nav: _Nav, here: int, jobs: list, talk: list[int], lander: int,
                cam_target: list[int], seen_from: list[list[int]]) -> list[str]:
    """One rover's jobs, nearest first, then one stop to send all its data."""
    plan: list[str] = []
    rov, store = f"rover{r + 1}", f"rover{r + 1}store"
    W = [f"waypoint{w + 1}" for w in range(len(nav.parents))]
    full = False

    def drive(to: int) -> None:
        nonlocal here
        for w in nav.path(here, to):
            plan.append(f"(navigate {rov} {W[here]} {W[w]})")
            here = w

    def first_stop(job) -> int:
        kind, what, c = job
        return what if kind != "image" else nav.nearest(here, seen_from[cam_target[c]])

    todo, done = list(jobs), []
    while todo:
        job = min(todo, key=lambda j: (nav.dist(here, first_stop(j)), todo.index(j)))
        todo.remove(job)
        kind, what, c = job
        if kind == "image":
            o, m = what
            spots = seen_from[o]
            cal = min(seen_from[cam_target[c]],
                      key=lambda w: (nav.dist(here, w) + nav.dist(w, nav.nearest(w, spots)), w))
            drive(cal)
            plan.append(f"(calibrate {rov} camera{c + 1} objective{cam_target[c] + 1} "
                        f"{W[here]})")
            drive(nav.nearest(here, spots))
            plan.append(f"(take_image {rov} {W[here]} objective{o + 1} camera{c + 1} "
                        f"{MODES[m]})")
        else:
            if full:
                plan.append(f"(drop {rov} {store})")
            drive(what)
            plan.append(f"(sample_{kind} {rov} {store} {W[here]})")
            full = True
        done.append(job)
    drive(nav.nearest(here, talk))
    for kind, what, _c in done:
        if kind == "image":
            o, m = what
            plan.append(f"(communicate_image_data {rov} general objective{o + 1} {MODES[m]} "
                        f"{W[here]} {W[lander]})")
        else:
            plan.append(f"(communicate_{kind}_data {rov} general {W[what]} {W[here]} "
                        f"{W[lander]})")
    return plan
