"""Childsnack generator: exact gluten-free portions, solvable by construction, optimal witness."""
import collections

import pytest

from iterdeploy.domains import GeneratorError, generate, load_domain
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import validate


def _parse(text):
    return parse_problem(text, load_domain("childsnack"))


def _count(p, pred):
    return sum(a[0] == pred for a in p.init)


CASES = [
    dict(children=1, allergic=0, trays=1, extra_sandwiches=0, tables=1),
    dict(children=1, allergic=1, trays=1, extra_sandwiches=0, tables=1),
    dict(children=5, allergic=5, trays=2, extra_sandwiches=3, tables=3),
    dict(children=10, allergic=6, trays=3, extra_sandwiches=5, tables=3),
    dict(children=60, allergic=30, trays=6, extra_sandwiches=20, tables=6),
]


@pytest.mark.parametrize("sizes", CASES)
def test_portions_and_children(sizes):
    n, k = sizes["children"], sizes["allergic"]
    for seed in range(10):
        t = generate("childsnack", seed, sizes)
        p = _parse(t.problem)
        types = collections.Counter(p.objects.values())
        assert types["sandwich"] == n + sizes["extra_sandwiches"]
        assert types["bread-portion"] == types["content-portion"] == types["child"] == n
        assert types["tray"] == sizes["trays"] and types["place"] == sizes["tables"]
        assert _count(p, "allergic_gluten") == _count(p, "no_gluten_bread") == k
        assert _count(p, "no_gluten_content") == k
        assert _count(p, "not_allergic_gluten") == n - k
        waiting = collections.Counter(a[1] for a in p.init if a[0] == "waiting")
        assert len(waiting) == n and set(waiting.values()) == {1}
        assert all(a[2] != "kitchen" for a in p.init if a[0] == "waiting")
        assert {a[1] for a in p.goal_pos} == {c for c, ty in p.objects.items() if ty == "child"}
        # optimal: one make, put and serve per child, one tray drive per table with children
        tables = {a[2] for a in p.init if a[0] == "waiting"}
        assert len(t.witness) == 3 * n + len(tables)
        assert validate(load_domain("childsnack"), p, list(t.witness)).valid


def test_more_allergic_than_children_is_refused():
    with pytest.raises(GeneratorError, match=r"allergic=4 exceeds children=3"):
        generate("childsnack", 0, {"children": 3, "allergic": 4})
