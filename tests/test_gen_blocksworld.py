"""Blocksworld generator: full-configuration goals, uniform states, near-optimal witness."""
import collections

import pytest

from iterdeploy.domains import DOMAINS, GeneratorError, generate, load_domain
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task, validate


def _parse(task):
    return parse_problem(task.problem, load_domain("blocksworld"))


def _towers(atoms, blocks):
    """Set of towers (bottom-to-top tuples); asserts the atoms describe one configuration."""
    below = {}
    for a in atoms:
        if a[0] == "on":
            assert a[1] not in below
            below[a[1]] = a[2]
        elif a[0] == "on-table":
            assert a[1] not in below
            below[a[1]] = None
    assert set(below) == set(blocks), "every block's position is stated exactly once"
    tops = set(blocks) - {u for u in below.values() if u}
    assert {a[1] for a in atoms if a[0] == "clear"} == tops
    towers = set()
    for top in tops:
        tower, b = [], top
        while b is not None:
            tower.append(b)
            b = below[b]
            assert len(tower) <= len(blocks), "cycle"
        towers.add(tuple(reversed(tower)))
    assert sum(map(len, towers)) == len(blocks)
    return frozenset(towers)


@pytest.mark.parametrize("n", [2, 3, 7, 30])
def test_init_and_goal_are_full_different_configurations(n):
    for seed in range(10):
        p = _parse(generate("blocksworld", seed, {"blocks": n}))
        blocks = sorted(p.objects)
        assert len(blocks) == n
        assert ("arm-empty",) in p.init
        init = _towers([a for a in p.init if a != ("arm-empty",)], blocks)
        goal = _towers(p.goal_pos, blocks)
        assert init != goal


def test_states_cover_all_configurations_of_three_blocks():
    # 3 blocks have 13 configurations; uniform sampling hits each in 400 draws.
    seen = collections.Counter()
    for seed in range(400):
        p = _parse(generate("blocksworld", seed, {"blocks": 3}))
        seen[_towers([a for a in p.init if a != ("arm-empty",)], sorted(p.objects))] += 1
    assert len(seen) == 13
    assert min(seen.values()) > 10


def test_witness_is_optimal_on_small_tasks():
    d = load_domain("blocksworld")
    for n in (2, 3, 4):
        for seed in range(5):
            t = generate("blocksworld", seed, {"blocks": n})
            p = parse_problem(t.problem, d)
            assert validate(d, p, list(t.witness)).valid
            assert len(t.witness) == len(bfs(Task(d, p)))


def test_witness_at_most_two_moves_per_block():
    d = load_domain("blocksworld")
    t = generate("blocksworld", 3, {"blocks": 100})
    assert validate(d, parse_problem(t.problem, d), list(t.witness)).valid
    assert len(t.witness) <= 4 * 100


def test_knob_range_reaches_below_ipc():
    assert DOMAINS["blocksworld"].knobs["blocks"].low == 2
    with pytest.raises(GeneratorError, match="blocks"):
        generate("blocksworld", 0, {"blocks": 1})
