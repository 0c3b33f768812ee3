"""The deployment loop end to end with the scripted backend: files, metrics, resume."""
import json

import pytest

from iterdeploy.config import load_config
from iterdeploy.loop import ConfigMismatch, run
from iterdeploy.rundir import read_jsonl
from scripted import scripted_overrides

SCRIPTED = scripted_overrides()


def _cfg(extra=()):
    return load_config(None, SCRIPTED + list(extra))


def _files(run_dir):
    """Every file of a run folder except provenance (which holds the git commit) and the
    lock (which names the process that held it)."""
    out = {}
    for p in sorted(run_dir.rglob("*")):
        if p.is_file() and p.name not in ("config.yaml", ".lock"):
            rel = str(p.relative_to(run_dir))
            text = p.read_text()
            if rel.endswith("metrics.json") or rel == "summary.json":
                text = _strip_times(json.loads(text))
            out[rel] = text
    return out


def _strip_times(obj):
    if isinstance(obj, list):
        return [_strip_times(x) for x in obj]
    return {k: v for k, v in obj.items() if k not in ("time_s", "wall_s")}


def test_run_folder_contract_and_paper_effect_with_scripted_backend(tmp_path):
    rows = run(_cfg(), tmp_path / "r", progress=False)
    r = tmp_path / "r"
    assert [m["generation"] for m in rows] == [0, 1, 2, 3]
    for g in range(4):
        gd = r / f"gen_{g:03d}"
        for name in ("samples.jsonl", "curated.jsonl", "metrics.json", "DONE"):
            assert (gd / name).exists(), (g, name)
        samples = read_jsonl(gd / "samples.jsonl")
        assert len(samples) == 15 * 3
        assert {"v", "task_id", "sample", "text", "plan", "valid", "extraction", "validation",
                "status", "failed_step", "reason", "plan_length", "reasoning_tokens", "accepted",
                "shows_bias"} == \
            set(samples[0]) - {"generation", "seed", "new_tokens", "finished"}
        m = json.loads((gd / "metrics.json").read_text())
        for key in ("generation", "tasks", "samples", "solved", "solved_by_domain",
                    "solved_by_size", "valid_ratio", "mean_plan_length", "max_plan_length",
                    "curated", "new_solved", "forgotten", "status_counts", "tokens",
                    "time_s", "wall_s", "eval_solved", "eval_max_plan_length"):
            assert key in m, key
        assert m["solved"] == len({s["task_id"] for s in samples if s["valid"]})
    assert (r / "gen_002" / "model").is_dir() and not (r / "gen_003" / "model").exists()
    # capability 5 objects: the base solves blocks <= 5; training lets it reach 6
    assert rows[0]["solved_by_size"].get("blocksworld:6", 0) == 0
    assert rows[-1]["solved_by_size"].get("blocksworld:6", 0) > 0
    assert rows[-1]["solved"] > rows[0]["solved"]
    # curated: one record per solved task so far, each the shortest valid plan found
    curated = read_jsonl(r / "gen_003" / "curated.jsonl")
    all_valid = [s for g in range(4) for s in read_jsonl(r / f"gen_{g:03d}" / "samples.jsonl")
                 if s["valid"]]
    assert len(curated) == len({s["task_id"] for s in all_valid})
    for c in curated:
        assert c["plan_length"] == min(s["plan_length"] for s in all_valid
                                       if s["task_id"] == c["task_id"])
    assert json.loads((r / "summary.json").read_text())[-1]["generation"] == 3
    cfg_text = (r / "config.yaml").read_text()
    assert "provenance" in cfg_text and "git_commit" in cfg_text


class Boom(Exception):
    pass


@pytest.mark.parametrize("where", ["train", "sample"])
def test_a_killed_run_resumes_to_identical_files(tmp_path, monkeypatch, where):
    run(_cfg(), tmp_path / "straight", progress=False)

    from iterdeploy.backends.scripted import ScriptedBackend
    original = getattr(ScriptedBackend, where)
    calls = {"n": 0}

    def dies(self, *a, **kw):
        calls["n"] += 1
        if calls["n"] == (3 if where == "train" else 7):
            raise Boom(f"killed during {where}")
        return original(self, *a, **kw)

    monkeypatch.setattr(ScriptedBackend, where, dies)
    with pytest.raises(Boom):
        run(_cfg(), tmp_path / "resumed", progress=False)
    assert not (tmp_path / "resumed" / "summary.json").exists()
    if where == "sample":  # a partial sample file was left behind, and is continued
        assert list((tmp_path / "resumed").rglob("*.partial.jsonl"))
    monkeypatch.setattr(ScriptedBackend, where, original)
    run(_cfg(), tmp_path / "resumed", progress=False)
    assert _files(tmp_path / "straight") == _files(tmp_path / "resumed")


def test_finished_run_is_not_redone_and_other_config_is_refused(tmp_path, monkeypatch):
    run(_cfg(), tmp_path / "r", progress=False)
    from iterdeploy.backends.scripted import ScriptedBackend

    def never(*a, **kw):
        raise AssertionError("a finished generation was sampled again")
    monkeypatch.setattr(ScriptedBackend, "sample", never)
    run(_cfg(), tmp_path / "r", progress=False)
    with pytest.raises(ConfigMismatch, match="sampling.k"):
        run(_cfg(["sampling.k=5"]), tmp_path / "r", progress=False)


def test_a_finished_run_extended_to_more_generations_equals_a_longer_run(tmp_path, caplog):
    run(_cfg(), tmp_path / "straight", progress=False)
    short = run(_cfg(["generations=1"]), tmp_path / "extended", progress=False)
    assert len(short) == 2 and not (tmp_path / "extended" / "gen_001" / "model").exists()
    with caplog.at_level("INFO", logger="iterdeploy"):
        rows = run(_cfg(), tmp_path / "extended", progress=False)  # generations=3
    assert "generations 1 -> 3" in caplog.text
    assert [m["generation"] for m in rows] == [0, 1, 2, 3]
    assert rows[1]["time_s"]["train"] > 0  # the training time joins generation 1's metrics
    assert _files(tmp_path / "straight") == _files(tmp_path / "extended")
    # any other change is still refused
    with pytest.raises(ConfigMismatch, match="sampling.k"):
        run(_cfg(["generations=4", "sampling.k=5"]), tmp_path / "extended", progress=False)


def test_a_folder_in_use_by_another_run_is_refused(tmp_path):
    import multiprocessing as mp
    import os

    from iterdeploy import IterdeployError
    from iterdeploy.rundir import exclusive

    r = tmp_path / "r"
    ctx = mp.get_context("spawn")
    holding, release = ctx.Event(), ctx.Event()
    other = ctx.Process(target=_hold_lock, args=(str(r), holding, release))
    other.start()
    try:
        assert holding.wait(60)
        with pytest.raises(IterdeployError, match=rf"{r} is in use .*pid {other.pid}"):
            run(_cfg(), r, progress=False)
        assert not (r / "gen_000").exists()  # nothing was written while refused
    finally:
        release.set()
        other.join(60)
    with exclusive(r):  # released by the other process: ours now
        assert f"pid {os.getpid()}" in (r / ".lock").read_text()
    assert run(_cfg(), r, progress=False)[-1]["generation"] == 3


def _hold_lock(run_dir, holding, release):
    from iterdeploy.rundir import exclusive
    with exclusive(run_dir):
        holding.set()
        release.wait(60)


@pytest.mark.parametrize("policy", ["all-valid", "latest", "no-filter"])
def test_curation_policies_and_continue_from_previous(tmp_path, policy):
    rows = run(_cfg([f"curation.policy={policy}", "train.init=previous", "generations=1"]),
               tmp_path / policy, progress=False)
    curated = read_jsonl(tmp_path / policy / "gen_000" / "curated.jsonl")
    if policy == "no-filter":
        assert len(curated) == rows[0]["samples"] and not all(c["valid"] for c in curated)
    else:
        assert curated and all(c["valid"] for c in curated)


@pytest.mark.parametrize("policy", ["paper", "all-valid"])
def test_curated_sets_equal_the_policy_over_every_sample_on_disk(tmp_path, policy):
    """The loop keeps only past generations' accepted or valid records in memory; every
    generation's curated.jsonl must still be the policy applied to all samples written so
    far, both for generations run in one go and for those read back on resume."""
    from iterdeploy.curation import CURATION
    from iterdeploy.deploy import load_samples
    r = tmp_path / policy
    run(_cfg([f"curation.policy={policy}", "generations=1"]), r, progress=False)
    rows = run(_cfg([f"curation.policy={policy}"]), r, progress=False)  # extended to 3
    assert len(rows) == 4
    history = []
    for g in range(4):
        history.append(load_samples(r / f"gen_{g:03d}" / "samples.jsonl"))
        curated = load_samples(r / f"gen_{g:03d}" / "curated.jsonl")
        assert curated == CURATION[policy](history), g
    assert any(not s.valid for gen in history[:-1] for s in gen)  # something was dropped
