"""Satellite task generator (IPC 2023 Learning Track domain: satellites imaging directions).

As in the IPC generator: satellites sat1.. each carry at least one of the instruments ins1..
(the rest are placed at random), every instrument supports a random non-empty set of the modes
mod1.. and has a random calibration target among the directions dir1..; every satellite points
at a random direction with its power available. The goal asks for a random non-empty set of
images (direction, mode) over modes some instrument supports, and for some satellites to end
pointing at a random direction.

Witness: images are shared out by a greedy set cover (the instrument that can take the most
remaining images first). Each satellite then, instrument by instrument, switches it on
(switching the previous one off; first the one whose calibration target it points at), turns
to its calibration target, calibrates, takes its images direction by direction (several modes
at one direction without turning; its goal direction last), and finally turns to its goal
direction. Measured against breadth-first optimal plans on small tasks: equal in most, about
7 % longer on average with two satellites (an optimal plan shares images out between
satellites so as to save turns).
"""
from __future__ import annotations

import random

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "satellites": Knob(1, 1, 40, "number of satellites"),
    "instruments": Knob(1, 1, 80, "number of instruments (at least one per satellite)"),
    "modes": Knob(1, 1, 5, "number of observation modes"),
    "directions": Knob(3, 1, 50, "number of directions"),
}
SIZE_KNOB = "satellites"
IPC_TRAINING_EASY = [{"satellites": 1, "instruments": 1, "modes": 1, "directions": 2},
                     {"satellites": 10, "instruments": 20, "modes": 3, "directions": 10}]


def _cover(images: list[tuple[int, int]], supports: list[set[int]]) -> dict[int, list]:
    """instrument -> the images it takes (greedy set cover; instruments 0-based)."""
    left = list(images)
    out: dict[int, list] = {}
    while left:
        best = max(range(len(supports)),
                   key=lambda i: (sum(m in supports[i] for _d, m in left), -i))
        out[best] = [im for im in left if im[1] in supports[best]]
        left = [im for im in left if im[1] not in supports[best]]
    return out


def _witness(pointing: list[int], on_board: list[int], supports: list[set[int]],
             target: list[int], images: list[tuple[int, int]],
             point_goal: dict[int, int]) -> list[str]:
    cover = _cover(images, supports)
    plan: list[str] = []
    for s in range(len(pointing)):
        mine = [i for i in sorted(cover) if on_board[i] == s]
        plan += _satellite_plan(s, pointing[s], mine, cover, target, point_goal.get(s))
    return plan


def _satellite_plan(s: int, here: int, mine: list[int], cover: dict[int, list],
                    target: list[int], end: int | None) -> list[str]:
    """One satellite: its instruments one after another, then its goal direction."""
    plan: list[str] = []
    sat = f"sat{s + 1}"

    def turn(d: int) -> None:
        nonlocal here
        if d != here:
            plan.append(f"(turn_to {sat} dir{d} dir{here})")
            here = d

    mine = sorted(mine, key=lambda i: target[i] != here)  # first: calibrate where it points
    for k, i in enumerate(mine):
        if k:
            plan.append(f"(switch_off ins{mine[k - 1] + 1} {sat})")
        plan.append(f"(switch_on ins{i + 1} {sat})")
        turn(target[i])
        plan.append(f"(calibrate {sat} ins{i + 1} dir{target[i]})")
        last = k == len(mine) - 1
        # where it points first, the goal direction last, so that fewer turns are needed
        order = sorted(cover[i], key=lambda im: (
            0 if im[0] == here else 2 if last and im[0] == end else 1, im))
        for d, m in order:
            turn(d)
            plan.append(f"(take_image {sat} dir{d} ins{i + 1} mod{m})")
    if end is not None:
        turn(end)
    return plan


def generate(rng: random.Random, *, name: str, satellites: int, instruments: int, modes: int,
             directions: int) -> tuple[str, list[str]]:
    """Random instruments, modes, targets, pointings and goals; set-cover witness."""
    if instruments < satellites:
        raise GeneratorError(f"satellite: instruments={instruments} < satellites={satellites}: "
                             "every satellite carries at least one instrument")
    on_board = list(range(satellites)) + [rng.randrange(satellites)
                                          for _ in range(instruments - satellites)]
    rng.shuffle(on_board)
    supports = [set(rng.sample(range(1, modes + 1), rng.randint(1, modes)))
                for _ in range(instruments)]
    target = [rng.randint(1, directions) for _ in range(instruments)]
    pointing = [rng.randint(1, directions) for _ in range(satellites)]
    usable = sorted(set().union(*supports))
    candidates = [(d, m) for d in range(1, directions + 1) for m in usable]
    images = sorted(rng.sample(candidates, rng.randint(max(1, len(candidates) // 4),
                                                       len(candidates))))
    rng.shuffle(images)
    point_goal = {s: rng.randint(1, directions) for s in range(satellites) if rng.random() < 0.5}
    witness = _witness(pointing, on_board, supports, target, images, point_goal)
    nl = "\n    "
    init = [f"(pointing sat{s + 1} dir{d})" for s, d in enumerate(pointing)]
    init += [f"(power_avail sat{s})" for s in range(1, satellites + 1)]
    init += [f"(calibration_target ins{i + 1} dir{d})" for i, d in enumerate(target)]
    init += [f"(on_board ins{i + 1} sat{s + 1})" for i, s in enumerate(on_board)]
    init += [f"(supports ins{i + 1} mod{m})" for i, ms in enumerate(supports) for m in sorted(ms)]
    goals = [f"(pointing sat{s + 1} dir{d})" for s, d in sorted(point_goal.items())]
    goals += [f"(have_image dir{d} mod{m})" for d, m in images]
    text = (f";; satellites={satellites}, instruments={instruments}, modes={modes}, "
            f"directions={directions}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain satellite)\n"
            f" (:objects {nl}"
            + " ".join(f"sat{s}" for s in range(1, satellites + 1)) + f" - satellite{nl}"
            + " ".join(f"ins{i}" for i in range(1, instruments + 1)) + f" - instrument{nl}"
            + " ".join(f"mod{m}" for m in range(1, modes + 1)) + f" - mode{nl}"
            + " ".join(f"dir{d}" for d in range(1, directions + 1)) + " - direction\n    )\n"
            f" (:init {nl}{nl.join(init)})\n"
            f" (:goal  (and {nl.join(goals)})))\n")
    return text, witness
