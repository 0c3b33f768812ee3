"""Ferry generator: every car must move, the ferry starts empty, a greedy witness."""
import collections

import pytest

from iterdeploy.domains import DOMAINS, GeneratorError, generate, load_domain
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task, validate


def _parse(text):
    return parse_problem(text, load_domain("ferry"))


@pytest.mark.parametrize("cars,locations", [(1, 2), (3, 2), (5, 5), (20, 15), (60, 30)])
def test_every_car_moves_and_ferry_starts_empty(cars, locations):
    for seed in range(10):
        p = _parse(generate("ferry", seed, {"cars": cars, "locations": locations}).problem)
        start = {a[1]: a[2] for a in p.init if a[0] == "at"}
        goal = {a[1]: a[2] for a in p.goal_pos if a[0] == "at"}
        assert len(start) == len(goal) == cars and set(start) == set(goal)
        assert all(start[c] != goal[c] for c in start)
        assert ("empty-ferry",) in p.init
        assert sum(a[0] == "at-ferry" for a in p.init) == 1


def test_witness_is_optimal_on_small_tasks():
    d = load_domain("ferry")
    for cars, locations in ((1, 2), (2, 3), (3, 3)):
        for seed in range(5):
            t = generate("ferry", seed, {"cars": cars, "locations": locations})
            p = parse_problem(t.problem, d)
            assert validate(d, p, list(t.witness)).valid
            assert len(t.witness) == len(bfs(Task(d, p)))


def test_witness_boards_each_car_once():
    t = generate("ferry", 7, {"cars": 60, "locations": 30})
    boards = collections.Counter(s.split()[1] for s in t.witness if s.startswith("(board"))
    assert len(boards) == 60 and set(boards.values()) == {1}


def test_one_location_is_refused():
    assert DOMAINS["ferry"].knobs["locations"].low == 2
    with pytest.raises(GeneratorError, match="locations"):
        generate("ferry", 0, {"locations": 1})
