"""Sokoban generator: IPC grid conventions, reverse-played boxes, a searched witness."""

import pytest

from iterdeploy.domains import DOMAINS, GeneratorError, generate, load_domain
from iterdeploy.domains.sokoban import max_boxes
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task, validate

STEP = {"down": (1, 0), "up": (-1, 0), "right": (0, 1), "left": (0, -1)}


def _parse(text):
    return parse_problem(text, load_domain("sokoban"))


def _rc(loc):
    _, r, c = loc.split("_")
    return int(r), int(c)


@pytest.mark.parametrize("grid,boxes", [(5, 1), (5, 2), (6, 4), (7, 1), (9, 2), (13, 4),
                                        (25, 12)])
def test_grid_conventions(grid, boxes):
    d = load_domain("sokoban")
    for seed in range(4):
        t = generate("sokoban", seed, {"grid": grid, "boxes": boxes})
        p = _parse(t.problem)
        locs = {f"loc_{r}_{c}" for r in range(1, grid + 1) for c in range(1, grid + 1)}
        assert {o for o, ty in p.objects.items() if ty == "location"} == locs
        adjacent = {a[1:] for a in p.init if a[0] == "adjacent"}
        floor = {a[0] for a in adjacent} | {a[1] for a in adjacent}
        for a, b, direction in adjacent:  # both ways, the IPC direction names
            (r1, c1), (r2, c2) = _rc(a), _rc(b)
            assert (r2 - r1, c2 - c1) == STEP[direction]
            back = {"down": "up", "up": "down", "left": "right", "right": "left"}[direction]
            assert (b, a, back) in adjacent
        assert all(1 < r < grid and 1 < c < grid for r, c in map(_rc, floor))  # wall border
        box_at = {a[1]: a[2] for a in p.init if a[0] == "at"}
        assert len(box_at) == boxes and set(box_at.values()) <= floor
        (robot,) = [a[1] for a in p.init if a[0] == "at-robot"]
        assert robot in floor and robot not in box_at.values()
        # clear: every floor cell without a box, the robot's own cell included
        assert {a[1] for a in p.init if a[0] == "clear"} == floor - set(box_at.values())
        goal = {a[1]: a[2] for a in p.goal_pos if a[0] == "at"}
        assert set(goal) == set(box_at) and set(goal.values()) <= floor
        assert len(set(goal.values())) == boxes
        assert any(box_at[b] != goal[b] for b in goal)
        assert validate(d, p, list(t.witness)).valid


def test_witness_is_optimal_on_tiny_grids():
    d = load_domain("sokoban")
    for sizes in ({"grid": 5, "boxes": 1}, {"grid": 6, "boxes": 1}, {"grid": 6, "boxes": 2}):
        for seed in range(4):
            t = generate("sokoban", seed, sizes)
            assert len(t.witness) == len(bfs(Task(d, _parse(t.problem))))


def test_too_many_boxes_is_refused():
    assert max_boxes(5) == 2
    with pytest.raises(GeneratorError, match=r"boxes=3 is too many for grid=5"):
        generate("sokoban", 0, {"grid": 5, "boxes": 3})
    spec = DOMAINS["sokoban"]
    assert spec.knobs["boxes"].high <= max_boxes(spec.knobs["grid"].high)
    assert spec.knobs["boxes"].low <= max_boxes(spec.knobs["grid"].low)
