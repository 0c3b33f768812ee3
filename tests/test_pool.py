"""Task pools: disjoint pool and eval splits, reproducible files, planner reference lengths
cached by task hash, clear errors for bad knobs, and pools without a planner."""
import json
import sys

import pytest

from iterdeploy import IterdeployError
from iterdeploy.config import GroupConfig
from iterdeploy.domains import GeneratorError, get_spec, load_domain
from iterdeploy.planning import planner
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task
from iterdeploy.pool import content_key, build_pool, load_pool

GROUPS = [GroupConfig(domain="blocksworld", vary={"blocks": [3, 4]}, per_size=2,
                      eval_per_size=1),
          GroupConfig(domain="ferry", vary={"cars": [1, 2]}, fixed={"locations": 3},
                      per_size=1, eval_per_size=1)]
N_TASKS = 2 * 3 + 2 * 2


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def solve_calls(monkeypatch):
    """Count the calls of the planner made by pool builds."""
    calls = []
    real = planner.solve_text

    def counting(*args, **kwargs):
        calls.append(kwargs.get("optimal", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(planner, "solve_text", counting)
    return calls


def test_pool_and_eval_split_are_disjoint_by_content(tmp_path):
    groups = [GroupConfig(domain="blocksworld", vary={"blocks": [2, 4]}, per_size=3,
                          eval_per_size=2),
              GroupConfig(domain="miconic", vary={"passengers": [1, 2]},
                          fixed={"floors": 2}, per_size=2, eval_per_size=1)]
    tasks = build_pool(groups, 5, tmp_path, reference="none", progress=False)
    assert len(tasks) == 3 * 5 + 2 * 3
    assert len({t.id for t in tasks}) == len(tasks)
    keys = {t.split: set() for t in tasks}
    for t in tasks:
        keys[t.split].add(content_key(t.domain, (tmp_path / t.problem_file).read_text()))
    assert sum(map(len, keys.values())) == len(tasks)  # all distinct, so disjoint
    assert not keys["pool"] & keys["eval"]
    by_size = {(t.domain, t.size, t.split) for t in tasks}
    assert ("blocksworld", 2, "eval") in by_size and ("miconic", 2, "pool") in by_size


def test_too_many_tasks_for_a_tiny_size_is_a_clear_error(tmp_path):
    # two blocks have 3 configurations, hence 6 (start, goal) pairs
    groups = [GroupConfig(domain="blocksworld", vary={"blocks": [2, 2]}, per_size=6,
                          eval_per_size=1)]
    with pytest.raises(GeneratorError, match=r"could not draw 1 distinct eval tasks.*"
                                             r"lower per_size"):
        build_pool(groups, 0, tmp_path, reference="none", progress=False)


def test_same_config_gives_identical_files_in_another_folder(tmp_path, solve_calls):
    a = build_pool(GROUPS, 1, tmp_path / "a", progress=False)  # no cache: FD runs twice
    b = build_pool(GROUPS, 1, tmp_path / "b", progress=False)
    assert a == b and len(a) == N_TASKS
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert len(solve_calls) == 2 * N_TASKS
    other = build_pool(GROUPS, 2, tmp_path / "c", reference="none", progress=False)
    assert {t.id for t in other}.isdisjoint({t.id for t in a})  # the seed matters


def test_reference_lengths_come_from_the_planner_and_are_cached(tmp_path, solve_calls):
    cache = tmp_path / "cache"
    first = build_pool(GROUPS, 3, tmp_path / "first", cache_dir=cache, progress=False)
    assert len(solve_calls) == N_TASKS and not any(solve_calls)  # LAMA-first only
    assert len(list(cache.glob("*.json"))) == N_TASKS
    for t in first:
        assert t.ref_kind == "satisficing"
        text = (tmp_path / "first" / t.problem_file).read_text()
        res = planner.solve_text(get_spec(t.domain).domain_text(), text)
        assert t.ref_length == len(res.plan)
    del solve_calls[:]
    second = build_pool(GROUPS, 3, tmp_path / "second", cache_dir=cache, progress=False)
    assert solve_calls == []  # every reference length came from the cache
    assert second == first
    assert _files(tmp_path / "first") == _files(tmp_path / "second")
    assert load_pool(tmp_path / "first") == first
    # an existing pool folder is read back, not rebuilt
    assert build_pool(GROUPS, 3, tmp_path / "first", progress=False) == first
    assert solve_calls == []
    # a damaged cache entry is recomputed, not trusted
    victim = sorted(cache.glob("*.json"))[0]
    victim.write_text("{not json")
    build_pool(GROUPS, 3, tmp_path / "third", cache_dir=cache, progress=False)
    assert len(solve_calls) == 1


def test_another_planner_version_does_not_reuse_cached_lengths(tmp_path, solve_calls,
                                                               monkeypatch):
    from iterdeploy import pool

    cache = tmp_path / "cache"
    build_pool(GROUPS, 3, tmp_path / "first", cache_dir=cache, progress=False)
    assert len(solve_calls) == N_TASKS
    monkeypatch.setattr(pool, "planner_version", lambda: "99.0-upgraded")
    build_pool(GROUPS, 3, tmp_path / "second", cache_dir=cache, progress=False)
    assert len(solve_calls) == 2 * N_TASKS  # solved again, not read from the old entries
    assert len(list(cache.glob("*.json"))) == 2 * N_TASKS


def test_optimal_reference_lengths_are_shortest(tmp_path, solve_calls):
    groups = [GroupConfig(domain="blocksworld", vary={"blocks": [3, 3]}, per_size=2,
                          eval_per_size=0)]
    tasks = build_pool(groups, 0, tmp_path, reference="optimal", progress=False)
    assert solve_calls == [True, True]
    d = load_domain("blocksworld")
    for t in tasks:
        assert t.ref_kind == "optimal"
        task = Task(d, parse_problem((tmp_path / t.problem_file).read_text(), d))
        assert t.ref_length == len(bfs(task)) <= t.witness_length


def test_reference_none_needs_no_planner(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "iterdeploy.planning.planner", None)  # import fails
    tasks = build_pool(GROUPS, 1, tmp_path, reference="none", progress=False)
    assert len(tasks) == N_TASKS
    assert all(t.ref_kind == "witness" and t.ref_length == t.witness_length for t in tasks)


def test_a_missing_planner_stops_the_build_with_the_install_hint(tmp_path, monkeypatch):
    def missing(*args, **kwargs):
        raise planner.PlannerError("missing", f"not installed: {planner.INSTALL_HINT}")

    monkeypatch.setattr(planner, "solve_text", missing)
    with pytest.raises(planner.PlannerError, match=r"pip install 'iterdeploy\[planner\]'"):
        build_pool(GROUPS, 1, tmp_path, progress=False)
    assert not (tmp_path / "tasks.jsonl").exists()


@pytest.mark.parametrize("group, words", [
    (dict(vary={"blocks": [9, 4]}), ["vary.blocks", "low <= high"]),
    (dict(vary={"blocks": [4]}), ["vary.blocks", "[low, high]"]),
    (dict(vary={"blocks": "4-9"}), ["vary.blocks", "[low, high]"]),
    (dict(vary={"blocks": [-3, 4]}), ["blocks=-3 is outside"]),
    (dict(vary={"blocks": [4, 600]}), ["blocks=501 is outside"]),
    (dict(vary={"towers": [1, 2]}), ["unknown size knob(s) towers"]),
    (dict(vary={}, fixed={"colour": 1}), ["unknown size knob(s) colour"]),
    (dict(vary={"blocks": [3, 4]}, fixed={"blocks": 5}), ["blocks", "both varied and fixed"]),
    (dict(per_size=-1), ["per_size must be", "-1"]),
    (dict(eval_per_size=-2), ["eval_per_size must be", "-2"]),
    (dict(domain="sokoban", vary={"boxes": [1, 3]}, fixed={"grid": 5}),
     ["boxes=3 is too many for grid=5"]),
    (dict(domain="floortile", vary={"robots": [1, 3]}, fixed={"columns": 2}, per_size=1,
          eval_per_size=0), ["robots=3", "columns=2"]),
    (dict(domain="chess", vary={}), ["unknown domain 'chess'"]),
])
def test_bad_knobs_name_the_knob(tmp_path, group, words):
    with pytest.raises(GeneratorError) as exc:
        build_pool([GroupConfig(**group)], 0, tmp_path, reference="none", progress=False)
    for w in words:
        assert w in str(exc.value), str(exc.value)
    assert not (tmp_path / "tasks.jsonl").exists()


def test_bad_reference_and_bad_records(tmp_path):
    with pytest.raises(IterdeployError, match="lama-first, optimal or none"):
        build_pool(GROUPS, 0, tmp_path, reference="fastest", progress=False)
    build_pool(GROUPS, 0, tmp_path, reference="none", progress=False)
    lines = (tmp_path / "tasks.jsonl").read_text().splitlines()
    row = json.loads(lines[1])
    del row["seed"]
    lines[1] = json.dumps(row)
    (tmp_path / "tasks.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(IterdeployError, match=r"tasks.jsonl:2: bad task record"):
        load_pool(tmp_path)
