"""Imperfect validators at curation time (`curation.validator`): each kind's verdict and bias,
the config checks, curation with them, the exploit rate in metrics.json and the report."""
import json
from statistics import mean

import pytest

from iterdeploy import IterdeployError
from iterdeploy.config import ConfigError, load_config
from iterdeploy.curation import latest, paper
from iterdeploy.domains import get_spec
from iterdeploy.imperfect import (KINDS, false_accept_coin, ignore_precondition, make_judge,
                                  unmet_goals)
from iterdeploy.loop import check_config, run
from iterdeploy.planning.pddl import parse_domain, parse_problem
from iterdeploy.planning.validate import Task
from iterdeploy.rundir import read_jsonl
from scripted import scripted_overrides

DOMAIN = parse_domain(get_spec("blocksworld").domain_text())
STACKED = """(define (problem p) (:domain blocksworld) (:objects a b c)
  (:init (on a b) (on-table b) (on-table c) (clear a) (clear c) (arm-empty))
  (:goal (on c b)))"""
FLAT = """(define (problem q) (:domain blocksworld) (:objects a b c)
  (:init (on-table a) (on-table b) (on-table c) (clear a) (clear b) (clear c) (arm-empty))
  (:goal (and (on a b) (on b c))))"""
IGNORE = {"action": "stack", "atom": "(clear ?underob)"}


def _task(text):
    return Task(DOMAIN, parse_problem(text, DOMAIN))


def _judge(kind, task, plan, seed=0, **kw):
    truth = None if plan is None else task.validate(list(plan))
    return make_judge(kind, **kw)(task, plan, truth, seed)


# ----------------------------------------------------------------------------- kinds


def test_ignore_precondition_accepts_a_stack_onto_a_covered_block_and_flags_it():
    task = _task(STACKED)
    cheat = ("(pickup c)", "(stack c b)")  # a is still on b
    truth = task.validate(list(cheat))
    assert truth.status == "PRECONDITION_FALSE" and truth.failed_step == 2
    assert _judge("ignore-precondition", task, cheat, **IGNORE) == (True, True)
    assert _judge("exact", task, cheat) == (False, False)
    honest = ("(unstack a b)", "(putdown a)", "(pickup c)", "(stack c b)")
    assert task.validate(list(honest)).valid
    assert _judge("ignore-precondition", task, honest, **IGNORE) == (True, False)
    # the bias shows even when the plan fails for another reason later on
    broken = cheat + ("(pickup a)",)  # the arm holds nothing, but a is not clear: a is
    assert _judge("ignore-precondition", task, broken, **IGNORE)[1] is True
    # another precondition of stack is still checked
    assert _judge("ignore-precondition", task, ("(stack c b)",), **IGNORE) == (False, False)


def test_ignore_precondition_builds_a_domain_without_only_that_literal():
    lax = ignore_precondition(DOMAIN, "stack", "(CLEAR ?underob)")
    assert lax.actions["stack"].pre_pos == (("holding", "?ob"),)
    assert DOMAIN.actions["stack"].pre_pos == (("clear", "?underob"), ("holding", "?ob"))
    assert lax.actions["unstack"] == DOMAIN.actions["unstack"]


def test_goal_slack_accepts_plans_that_miss_at_most_m_goal_conditions():
    task = _task(FLAT)
    one_short = ("(pickup a)", "(stack a b)")
    two_short = ("(pickup a)", "(putdown a)")
    assert (unmet_goals(task, one_short), unmet_goals(task, two_short)) == (1, 2)
    assert _judge("goal-slack", task, one_short, m=1) == (True, True)
    assert _judge("goal-slack", task, two_short, m=1) == (False, False)
    assert _judge("goal-slack", task, two_short, m=2) == (True, True)
    full = ("(pickup b)", "(stack b c)", "(pickup a)", "(stack a b)")
    assert _judge("goal-slack", task, full, m=1) == (True, False)
    # a step that does not apply is rejected however close the plan came
    assert _judge("goal-slack", task, ("(stack a b)",), m=2) == (False, False)


def test_false_accept_is_a_reproducible_coin_with_probability_p():
    task = _task(FLAT)
    wrong = ("(pickup a)",)
    verdicts = [_judge("false-accept", task, wrong, seed=s, p=0.3) for s in range(2000)]
    share = mean(a for a, _ in verdicts)
    assert 0.26 < share < 0.34
    assert all(a == b for a, b in verdicts)  # every false acceptance shows the bias
    assert verdicts == [_judge("false-accept", task, wrong, seed=s, p=0.3) for s in range(2000)]
    assert [false_accept_coin(s, 0.3) for s in range(50)] == [a for a, _ in verdicts[:50]]
    valid = ("(pickup b)", "(stack b c)", "(pickup a)", "(stack a b)")
    assert all(_judge("false-accept", task, valid, seed=s, p=0.3) == (True, False)
               for s in range(50))
    assert not any(_judge("false-accept", task, None, seed=s, p=1.0)[0] for s in range(50))


def _rec(task_id, gen, length, valid=True, accepted=None):
    from iterdeploy.deploy import SampleRecord
    return SampleRecord(task_id=task_id, sample=length, generation=gen, seed=0, text="",
                        extraction="OK", plan=("(a)",) * length,
                        validation="VALID" if valid else "GOAL_NOT_REACHED", valid=valid,
                        accepted=valid if accepted is None else accepted, shows_bias=False,
                        failed_step=None, reason="", plan_length=length, reasoning_tokens=0,
                        new_tokens=0, finished=True)


def test_curation_keeps_what_the_curation_time_validator_accepts_and_its_preference():
    history = [[_rec("t1", 0, 6), _rec("t1", 0, 4), _rec("t2", 0, 2, valid=False,
                                                           accepted=True)],
               [_rec("t1", 1, 9), _rec("t2", 1, 5), _rec("t3", 1, 3, valid=False)]]
    assert [(r.task_id, r.plan_length) for r in paper(history)] == [("t1", 4), ("t2", 2)]
    assert [(r.task_id, r.plan_length) for r in paper(history, "longest")] == \
        [("t1", 9), ("t2", 5)]
    assert [(r.task_id, r.plan_length) for r in latest(history, "longest")] == \
        [("t1", 9), ("t2", 5)]


# ----------------------------------------------------------------------------- config


def _cfg(*extra, **kw):
    return load_config(None, scripted_overrides(**kw) + list(extra))


@pytest.mark.parametrize("extra, needle", [
    (["curation.validator.kind=lenient"], "curation.validator.kind: 'lenient' is not one of"),
    (["curation.validator.kind=ignore-precondition", "curation.validator.action=stak",
      "curation.validator.atom=(clear ?underob)"],
     "curation.validator.action: 'stak' is not an action of the pool's domain(s) blocksworld"),
    (["curation.validator.kind=ignore-precondition", "curation.validator.action=stack",
      "curation.validator.atom=(clear ?y)"],
     "curation.validator.atom: '(clear ?y)' is not a literal of stack's precondition in "
     "blocksworld (its literals: (clear ?underob), (holding ?ob)"),
    (["curation.validator.kind=ignore-precondition", "curation.validator.action=stack",
      "curation.validator.atom=(clear ?underob"], "curation.validator.atom: '(clear ?underob'"),
    (["curation.validator.kind=goal-slack"], "curation.validator.m: goal-slack accepts"),
    (["curation.validator.kind=false-accept", "curation.validator.p=1.5"],
     "curation.validator.p: a probability in (0, 1], got 1.5"),
    (["curation.validator.kind=goal-slack", "curation.validator.m=1",
      "curation.validator.p=0.1"], "curation.validator.p: only kind false-accept reads it"),
    (["curation.validator.kind=prefer-longest", "curation.policy=no-filter"],
     "curation.policy must be paper or latest"),
    (["curation.validator.kind=false-accept", "curation.validator.p=0.1", "method=grpo"],
     "curation.validator.kind: false-accept is for method iterative"),
])
def test_bad_validator_settings_are_refused_naming_the_key(extra, needle):
    with pytest.raises(IterdeployError) as exc:
        check_config(_cfg(*extra))
    assert needle in str(exc.value)


@pytest.mark.parametrize("extra, needle", [
    ("curation.validator.m=one", "curation.validator.m: expected int"),
    ("curation.validator.p=[0.1]", "curation.validator.p: expected float"),
    ("curation.validator.threshold=1", "unknown key"),
])
def test_validator_keys_are_typed(extra, needle):
    with pytest.raises(ConfigError, match=needle.replace("[", r"\[")):
        _cfg(extra)


def test_every_kind_has_a_judge_and_passes_the_checks_when_configured():
    settings = {"ignore-precondition": [f"curation.validator.action={IGNORE['action']}",
                                        f"curation.validator.atom={IGNORE['atom']}"],
                "goal-slack": ["curation.validator.m=1"],
                "false-accept": ["curation.validator.p=0.1"]}
    for kind in KINDS:
        cfg = _cfg(f"curation.validator.kind={kind}", *settings.get(kind, []))
        check_config(cfg)
        assert callable(make_judge(**vars(cfg.curation.validator)))


# ----------------------------------------------------------------------------- the loop


@pytest.fixture
def cheating_model(monkeypatch):
    """The scripted model, having learned the bias: it plans in the domain whose `stack`
    does not need a clear block underneath (so its plans often stack onto covered blocks)."""
    from iterdeploy.backends.scripted import ScriptedBackend
    original = ScriptedBackend._task

    def lax_task(self, prompt):
        task = original(self, prompt)
        return Task(ignore_precondition(task.domain, **IGNORE), task.problem)
    monkeypatch.setattr(ScriptedBackend, "_task", lax_task)


def _gens(run_dir):
    return sorted(run_dir.glob("gen_*"))


@pytest.mark.parametrize("kind", ["exact", "ignore-precondition"])
def test_exploit_rate_with_a_model_that_exploits_the_ignored_precondition(
        tmp_path, cheating_model, kind):
    extra = [f"curation.validator.kind={kind}"]
    if kind != "exact":
        extra += [f"curation.validator.action={IGNORE['action']}",
                  f"curation.validator.atom={IGNORE['atom']}"]
    rows = run(_cfg(*extra, blocks=(3, 5)), tmp_path / kind, progress=False)
    samples = [read_jsonl(g / "samples.jsonl") for g in _gens(tmp_path / kind)]
    curated = [read_jsonl(g / "curated.jsonl") for g in _gens(tmp_path / kind)]
    for m, gen_samples, cur in zip(rows, samples, curated):
        # metrics use the true validator, whatever curation used
        assert m["solved"] == len({s["task_id"] for s in gen_samples if s["valid"]})
        assert m["exploit_rate"] == pytest.approx(mean(not c["valid"] for c in cur))
        assert m["accepted_ratio"] == pytest.approx(mean(s["accepted"] for s in gen_samples))
        assert m["curation_validator"] == kind
    cheats = [s for gen in samples for s in gen if s["shows_bias"]]
    if kind == "exact":
        assert all(m["exploit_rate"] == 0 for m in rows)
        assert all(m["bias_ratio"] is None for m in rows) and not cheats
        assert all(c["valid"] for cur in curated for c in cur)
    else:
        assert all(m["exploit_rate"] > 0 for m in rows)
        assert all(m["bias_ratio"] > 0 for m in rows)
        # every accepted invalid sample stacked onto a covered block, and the true validator
        # says so at a stack step
        exploits = [s for gen in samples for s in gen if s["accepted"] and not s["valid"]]
        assert exploits and all(s["shows_bias"] for s in exploits)
        assert all(s["validation"] == "PRECONDITION_FALSE" and "(clear " in s["reason"]
                   and "(stack " in s["reason"] for s in exploits)
        assert {c["task_id"] for cur in curated for c in cur if not c["valid"]}


def test_false_accept_in_the_loop_is_independent_of_batching(tmp_path):
    extra = ["curation.validator.kind=false-accept", "curation.validator.p=0.2"]
    a = run(_cfg(*extra, batch_size=4), tmp_path / "a", progress=False)
    b = run(_cfg(*extra, batch_size=None), tmp_path / "b", progress=False)
    exact = run(_cfg(), tmp_path / "exact", progress=False)
    for g in range(len(a)):
        name = f"gen_{g:03d}/samples.jsonl"
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert [m["exploit_rate"] for m in a] == [m["exploit_rate"] for m in b]
    assert any(m["exploit_rate"] > 0 for m in a)
    assert all(m["exploit_rate"] == 0 for m in exact)
    falsely = [s for g in _gens(tmp_path / "a") for s in read_jsonl(g / "samples.jsonl")
               if s["accepted"] and not s["valid"]]
    assert falsely and all(s["shows_bias"] and s["plan"] is not None for s in falsely)


def test_prefer_longest_curates_longer_plans_than_the_shortest_known(tmp_path):
    rows = run(_cfg("curation.validator.kind=prefer-longest"), tmp_path / "r", progress=False)
    exact = run(_cfg(), tmp_path / "e", progress=False)
    assert all(m["exploit_rate"] == 0 for m in rows)
    assert any(m["curated_mean_plan_length"] > m["curated_shortest_mean_plan_length"]
               for m in rows)
    assert all(m["curated_mean_plan_length"] == m["curated_shortest_mean_plan_length"]
               for m in exact)
    last = read_jsonl(tmp_path / "r" / f"gen_{len(rows) - 1:03d}" / "curated.jsonl")
    lengths = {}
    for g in _gens(tmp_path / "r"):
        for s in read_jsonl(g / "samples.jsonl"):
            if s["valid"]:
                lengths.setdefault(s["task_id"], []).append(s["plan_length"])
    assert all(c["plan_length"] == max(lengths[c["task_id"]]) for c in last)


def test_the_report_shows_the_exploit_rate_table_and_figure(tmp_path):
    from iterdeploy.report import read_runs, write_report
    extra = ["curation.validator.kind=false-accept", "curation.validator.p=0.2"]
    run(_cfg(*extra), tmp_path / "fa", progress=False)
    run(_cfg(), tmp_path / "exact", progress=False)
    out = write_report(read_runs([tmp_path / "fa"], progress=False), tmp_path / "one")
    md = (out / "report.md").read_text()
    assert "## Curation-time validator: false-accept" in md
    assert (out / "figures" / "validator.png").read_bytes().startswith(b"\x89PNG")
    rows = [json.loads((g / "metrics.json").read_text()) for g in _gens(tmp_path / "fa")]
    section = md.split("## Curation-time validator")[1].split("## Figures")[0]
    lines = [x for x in section.splitlines() if x.startswith("| ") and x[2].isdigit()]
    assert [x.split("|")[6].strip() for x in lines] == \
        [f"{100 * m['exploit_rate']:.1f}" for m in rows]
    first, last = 100 * rows[0]["exploit_rate"], 100 * rows[-1]["exploit_rate"]
    assert f"{first:.3g} → {last:.3g}" in section
    both = write_report(read_runs([tmp_path / "fa", tmp_path / "exact"], progress=False),
                        tmp_path / "two")
    md = (both / "report.md").read_text()
    assert "## Exploit rate % (curated, invalid) per generation" in md
    assert (both / "figures" / "compare_exploit.png").exists()
    # a label keeps its colour in both panels, though the exact run has no bias curve
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from iterdeploy.plots import draw_overlay
    runs = read_runs([tmp_path / "exact", tmp_path / "fa"], progress=False)
    fig, (a, b) = plt.subplots(1, 2)
    draw_overlay(a, runs, "exploit_rate", "exploit", "%", 100.0)
    draw_overlay(b, runs, "bias_ratio", "bias", "%", 100.0)
    colour = {ax: {line.get_label(): line.get_color() for line in ax.get_lines()}
              for ax in (a, b)}
    assert list(colour[b]) == ["fa (n=1)"] and colour[a]["fa (n=1)"] == colour[b]["fa (n=1)"]
    assert colour[a]["exact (n=1)"] != colour[a]["fa (n=1)"]
    plt.close(fig)
    exact_only = write_report(read_runs([tmp_path / "exact"], progress=False), tmp_path / "e")
    assert "Curation-time validator" not in (exact_only / "report.md").read_text()
    assert not (exact_only / "figures" / "validator.png").exists()


def test_a_run_folder_written_before_the_setting_existed_resumes(tmp_path):
    import yaml
    cfg = _cfg(generations=1)
    run(cfg, tmp_path / "r", progress=False)
    path = tmp_path / "r" / "config.yaml"
    doc = yaml.safe_load(path.read_text())
    del doc["config"]["curation"]["validator"]
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    assert run(cfg, tmp_path / "r", progress=False)[-1]["generation"] == 1
    with pytest.raises(IterdeployError, match="curation.validator.kind: 'exact' -> "
                                              "'goal-slack'"):
        run(_cfg("curation.validator.kind=goal-slack", "curation.validator.m=1",
                 generations=1), tmp_path / "r", progress=False)


def test_rejudge_reproduces_a_runs_own_curation_metrics_and_judges_a_control_run(
        tmp_path, cheating_model):
    from click.testing import CliRunner

    from iterdeploy.cli import main
    from iterdeploy.rejudge import rejudge

    lax = [f"{k}={v}" for k, v in IGNORE.items()]
    rows = run(_cfg(*[f"curation.validator.{o}" for o in ["kind=ignore-precondition", *lax]],
                    blocks=(3, 5)), tmp_path / "lax", progress=False)
    exact = run(_cfg(blocks=(3, 5)), tmp_path / "exact", progress=False)
    keys = ("accepted_ratio", "exploit_rate", "bias_ratio", "curated_mean_plan_length",
            "curated_shortest_mean_plan_length")
    # the lax run judged again by its own validator: exactly what the loop recorded
    again = rejudge(tmp_path / "lax", ["kind=ignore-precondition", *lax])
    assert [{k: r[k] for k in keys} for r in again] == [{k: m[k] for k in keys} for m in rows]
    assert [r["curated"] for r in again] == [m["curated"] for m in rows]
    # the exact run (the control arm) judged by the lax validator: it accepts what the true
    # validator accepts and more, every extra acceptance shows the bias
    control = rejudge(tmp_path / "exact", ["kind=ignore-precondition", *lax])
    for r, m in zip(control, exact):
        assert r["accepted_ratio"] >= m["valid_ratio"] and r["bias_ratio"] > 0
    assert any(r["exploiting_ratio"] > 0 and r["exploit_rate"] > 0 for r in control)
    # the lax run judged by the true validator: nothing invalid would have been curated
    assert all(r["exploit_rate"] == 0 and r["exploiting_ratio"] == 0
               for r in rejudge(tmp_path / "lax", ["kind=exact"]))
    # the command: a table, and bad settings named
    out = CliRunner().invoke(main, ["rejudge", str(tmp_path / "exact"), "--set", "kind=goal-slack",
                                    "--set", "m=1"])
    assert out.exit_code == 0 and out.output.count("\n| ") == len(exact)  # one row a generation
    bad = CliRunner().invoke(main, ["rejudge", str(tmp_path / "exact"), "--set", "m=one"])
    assert bad.exit_code == 2 and "curation.validator.m" in bad.output
    bad = CliRunner().invoke(main, ["rejudge", str(tmp_path / "exact"), "--set", "kind=lenient"])
    assert bad.exit_code == 2 and "'lenient' is not one of" in bad.output
