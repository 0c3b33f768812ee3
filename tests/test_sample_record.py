"""The typed sample record: schema version 3, both statuses and both verdicts kept, an empty
plan as [], version-1 and version-2 run folders still load and resume, newer versions are
refused by name."""
import dataclasses
import json

import pytest

from iterdeploy import IterdeployError
from iterdeploy.config import load_config
from iterdeploy.deploy import SCHEMA_VERSION, SampleRecord, load_samples
from iterdeploy.loop import run
from scripted import scripted_overrides

SCRIPTED = scripted_overrides(generations=2, eval_k=1, batch_size=None, capability=4,
                              per_size=2, blocks=(2, 5))

V1_VALID = {"task_id": "t", "sample": 0, "generation": 0, "seed": 1, "text": "(a)",
            "plan": ["(a)"], "valid": True, "status": "VALID", "failed_step": None,
            "plan_length": 1, "reasoning_tokens": 0, "new_tokens": 3, "finished": True}


def test_round_trip_and_the_status_kept_apart():
    r = SampleRecord.from_json({**V1_VALID, "status": "NO_PLAN_FOUND", "plan": None,
                                "valid": False, "plan_length": 0})
    assert (r.extraction, r.validation, r.plan, r.status) == \
        ("NO_PLAN_FOUND", None, None, "NO_PLAN_FOUND")
    line = r.to_json()
    assert line["v"] == SCHEMA_VERSION == 3 and SampleRecord.from_json(line) == r
    assert line["status"] == "NO_PLAN_FOUND"
    empty = SampleRecord.from_json({**V1_VALID, "plan": None, "status": "GOAL_NOT_REACHED",
                                    "valid": False, "plan_length": 0})
    assert (empty.extraction, empty.plan, empty.validation) == ("EMPTY_PLAN", (),
                                                                "GOAL_NOT_REACHED")
    assert empty.to_json()["plan"] == [] and empty.to_json()["status"] == "GOAL_NOT_REACHED"
    ok = SampleRecord.from_json(V1_VALID)
    assert (ok.extraction, ok.validation, ok.plan, ok.valid) == ("OK", "VALID", ("(a)",), True)
    # versions before 3 were curated by the true validator: accepted is the true verdict
    assert (ok.accepted, ok.shows_bias) == (True, False)
    bad = SampleRecord.from_json(_to_v2({**ok.to_json(), "valid": False, "accepted": True,
                                         "validation": "GOAL_NOT_REACHED"}))
    assert (bad.valid, bad.accepted, bad.shows_bias) == (False, False, False)


def test_a_newer_or_broken_schema_is_refused_naming_the_version_and_line(tmp_path):
    path = tmp_path / "samples.jsonl"
    rows = [SampleRecord.from_json(V1_VALID).to_json(), {**V1_VALID, "v": 4}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(IterdeployError, match=rf"{path}:2: sample record schema version 4"):
        load_samples(path)
    broken = dict(rows[0])
    del broken["extraction"]
    path.write_text(json.dumps(broken) + "\n")
    with pytest.raises(IterdeployError, match=rf"{path}:1: sample record lacks extraction"):
        load_samples(path)


def _to_v1(line: dict) -> dict:
    """A version-3 line as the code before version 2 wrote it."""
    old = {k: v for k, v in line.items()
           if k not in ("v", "extraction", "validation", "reason", "accepted", "shows_bias")}
    old["status"] = line["validation"] or "NO_PLAN_FOUND"
    old["plan"] = line["plan"] or None
    return old


def _to_v2(line: dict) -> dict:
    """A version-3 line as the code before version 3 wrote it."""
    return {**{k: v for k, v in line.items() if k not in ("accepted", "shows_bias")}, "v": 2}


@pytest.mark.parametrize("old_version", [_to_v1, _to_v2])
def test_an_old_run_folder_loads_and_resumes(tmp_path, old_version):
    cfg = load_config(None, SCRIPTED)
    straight = run(cfg, tmp_path / "new", progress=False)
    # an old folder: generation 0 finished by the old code, the rest not yet run
    old = tmp_path / "old"
    run(load_config(None, SCRIPTED), old, progress=False)
    for name in ("gen_001", "gen_002"):
        import shutil
        shutil.rmtree(old / name)
    (old / "summary.json").unlink()
    for name in ("samples.jsonl", "eval_samples.jsonl", "curated.jsonl"):
        path = old / "gen_000" / name
        lines = [json.loads(x) for x in path.read_text().splitlines()]
        path.write_text("".join(json.dumps(old_version(x), sort_keys=True) + "\n"
                                for x in lines))
    resumed = run(cfg, old, progress=False)
    strip = [{k: v for k, v in m.items() if k not in ("time_s", "wall_s")} for m in straight]
    assert [{k: v for k, v in m.items() if k not in ("time_s", "wall_s")}
            for m in resumed] == strip
    for g in (1, 2):
        name = f"gen_{g:03d}/samples.jsonl"
        assert (old / name).read_bytes() == (tmp_path / "new" / name).read_bytes()
        # curated sets hold generation-0 records, whose version-1 lines had no reason
        new_c, old_c = (load_samples(d / f"gen_{g:03d}" / "curated.jsonl")
                        for d in (tmp_path / "new", old))
        assert [dataclasses.replace(r, reason="") for r in new_c] == \
            [dataclasses.replace(r, reason="") for r in old_c]
        assert any(r.generation == 0 for r in old_c)
