"""Spanner generator: one-way shed-to-gate path, spanners on it, an optimal witness."""

import pytest

from iterdeploy.domains import GeneratorError, generate, load_domain
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task, validate


def _parse(text):
    return parse_problem(text, load_domain("spanner"))


@pytest.mark.parametrize("spanners,nuts,locations", [(1, 1, 1), (2, 1, 3), (5, 5, 2),
                                                     (10, 5, 10), (100, 50, 100)])
def test_path_spanners_and_nuts(spanners, nuts, locations):
    d = load_domain("spanner")
    path = ["shed", *(f"location{i}" for i in range(1, locations + 1)), "gate"]
    for seed in range(5):
        t = generate("spanner", seed, {"spanners": spanners, "nuts": nuts,
                                        "locations": locations})
        p = _parse(t.problem)
        assert {a[1:] for a in p.init if a[0] == "link"} == set(zip(path, path[1:]))
        at = {a[1]: a[2] for a in p.init if a[0] == "at"}
        assert at["bob"] == "shed"
        assert all(at[f"spanner{s}"] in path[1:-1] for s in range(1, spanners + 1))
        assert all(at[f"nut{n}"] == "gate" for n in range(1, nuts + 1))
        assert sum(a[0] == "usable" for a in p.init) == spanners
        assert sum(a[0] == "loose" for a in p.init) == nuts
        assert sorted(p.goal_pos) == sorted(("tightened", f"nut{n}") for n in range(1, nuts + 1))
        assert validate(d, p, list(t.witness)).valid
        assert len(t.witness) == (locations + 1) + 2 * nuts  # every walk, pickup, tightening


def test_witness_is_optimal_on_small_tasks():
    d = load_domain("spanner")
    for sizes in ({"spanners": 2, "nuts": 1, "locations": 2},
                  {"spanners": 3, "nuts": 2, "locations": 3}):
        for seed in range(4):
            t = generate("spanner", seed, sizes)
            assert len(t.witness) == len(bfs(Task(d, _parse(t.problem))))


def test_more_nuts_than_spanners_is_refused():
    with pytest.raises(GeneratorError, match=r"nuts=3 > spanners=2"):
        generate("spanner", 0, {"spanners": 2, "nuts": 3})
