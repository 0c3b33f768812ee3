"""Transport generator: connected two-way roads, a capacity chain, a greedy witness."""

import pytest

from iterdeploy.domains import DOMAINS, GeneratorError, generate, load_domain
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import validate


def _parse(text):
    return parse_problem(text, load_domain("transport"))


def _connected(nodes, edges):
    seen, todo = {nodes[0]}, [nodes[0]]
    while todo:
        x = todo.pop()
        for a, b in edges:
            if a == x and b not in seen:
                seen.add(b)
                todo.append(b)
    return seen == set(nodes)


@pytest.mark.parametrize("vehicles,packages,locations,capacity",
                         [(1, 1, 2, 1), (1, 2, 3, 2), (3, 5, 6, 2), (7, 17, 17, 3),
                          (30, 60, 60, 4)])
def test_roads_capacities_and_goals(vehicles, packages, locations, capacity):
    d = load_domain("transport")
    locs = [f"l{i}" for i in range(1, locations + 1)]
    for seed in range(5):
        t = generate("transport", seed, {"vehicles": vehicles, "packages": packages,
                                          "locations": locations, "capacity": capacity})
        p = _parse(t.problem)
        roads = {a[1:] for a in p.init if a[0] == "road"}
        assert all((b, a) in roads for a, b in roads) and all(a != b for a, b in roads)
        assert _connected(locs, roads)
        assert {a[1:] for a in p.init if a[0] == "capacity-predecessor"} == {
            (f"c{k - 1}", f"c{k}") for k in range(1, capacity + 1)}
        caps = {a[1]: int(a[2][1:]) for a in p.init if a[0] == "capacity"}
        assert len(caps) == vehicles and all(1 <= c <= capacity for c in caps.values())
        at = {a[1]: a[2] for a in p.init if a[0] == "at"}
        goal = {a[1]: a[2] for a in p.goal_pos}
        assert len(goal) == packages and all(at[q] != goal[q] for q in goal)
        assert validate(d, p, list(t.witness)).valid


def test_one_location_is_refused():
    assert DOMAINS["transport"].knobs["locations"].low == 2
    with pytest.raises(GeneratorError, match="locations"):
        generate("transport", 0, {"locations": 1})
