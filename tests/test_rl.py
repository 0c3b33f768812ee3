"""The RL baselines (`method: reinforce | grpo`): advantages, the loop's files, resume, config."""
import json

import pytest
import yaml

from iterdeploy import IterdeployError
from iterdeploy.config import ConfigError, load_config
from iterdeploy.deploy import SampleRecord
from iterdeploy.loop import check_config, run
from iterdeploy.rl import policy_gradient_set
from iterdeploy.rundir import read_jsonl
from scripted import scripted_overrides

SCRIPTED = scripted_overrides(generations=2, k=4, batch_size=8, per_size=2)


def _cfg(extra=()):
    return load_config(None, SCRIPTED + list(extra))


def _rec(task, i, valid):
    return SampleRecord(task_id=task, sample=i, generation=0, seed=i, text=f"t{i}",
                        extraction="OK", plan=("(a)",), validation="VALID" if valid else
                        "GOAL_NOT_REACHED", valid=valid, accepted=valid, shows_bias=False,
                        failed_step=None, reason="",
                        plan_length=1, reasoning_tokens=0, new_tokens=3, finished=True)


GROUPS = [_rec("a", 0, True), _rec("a", 1, False), _rec("a", 2, False), _rec("a", 3, False),
          _rec("b", 0, True), _rec("b", 1, True), _rec("c", 0, False), _rec("c", 1, False)]


def test_reinforce_advantages_with_and_without_the_leave_one_out_baseline():
    plain = policy_gradient_set("reinforce", GROUPS, baseline="none", kl=0.0, log_ratios=None)
    assert [s.advantage for s in plain] == [1, 0, 0, 0, 1, 1, 0, 0]  # = SFT on valid samples
    loo = policy_gradient_set("reinforce", GROUPS, baseline="loo", kl=0.0, log_ratios=None)
    assert [round(s.advantage, 6) for s in loo] == \
        [1, round(-1 / 3, 6), round(-1 / 3, 6), round(-1 / 3, 6), 0, 0, 0, 0]
    assert [s.reward for s in loo] == [1, 0, 0, 0, 1, 1, 0, 0]
    assert all(s.log_ratio is None for s in loo)


def test_grpo_advantages_are_group_normalised_and_zero_for_uniform_groups():
    got = [s.advantage for s in policy_gradient_set("grpo", GROUPS, baseline="loo", kl=0.0,
                                                    log_ratios=None)]
    # task a: p = 1/4, std = sqrt(3)/4 -> valid +sqrt(3), invalid -1/sqrt(3)
    assert got[0] == pytest.approx(3 ** 0.5, rel=1e-3)
    assert got[1:4] == pytest.approx([-(3 ** -0.5)] * 3, rel=1e-3)
    assert got[4:] == [0, 0, 0, 0]  # all valid or all invalid: nothing to learn from


def test_kl_is_subtracted_from_the_reward_before_the_baseline():
    ratios = [0.5, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0]
    got = policy_gradient_set("reinforce", GROUPS, baseline="none", kl=0.1, log_ratios=ratios)
    assert [s.reward for s in got] == pytest.approx([0.95, 0, 0, 0, 0.8, 1, 0, 0])
    assert [s.log_ratio for s in got] == ratios
    grpo = policy_gradient_set("grpo", GROUPS, baseline="loo", kl=0.1, log_ratios=ratios)
    assert grpo[4].advantage < 0 < grpo[5].advantage  # the all-valid group now ranks by KL


def test_grpo_run_writes_the_same_files_and_continues_the_current_policy(tmp_path,
                                                                        monkeypatch):
    from iterdeploy.backends.scripted import ScriptedBackend

    calls = []
    original = ScriptedBackend.train

    def spy(self, examples, out_dir, init=None):
        calls.append((list(examples), out_dir, init))
        return original(self, examples, out_dir, init)

    monkeypatch.setattr(ScriptedBackend, "train", spy)
    rows = run(_cfg(["method=grpo"]), tmp_path / "g", progress=False)
    r = tmp_path / "g"
    assert [m["generation"] for m in rows] == [0, 1, 2]
    assert [c[2] for c in calls] == [None, r / "gen_000" / "model"]  # base, then current
    for g in range(3):
        gd = r / f"gen_{g:03d}"
        for name in ("samples.jsonl", "eval_samples.jsonl", "curated.jsonl",
                     "advantages.jsonl", "metrics.json", "DONE"):
            assert (gd / name).exists(), (g, name)
        samples = {(s["task_id"], s["sample"]): s for s in read_jsonl(gd / "samples.jsonl")}
        scored = read_jsonl(gd / "advantages.jsonl")
        assert len(scored) == len(samples)
        for s in scored:
            assert s["reward"] == (1.0 if samples[(s["task_id"], s["sample"])]["valid"] else 0.0)
        nonzero = [s for s in scored if s["advantage"]]
        m = json.loads((gd / "metrics.json").read_text())
        assert m["curated"] == len(nonzero) == len(read_jsonl(gd / "curated.jsonl"))
        if g < 2:  # trained on the verbatim sampled texts, weighted by their advantages
            examples = calls[g][0]
            assert [e.weight for e in examples] == [s["advantage"] for s in nonzero]
            assert [e.completion for e in examples] == \
                [samples[(s["task_id"], s["sample"])]["text"] for s in nonzero]
            assert any(e.weight < 0 for e in examples) and any(e.weight > 0 for e in examples)


def test_reinforce_without_baseline_trains_on_exactly_the_valid_samples(tmp_path,
                                                                       monkeypatch):
    from iterdeploy.backends.scripted import ScriptedBackend

    calls = []
    original = ScriptedBackend.train

    def spy(self, examples, out_dir, init=None):
        calls.append(list(examples))
        return original(self, examples, out_dir, init)

    monkeypatch.setattr(ScriptedBackend, "train", spy)
    run(_cfg(["method=reinforce", "rl.baseline=none", "generations=1"]), tmp_path / "r",
        progress=False)
    valid = [s for s in read_jsonl(tmp_path / "r" / "gen_000" / "samples.jsonl") if s["valid"]]
    assert [e.completion for e in calls[0]] == [s["text"] for s in valid]
    assert {e.weight for e in calls[0]} == {1.0}


def test_a_killed_rl_run_resumes_to_identical_files(tmp_path, monkeypatch):
    from iterdeploy.backends.scripted import ScriptedBackend
    from test_loop import Boom, _files

    run(_cfg(["method=reinforce"]), tmp_path / "straight", progress=False)
    original = ScriptedBackend.train
    calls = {"n": 0}

    def dies(self, *a, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise Boom("killed during train")
        return original(self, *a, **kw)

    monkeypatch.setattr(ScriptedBackend, "train", dies)
    with pytest.raises(Boom):
        run(_cfg(["method=reinforce"]), tmp_path / "resumed", progress=False)
    assert (tmp_path / "resumed" / "gen_001" / "advantages.jsonl").exists()
    monkeypatch.setattr(ScriptedBackend, "train", original)
    run(_cfg(["method=reinforce"]), tmp_path / "resumed", progress=False)
    assert _files(tmp_path / "straight") == _files(tmp_path / "resumed")


def test_bad_rl_settings_are_refused_naming_the_key():
    with pytest.raises(IterdeployError, match="method: 'ppo' is not one of iterative"):
        check_config(_cfg(["method=ppo"]))
    with pytest.raises(IterdeployError, match="rl.baseline: 'mean'"):
        check_config(_cfg(["rl.baseline=mean"]))
    with pytest.raises(IterdeployError, match="rl.kl: must be >= 0"):
        check_config(_cfg(["rl.kl=-0.1"]))
    with pytest.raises(ConfigError, match="rl.kl: expected float"):
        _cfg(["rl.kl=lots"])


def test_kl_needs_a_backend_with_log_probabilities(tmp_path):
    with pytest.raises(IterdeployError, match="rl.kl > 0 needs log-probabilities"):
        run(_cfg(["method=grpo", "rl.kl=0.05", "generations=1"]), tmp_path / "k",
            progress=False)


def test_a_folder_written_before_the_rl_settings_existed_still_resumes(tmp_path, monkeypatch):
    r = tmp_path / "old"
    run(_cfg(), r, progress=False)
    doc = yaml.safe_load((r / "config.yaml").read_text())
    del doc["config"]["method"], doc["config"]["rl"]
    (r / "config.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    from iterdeploy.backends.scripted import ScriptedBackend

    def never(*a, **kw):
        raise AssertionError("a finished generation was sampled again")
    monkeypatch.setattr(ScriptedBackend, "sample", never)
    assert run(_cfg(), r, progress=False)[-1]["generation"] == 2


def test_cli_runs_grpo_with_a_set_override(tmp_path):
    from click.testing import CliRunner

    from iterdeploy.cli import main

    args = ["run", "--out", str(tmp_path / "c"), "-q", "--set", "method=grpo"]
    for o in SCRIPTED:
        args += ["--set", o]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c" / "gen_002" / "advantages.jsonl").exists()
    cfg = yaml.safe_load((tmp_path / "c" / "config.yaml").read_text())["config"]
    assert cfg["method"] == "grpo"


@pytest.mark.slow
def test_grpo_with_kl_on_the_tiny_backend(tmp_path):
    """Real policy gradients: signed weights and log-probabilities through the tiny model."""
    pytest.importorskip("torch")
    from pathlib import Path

    smoke = Path(__file__).resolve().parents[1] / "configs" / "smoke.yaml"
    cfg = load_config(smoke, ["method=grpo", "rl.kl=0.05", "generations=1",
                              "backend.args.pretrain.steps=250",
                              "backend.args.pretrain.lr=0.003",
                              "backend.args.pretrain.warmup=10"])
    rows = run(cfg, tmp_path / "t", progress=False)
    scored = read_jsonl(tmp_path / "t" / "gen_000" / "advantages.jsonl")
    assert all(abs(s["log_ratio"]) < 1e-3 for s in scored)  # gen 0: the policy is the base
    assert any(s["advantage"] < 0 for s in scored) and any(s["advantage"] > 0 for s in scored)
    later = read_jsonl(tmp_path / "t" / "gen_001" / "advantages.jsonl")
    assert any(abs(s["log_ratio"]) > 1e-3 for s in later)  # gen 1 has moved away from it
    assert rows[-1]["samples"] == rows[0]["samples"]
    assert (tmp_path / "t" / "gen_000" / "model" / "DONE").exists()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["tiny", "hf"])
def test_backends_train_signed_weights_as_policy_gradient_advantages(name, tmp_path):
    """What the RL baselines need from a backend: `train(examples, init=current)` treats a
    negative weight as a push down on that completion's likelihood and a positive one as a
    push up, starting from the given policy."""
    pytest.importorskip("torch")
    if name == "tiny":
        from iterdeploy.backends import make_backend
        from iterdeploy.corpus import build_corpus

        backend = make_backend("tiny", model={"hidden_size": 32, "num_hidden_layers": 2,
                                              "num_attention_heads": 4, "intermediate_size": 64},
                               finetune={"steps": 8, "batch_size": 4, "lr": 3e-3, "warmup": 1})
        backend.progress = False
        corpus = build_corpus(seed=0, groups=[{"domain": "blocksworld",
                                               "sizes": {"blocks": [2, 3]}, "n": 100}],
                              progress=False)
        backend.pretrain(corpus, tmp_path / "base", steps=30, batch_size=16, lr=3e-3, warmup=2)
        up, down = corpus[0], corpus[1]
        current = tmp_path / "base"
    else:
        pytest.importorskip("peft")
        from test_backend_hf import EXAMPLES, TRAIN, make_tiny_model

        from iterdeploy.backends.hf import HFBackend

        backend = HFBackend(model=str(make_tiny_model(tmp_path / "qwen3")), **TRAIN)
        up, down = EXAMPLES[0], EXAMPLES[3]
        current = backend.train([EXAMPLES[1]], tmp_path / "current")  # a policy, not the base

    def lp(e):
        return sum(backend.logprobs([e.prompt], [e.completion])[0])

    from iterdeploy.backends import Example

    for example, weight in ((up, 1.0), (down, -1.0)):
        backend.load(current)
        before = lp(example)
        backend.train([Example(example.prompt, example.completion, weight)],
                      tmp_path / f"w{weight}", init=current)
        after = lp(example)
        assert (after - before) * weight > 0.5, (weight, before, after)
