"""Miconic generator: a lift over totally ordered floors, passengers who must travel."""

import pytest

from iterdeploy.domains import DOMAINS, GeneratorError, generate, load_domain
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task, validate


def _parse(text):
    return parse_problem(text, load_domain("miconic"))


@pytest.mark.parametrize("passengers,floors", [(1, 2), (4, 2), (3, 7), (10, 20), (60, 60)])
def test_structure(passengers, floors):
    for seed in range(10):
        p = _parse(generate("miconic", seed, {"passengers": passengers, "floors": floors}).problem)
        origin = {a[1]: a[2] for a in p.init if a[0] == "origin"}
        destin = {a[1]: a[2] for a in p.init if a[0] == "destin"}
        assert len(origin) == len(destin) == passengers
        assert all(origin[q] != destin[q] for q in origin)
        assert {a[1] for a in p.goal_pos if a[0] == "served"} == set(origin)
        assert sum(a[0] == "lift-at" for a in p.init) == 1
        above = {a[1:] for a in p.init if a[0] == "above"}
        assert above == {(f"f{i}", f"f{j}") for i in range(1, floors + 1)
                         for j in range(i + 1, floors + 1)}


def test_witness_is_valid_and_near_optimal_on_small_tasks():
    d = load_domain("miconic")
    total = optimal = 0
    for passengers, floors in ((1, 2), (2, 3), (3, 4)):
        for seed in range(5):
            t = generate("miconic", seed, {"passengers": passengers, "floors": floors})
            p = parse_problem(t.problem, d)
            assert validate(d, p, list(t.witness)).valid
            total += len(t.witness)
            optimal += len(bfs(Task(d, p)))
    assert total <= 1.1 * optimal


def test_one_floor_is_refused():
    assert DOMAINS["miconic"].knobs["floors"].low == 2
    with pytest.raises(GeneratorError, match="floors"):
        generate("miconic", 0, {"floors": 1})
