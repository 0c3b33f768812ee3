"""Refreshed pools (`pool.refresh`): new tasks every generation, deterministic, disjoint from
the held-out set, resumable; and the long-horizon configs."""
import json
from pathlib import Path

import pytest

from iterdeploy.config import ConfigError, GroupConfig, load_config, to_dict
from iterdeploy.loop import check_config, run
from iterdeploy.pool import build_pool, content_key
from iterdeploy.refresh import all_refreshed, index_path, refreshed_pool
from iterdeploy.rundir import read_jsonl
from scripted import flat_config, scripted_overrides
from test_loop import Boom, _files

ROOT = Path(__file__).resolve().parent.parent
GROUPS = [GroupConfig(vary={"blocks": [3, 5]}, per_size=4, eval_per_size=2)]
REFRESH = scripted_overrides(blocks=(2, 6)) + ["pool.refresh=true"]


def _keys(task_dir, tasks):
    return {content_key(t.domain, (task_dir / t.problem_file).read_text()) for t in tasks}


@pytest.fixture
def base_pool(tmp_path):
    tasks = build_pool(GROUPS, 7, tmp_path / "tasks", reference="none", progress=False)
    return tmp_path / "tasks", tasks


def test_refreshed_pool_is_new_deterministic_and_apart_from_the_held_out_set(base_pool,
                                                                            tmp_path):
    task_dir, tasks = base_pool
    held = [t for t in tasks if t.split == "eval"]
    pool0 = [t for t in tasks if t.split == "pool"]
    g1 = refreshed_pool(GROUPS, 7, 1, task_dir, held)
    g2 = refreshed_pool(GROUPS, 7, 2, task_dir, held)
    for pool in (g1, g2):  # the pool's distribution: same sizes, same counts, pool only
        assert sorted(t.size for t in pool) == sorted(t.size for t in pool0)
        assert {t.split for t in pool} == {"pool"} and {t.ref_kind for t in pool} == {"witness"}
        assert not _keys(task_dir, pool) & _keys(task_dir, held)
        assert len(_keys(task_dir, pool)) == len(pool)
    assert {t.id for t in g1}.isdisjoint(t.id for t in g2)
    assert all(t.id.startswith("pool-g001-") for t in g1)
    assert _keys(task_dir, g1) != _keys(task_dir, g2) != _keys(task_dir, pool0)
    # the same draw in another folder: the same tasks, byte for byte
    other = tmp_path / "again"
    build_pool(GROUPS, 7, other, reference="none", progress=False)
    assert refreshed_pool(GROUPS, 7, 1, other, held) == g1
    assert all((other / t.problem_file).read_bytes() == (task_dir / t.problem_file).read_bytes()
               for t in g1)
    # once written it is read back, not drawn again; the report finds every refreshed pool
    index_path(task_dir, 1).write_text(index_path(task_dir, 1).read_text().splitlines()[0]
                                       + "\n")
    assert refreshed_pool(GROUPS, 7, 1, task_dir, held) == g1[:1]
    assert [t.id for t in all_refreshed(task_dir)] == [g1[0].id] + [t.id for t in g2]


def test_a_refreshed_run_deploys_new_tasks_and_curates_over_all_pools(tmp_path):
    rows = run(load_config(None, REFRESH), tmp_path / "r", progress=False)
    r = tmp_path / "r"
    first = {t["id"] for t in read_jsonl(r / "tasks" / "tasks.jsonl") if t["split"] == "pool"}
    held = {t["id"] for t in read_jsonl(r / "tasks" / "tasks.jsonl") if t["split"] == "eval"}
    pools = []
    for g in range(4):
        gd = r / f"gen_{g:03d}"
        ids = {s["task_id"] for s in read_jsonl(gd / "samples.jsonl")}
        want = first if g == 0 else {t["id"] for t in read_jsonl(index_path(r / "tasks", g))}
        assert ids == want
        pools.append(ids)
        assert {s["task_id"] for s in read_jsonl(gd / "eval_samples.jsonl")} == held
    assert all(not (a & b) for i, a in enumerate(pools) for b in pools[i + 1:])
    # curation keeps the valid traces of every generation's pool, not just the last one
    curated = {c["task_id"] for c in read_jsonl(r / "gen_003" / "curated.jsonl")}
    assert all(curated & p for p in pools)
    assert rows[0]["new_solved"] == rows[0]["solved"]
    assert all(m["new_solved"] is None and m["forgotten"] is None for m in rows[1:])
    assert rows[-1]["solved_by_size"].get("blocksworld:6", 0) > 0  # it learned, on new tasks


def test_a_killed_refreshed_run_resumes_to_identical_files(tmp_path, monkeypatch):
    run(load_config(None, REFRESH), tmp_path / "straight", progress=False)
    from iterdeploy.backends.scripted import ScriptedBackend
    original = ScriptedBackend.sample
    calls = {"n": 0}

    def dies(self, *a, **kw):
        calls["n"] += 1
        if calls["n"] == 33:  # inside generation 2's deployment (15 calls a generation)
            raise Boom("killed during sampling")
        return original(self, *a, **kw)

    monkeypatch.setattr(ScriptedBackend, "sample", dies)
    with pytest.raises(Boom):
        run(load_config(None, REFRESH), tmp_path / "resumed", progress=False)
    resumed = tmp_path / "resumed"
    assert index_path(resumed / "tasks", 2).exists() and not (resumed / "summary.json").exists()
    assert list(resumed.rglob("*.partial.jsonl"))
    monkeypatch.setattr(ScriptedBackend, "sample", original)
    run(load_config(None, REFRESH), resumed, progress=False)
    assert _files(tmp_path / "straight") == _files(resumed)


def test_refresh_is_a_typed_setting():
    with pytest.raises(ConfigError, match="pool.refresh: expected bool"):
        load_config(None, ["pool.refresh=sometimes"])
    assert load_config(None).pool.refresh is False


LONG = {"long": {}, "long-no-filter": {"curation.policy": "no-filter"},
        "long-refresh": {"pool.refresh": True}}


@pytest.mark.parametrize("name", sorted(LONG))
def test_long_configs_are_long_yaml_with_one_documented_change(name):
    cfg = load_config(ROOT / "configs" / f"{name}.yaml")
    check_config(cfg)
    assert cfg.generations >= 30
    sizes = {b: g.per_size for g in cfg.pool.groups
             for b in range(g.vary["blocks"][0], g.vary["blocks"][1] + 1)}
    assert sorted(sizes) == list(range(5, 11)) and min(sizes.values()) >= 40
    assert all(sizes[b] >= 130 for b in range(6, 11))  # dense where the frontier moves
    long = flat_config(to_dict(load_config(ROOT / "configs" / "long.yaml")))
    changed = {k: v for k, v in flat_config(to_dict(cfg)).items() if long.get(k) != v}
    assert changed == LONG[name]


def test_long_yaml_is_the_default_experiment_with_more_generations_and_sizes():
    default = flat_config(to_dict(load_config(ROOT / "configs" / "default.yaml")))
    long = flat_config(to_dict(load_config(ROOT / "configs" / "long.yaml")))
    assert {k for k in long if long[k] != default.get(k)} == {"generations", "pool.groups"}
    # the default's pool is part of the long one: the same tasks at 5-7 blocks
    assert json.dumps(default["pool.groups"][0]) == json.dumps(long["pool.groups"][0])
