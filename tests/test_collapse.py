"""Collapse and long-horizon indicators (iterdeploy.collapse) on hand-made sample records with
known answers, the reference-plan perplexity with stand-in, tiny and hf backends, and the
report's long-horizon section."""
import math
from types import SimpleNamespace

import pytest

from iterdeploy.collapse import (entropy_bits, indicators, milestone_text, milestones,
                                 reference_perplexity, reference_plans)
from iterdeploy.config import GroupConfig
from iterdeploy.deploy import Deployment, SampleRecord
from iterdeploy.loop import sampling_params
from iterdeploy.config import load_config
from iterdeploy.pool import build_pool

A1 = ("(pick-up a)", "(stack a b)")
A2 = ("(unstack c d)", "(put-down c)", "(pick-up a)")
TASKS = {"A": SimpleNamespace(domain="blocksworld", size=5),
         "B": SimpleNamespace(domain="blocksworld", size=7),
         "C": SimpleNamespace(domain="blocksworld", size=6)}


def rec(task, i, plan, valid):
    """A sample record with just what the indicators read."""
    return SampleRecord(task_id=task, sample=i, generation=0, seed=i, text="",
                        extraction="OK" if plan is not None else "NO_PLAN_FOUND",
                        plan=plan, validation=None if plan is None else
                        ("VALID" if valid else "GOAL_NOT_REACHED"), valid=valid, accepted=valid,
                        shows_bias=False, failed_step=None, reason="", plan_length=len(plan or ()),
                        reasoning_tokens=0, new_tokens=1, finished=True)


SAMPLES = [
    # A: valid plans A1, A1, A2 (2 distinct); first actions pick-up x3, unstack x1
    rec("A", 0, A1, True), rec("A", 1, A1, True), rec("A", 2, A2, True),
    rec("A", 3, ("(pick-up a)", "(pick-up b)"), False),
    # B: one valid plan of 3 steps; one sample without a plan, one empty plan: a single
    # sample with a first action, so B is left out of the entropy
    rec("B", 0, ("(a)", "(b)", "(c)"), True), rec("B", 1, None, False), rec("B", 2, (), False),
    # C: unsolved; two different first actions, one each
    rec("C", 0, ("(x)",), False), rec("C", 1, ("(y)", "(z)", "(w)", "(v)"), False),
]


def test_indicators_on_hand_made_records():
    m = indicators(SAMPLES, TASKS)
    assert m["distinct_valid_plans"] == pytest.approx((2 + 1) / 2)
    h_a = -(0.75 * math.log2(0.75) + 0.25 * math.log2(0.25))  # 0.811 bits
    assert m["first_action_entropy"] == pytest.approx((h_a + 1.0) / 2)
    assert m["first_action_entropy_norm"] == pytest.approx((h_a / 2 + 1.0 / 1) / 2)
    # every extracted plan, valid or not, the empty one included; B's missing plan is not
    lengths = [2, 2, 3, 2, 3, 0, 1, 4]
    assert m["mean_extracted_plan_length"] == pytest.approx(sum(lengths) / len(lengths))
    assert m["max_best_plan_length"] == 3  # A's shortest valid plan is 2, B's is 3
    assert m["largest_solved_size"] == 7 and m["largest_solved_size_by_domain"] == {
        "blocksworld": 7}


def test_indicators_of_a_collapsed_and_of_an_empty_generation():
    same = [rec("A", i, A1, True) for i in range(8)]
    m = indicators(same, TASKS)
    assert m["distinct_valid_plans"] == 1
    assert m["first_action_entropy"] == 0 and m["first_action_entropy_norm"] == 0
    m = indicators([rec("C", 0, None, False)], TASKS)
    assert m["distinct_valid_plans"] is None and m["first_action_entropy"] is None
    assert m["largest_solved_size"] is None and m["mean_extracted_plan_length"] is None


def test_entropy_bits():
    assert entropy_bits([4]) == 0
    assert entropy_bits([1, 1, 1, 1]) == pytest.approx(2)
    assert entropy_bits([3, 1, 0]) == pytest.approx(0.8112781244591328)


def test_milestones_first_generation_reaching_each_factor():
    rows = [{"generation": g, "max_plan_length": n}
            for g, n in enumerate([10, 12, 15, 14, None, 20, 25])]
    assert milestones(rows) == {"base_longest": 10, "x1.5": 2, "x2": 5}
    assert "1.5x (15 steps): generation 2; 2x (20 steps): generation 5" in milestone_text(rows)
    rows = [{"generation": 0, "max_plan_length": 10}, {"generation": 1, "max_plan_length": 14}]
    assert milestones(rows) == {"base_longest": 10, "x1.5": None, "x2": None}
    assert "not reached" in milestone_text(rows)
    assert milestones([{"generation": 0, "max_plan_length": None},
                       {"generation": 1, "max_plan_length": 9}])["x2"] is None


class _Scores:
    """A stand-in model: fixed log-probabilities per completion, or none at all."""

    def __init__(self, table):
        self.table, self.calls = table, []

    def logprobs(self, prompts, completions):
        self.calls.append((list(prompts), list(completions)))
        if self.table is None:
            raise NotImplementedError
        return [self.table[c] for c in completions]


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """A Deployment of a small real pool (2-3 blocks, 2 held-out tasks a size)."""
    root = tmp_path_factory.mktemp("pool")
    tasks = build_pool([GroupConfig(vary={"blocks": [2, 3]}, per_size=1, eval_per_size=2)], 0,
                       root, reference="none", progress=False)
    cfg = load_config(None)
    return Deployment(root, tasks, seed=0, prompt_style="compact",
                      params=sampling_params(cfg), batch_size=8), tasks


def test_reference_plans_are_the_witnesses_that_solve_the_held_out_tasks(deployment):
    dep, tasks = deployment
    held = [t for t in tasks if t.split == "eval"]
    plans = reference_plans(dep, held)
    assert [tid for tid, _ in plans] == [t.id for t in held]
    assert all(dep.validate(tid, p).valid and len(p) == dep.by_id[tid].witness_length
               for tid, p in plans)


def test_a_witness_that_no_longer_solves_its_task_is_left_out(deployment, monkeypatch, caplog):
    import iterdeploy.domains as domains

    dep, tasks = deployment
    held = [t for t in tasks if t.split == "eval"]
    real = domains.generate

    def changed(domain, seed, sizes):  # as if the generator changed since the pool was built
        task = real(domain, seed, sizes)
        return SimpleNamespace(witness=task.witness[1:]) if seed == held[0].seed else task
    monkeypatch.setattr(domains, "generate", changed)
    assert [tid for tid, _ in reference_plans(dep, held)] == [t.id for t in held[1:]]
    assert f"{held[0].id}: the generator's witness no longer solves it" in caplog.text


def test_reference_perplexity_pools_the_tokens_of_all_plans(deployment):
    dep, tasks = deployment
    plans = reference_plans(dep, [t for t in tasks if t.split == "eval"])[:2]
    targets = [dep.target(p) for _, p in plans]
    scores = _Scores({targets[0]: [-1.0, -2.0], targets[1]: [-0.5, -0.5, -0.5, -1.5]})
    got = reference_perplexity(scores, dep, plans)
    assert got["eval_ref_tokens"] == 6
    assert got["eval_ref_perplexity"] == pytest.approx(math.exp(6.0 / 6))
    # scored on the deployment's prompts, the plans as training targets
    assert scores.calls == [([dep.prompt(tid) for tid, _ in plans], targets)]
    assert reference_perplexity(_Scores(None), dep, plans) == {
        "eval_ref_perplexity": None, "eval_ref_tokens": 0}
    assert reference_perplexity(scores, dep, [])["eval_ref_perplexity"] is None


def test_tiny_backend_reference_perplexity_falls_when_it_learns_the_plans(deployment,
                                                                         tmp_path):
    pytest.importorskip("torch")
    from iterdeploy.backends import Example, make_backend
    from iterdeploy.corpus import build_corpus

    dep, tasks = deployment
    plans = reference_plans(dep, [t for t in tasks if t.split == "eval"])
    b = make_backend("tiny", threads=1, model={"hidden_size": 32, "num_hidden_layers": 1,
                                               "num_attention_heads": 2,
                                               "intermediate_size": 64},
                     finetune={"steps": 30, "batch_size": 8, "lr": 1e-2, "warmup": 0})
    b.progress = False
    corpus = build_corpus(seed=0, groups=[{"domain": "blocksworld", "sizes": {"blocks": [2, 3]},
                                           "n": 50}], name_pool=10, progress=False)
    b.pretrain(corpus, tmp_path / "base", steps=5, batch_size=16, lr=3e-3, warmup=0)
    before = reference_perplexity(b, dep, plans)
    assert before["eval_ref_tokens"] > 0 and before["eval_ref_perplexity"] > 1
    b.train([Example(dep.prompt(tid), dep.target(p)) for tid, p in plans], tmp_path / "g1")
    after = reference_perplexity(b, dep, plans)
    assert after["eval_ref_tokens"] == before["eval_ref_tokens"]
    assert after["eval_ref_perplexity"] < 0.8 * before["eval_ref_perplexity"]


def test_hf_backend_scores_reference_plans_through_the_same_call(tmp_path):
    """The hf backend's logprobs (tiny random Qwen3) gives the perplexity the formula says."""
    pytest.importorskip("transformers")
    pytest.importorskip("peft")
    from test_backend_hf import TRAIN, make_tiny_model

    from iterdeploy.backends.hf import HFBackend

    backend = HFBackend(model=str(make_tiny_model(tmp_path / "m")), **TRAIN)
    plans = [("t1", ["(unstack b1 b2)", "(put-down b1)"]), ("t2", ["(pick-up b3)"])]
    dep = SimpleNamespace(prompt={"t1": "solve (on b1 b2)", "t2": "plan (holding b2)"}.get,
                          target=lambda plan: " ".join(plan))
    got = reference_perplexity(backend, dep, plans)
    lps = backend.logprobs(["solve (on b1 b2)", "plan (holding b2)"],
                           ["(unstack b1 b2) (put-down b1)", "(pick-up b3)"])
    n = sum(map(len, lps))
    assert got["eval_ref_tokens"] == n > 2
    assert got["eval_ref_perplexity"] == pytest.approx(math.exp(-sum(map(sum, lps)) / n))
