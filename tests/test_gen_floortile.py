"""Floortile generator: IPC grid and checkerboard goal, dead-end-free band-sweep witness."""

import pytest

from iterdeploy.domains import GeneratorError, generate, load_domain
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task, validate


def _parse(text):
    return parse_problem(text, load_domain("floortile"))


CASES = [(1, 1, 1), (1, 2, 2), (2, 2, 1), (3, 3, 3), (3, 10, 3), (5, 6, 3), (12, 12, 6),
         (12, 1, 1), (1, 12, 6)]


@pytest.mark.parametrize("rows,columns,robots", CASES)
def test_grid_goal_and_witness(rows, columns, robots):
    d = load_domain("floortile")
    sizes = {"rows": rows, "columns": columns, "robots": robots}
    tiles = {f"tile_{r}_{c}" for r in range(rows + 1) for c in range(1, columns + 1)}
    for seed in range(10):
        t = generate("floortile", seed, sizes)
        p = _parse(t.problem)
        assert {o for o, ty in p.objects.items() if ty == "tile"} == tiles
        at = [a[2] for a in p.init if a[0] == "robot-at"]
        assert len(at) == len(set(at)) == robots
        assert {a[1] for a in p.init if a[0] == "clear"} == tiles - set(at)
        assert sum(a[0] == "up" for a in p.init) == rows * columns
        assert sum(a[0] == "right" for a in p.init) == (rows + 1) * (columns - 1)
        goal = {a[1]: a[2] for a in p.goal_pos}
        assert goal == {f"tile_{r}_{c}": "white" if (r + c) % 2 == 0 else "black"
                        for r in range(1, rows + 1) for c in range(1, columns + 1)}
        assert validate(d, p, list(t.witness)).valid


def test_witness_is_optimal_for_one_robot_on_small_grids():
    d = load_domain("floortile")
    for rows, columns in ((1, 2), (2, 2), (1, 3)):
        for seed in range(4):
            t = generate("floortile", seed, {"rows": rows, "columns": columns, "robots": 1})
            p = parse_problem(t.problem, d)
            assert len(t.witness) == len(bfs(Task(d, p)))


def test_more_robots_than_columns_is_refused():
    with pytest.raises(GeneratorError, match=r"robots=3 exceeds columns=2"):
        generate("floortile", 0, {"rows": 2, "columns": 2, "robots": 3})
