"""Config loading, curation policies, run-folder files and derived seeds."""
import dataclasses
import json
import os
import subprocess
import sys

import pytest

from iterdeploy.config import ConfigError, RunConfig, load_config, to_dict
from iterdeploy.curation import CURATION, all_valid, latest, no_filter, paper, reward, settled
from iterdeploy.deploy import SampleRecord
from iterdeploy.rundir import (Appender, atomic_write_json, atomic_write_text, read_jsonl,
                               remove_stale_temps, write_jsonl)
from iterdeploy.seeding import derive_seed

# ---------------------------------------------------------------------------- config


def test_defaults_are_the_cpu_experiment():
    cfg = load_config()
    assert cfg == RunConfig()
    assert cfg.backend.name == "tiny" and cfg.prompt_style == "compact"
    assert cfg.train.init == "base" and cfg.curation.policy == "paper"


def test_yaml_and_overrides(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("generations: 3\nsampling: {k: 4}\npool:\n  groups:\n"
                    "    - {domain: ferry, vary: {cars: [1, 2]}, per_size: 3}\n")
    cfg = load_config(path, ["sampling.temperature=0.7", "backend.args={threads: 1}",
                             "backend.args.finetune.lr=0.01",
                             "pool.groups=[{domain: sokoban}]"])
    assert cfg.generations == 3 and cfg.sampling.k == 4
    assert cfg.sampling.temperature == 0.7
    assert cfg.backend.args.threads == 1 and cfg.backend.args.finetune.lr == 0.01
    assert cfg.pool.groups[0].domain == "sokoban"


@pytest.mark.parametrize("text, overrides, needle", [
    ("sampling: {kk: 4}\n", [], "unknown key(s) sampling.kk"),
    ("generations: three\n", [], "generations: expected int"),
    ("pool: {groups: [{domain: 1}]}\n", [], "pool.groups[0].domain: expected str"),
    ("", ["sampling.k"], "must look like key.path=value"),
    ("", ["nosuch.k=1"], "unknown key nosuch"),
    ("- a\n- b\n", [], "must be a mapping"),
    ("a: [\n", [], "not valid YAML"),
])
def test_bad_configs_name_the_key(tmp_path, text, overrides, needle):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as exc:
        load_config(path, overrides)
    assert needle in str(exc.value)


def test_float_fields_accept_ints_and_round_trip():
    cfg = load_config(None, ["sampling.temperature=1"])
    assert isinstance(cfg.sampling.temperature, float)
    from iterdeploy.config import from_dict
    assert from_dict(RunConfig, to_dict(cfg)) == cfg


# ---------------------------------------------------------------------------- curation


def _r(task, gen, sample, valid, length, reasoning=0):
    plan = tuple([f"(a{length})"] * length) if valid else None
    return SampleRecord(task_id=task, sample=sample, generation=gen, seed=0, text="",
                        extraction="OK" if valid else "NO_PLAN_FOUND", plan=plan,
                        validation="VALID" if valid else None, valid=valid, accepted=valid,
                        shows_bias=False, failed_step=None,
                        reason="", plan_length=length, reasoning_tokens=reasoning,
                        new_tokens=0, finished=True)


HISTORY = [
    [_r("t1", 0, 0, True, 6), _r("t1", 0, 1, True, 4, 9), _r("t2", 0, 0, False, 3)],
    [_r("t1", 1, 0, True, 4, 2), _r("t2", 1, 0, True, 8), _r("t3", 1, 0, False, 0)],
    [_r("t1", 2, 0, False, 2), _r("t3", 2, 0, False, 5)],
]


def test_paper_policy_shortest_then_fewest_reasoning_over_all_generations():
    out = paper(HISTORY)
    assert [(r.task_id, r.generation, r.plan_length) for r in out] == \
        [("t1", 1, 4), ("t2", 1, 8)]
    # t1 is kept even though generation 2 forgot it: aggregation over all generations
    assert paper(HISTORY[:1])[0].reasoning_tokens == 9


def test_ablation_policies():
    assert [(r.task_id, r.plan_length) for r in all_valid(HISTORY)] == \
        [("t1", 4), ("t1", 6), ("t2", 8)]
    assert latest(HISTORY) == []
    assert [(r.task_id) for r in latest(HISTORY[:2])] == ["t1", "t2"]
    assert len(no_filter(HISTORY)) == 2 and not any(r.valid for r in no_filter(HISTORY))
    assert set(CURATION) == {"paper", "all-valid", "latest", "no-filter"}
    assert [reward(r) for r in HISTORY[0]] == [1.0, 1.0, 0.0]


def test_past_generations_settled_curate_and_measure_the_same():
    """The loop keeps only the settled records of past generations: every policy and the
    curation metrics must come out as from the whole history."""
    from iterdeploy.imperfect import curation_metrics
    lax = [dataclasses.replace(HISTORY[0][2], accepted=True)]  # accepted though invalid
    history = [HISTORY[0] + lax, HISTORY[1], HISTORY[2]]
    kept = [settled(g) for g in history[:-1]] + [history[-1]]
    assert sum(map(len, kept)) < sum(map(len, history))
    assert lax[0] in kept[0] and HISTORY[1][2] not in kept[1]
    for policy in CURATION.values():
        for prefer in ("shortest", "longest"):
            assert policy(kept, prefer) == policy(history, prefer)
    curated = paper(history)
    assert curation_metrics("exact", history[-1], curated, kept) == \
        curation_metrics("exact", history[-1], curated, history)


# ---------------------------------------------------------------------------- run folder


def test_atomic_writes_and_torn_jsonl(tmp_path):
    atomic_write_json(tmp_path / "m.json", {"b": 1, "a": 2})
    assert json.loads((tmp_path / "m.json").read_text()) == {"a": 2, "b": 1}
    assert not list(tmp_path.glob(".*tmp"))
    write_jsonl(tmp_path / "s.jsonl", [{"i": 0}, {"i": 1}])
    with open(tmp_path / "s.jsonl", "a") as fh:
        fh.write('{"i": 2')  # a kill in the middle of a line
    assert read_jsonl(tmp_path / "s.jsonl") == [{"i": 0}, {"i": 1}]
    app = Appender(tmp_path / "s.jsonl")
    app.extend([{"i": 2}])
    app.close()
    assert read_jsonl(tmp_path / "s.jsonl") == [{"i": 0}, {"i": 1}, {"i": 2}]


def test_the_temporaries_a_killed_run_leaves_are_removed_and_nothing_else(tmp_path):
    """Ours (`.NAME.*.tmp`, from atomic_open) and the model saver's (safetensors writes
    `.tmpXXXXXX` beside the weights and renames it); files that only look alike stay."""
    model = tmp_path / "gen_000" / "model"
    model.mkdir(parents=True)
    stale = [tmp_path / ".config.yaml.k3j2x9.tmp", model / ".tmpu6c0ee", model / ".tmpAB12cd",
             tmp_path / "gen_000" / ".metrics.json.abcd.tmp"]
    kept = [model / "model.safetensors", model / "DONE", tmp_path / ".tmpfolder_note",
            model / ".tmp12345", model / "tmpu6c0ee", tmp_path / "notes.tmp"]
    for p in stale + kept:
        p.write_text("x")
    (tmp_path / ".tmpdir999").mkdir()  # a folder of that shape is not a file: left alone
    assert sorted(remove_stale_temps(tmp_path)) == sorted(stale)
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)
    assert (tmp_path / ".tmpdir999").is_dir()


def test_corrupt_jsonl_names_file_and_line(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"a": 1}\nnot json\n')
    with pytest.raises(Exception, match=r"x.jsonl:2"):
        read_jsonl(tmp_path / "x.jsonl")


def test_derived_seeds_are_stable_across_processes():
    here = derive_seed(0, 3, "task-7", 5)
    code = "from iterdeploy.seeding import derive_seed; print(derive_seed(0, 3, 'task-7', 5))"
    env = {**os.environ, "PYTHONHASHSEED": "123"}
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env).stdout.strip()
    assert str(here) == other
    assert derive_seed(0, 3, "task-7", 6) != here
    assert 0 <= here < 2**63


def test_the_default_config_file_is_the_defaults_in_code():
    """`iterdeploy run` with no argument runs the same experiment from a checkout
    (configs/default.yaml) and from an installed package (the defaults in code)."""
    from pathlib import Path

    default = Path(__file__).resolve().parents[1] / "configs" / "default.yaml"
    assert load_config(default) == RunConfig()


def test_atomic_writes_of_one_file_from_many_writers_never_collide(tmp_path):
    """Two runs filling the shared plan cache write the same file at once: every write must
    land whole, and no temporary file may be left behind."""
    from concurrent.futures import ThreadPoolExecutor

    target = tmp_path / "cache" / "plan.json"
    texts = [f"{i}\n" * 2000 for i in range(8)]

    def write(i):
        for _ in range(25):
            atomic_write_text(target, texts[i])

    with ThreadPoolExecutor(8) as ex:
        list(ex.map(write, range(8)))  # raises if a rename lost its temporary file
    assert target.read_text() in texts
    assert [p.name for p in target.parent.iterdir()] == ["plan.json"]


def test_an_atomic_write_that_fails_keeps_the_old_file_and_no_temporary(tmp_path):
    from iterdeploy.rundir import atomic_open

    target = tmp_path / "ckpt.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_open(target, "wb") as fh:
            fh.write(b"half of the new")
            raise RuntimeError("killed mid-write")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ckpt.bin"]
