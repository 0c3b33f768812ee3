"""The validator beyond STRIPS: either types, action costs and metrics, ADL conditions and
conditional effects (VAL's semantics), on small hand-written domains and on copies of real
IPC domains that use them (tests/data/ipc-adl, with Fast Downward's plans)."""
from pathlib import Path

import pytest

from plan_corruptions import check_corruptions
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import (PDDLError, parse_domain, parse_problem, read_domain,
                                      read_problem, write_domain, write_problem)
from iterdeploy.planning.validate import Task, parse_plan, validate

IPC_ADL = Path(__file__).parent / "data" / "ipc-adl"

LAMPS = """(define (domain lamps) (:requirements :adl :typing)
 (:types lamp bulb switch)
 (:predicates (on ?l - lamp) (wired ?a ?b - lamp) (p) (q) (lit ?x - (either lamp bulb)))
 (:action toggle :parameters (?l - lamp)
   :effect (and (when (on ?l) (not (on ?l))) (when (not (on ?l)) (on ?l))))
 (:action flip-all :parameters ()
   :effect (forall (?l - lamp) (and (when (on ?l) (not (on ?l)))
                                    (when (not (on ?l)) (on ?l)))))
 (:action add-and-delete :parameters (?a - lamp) :precondition (on ?a)
   :effect (and (when (on ?a) (not (p))) (when (on ?a) (p))))
 (:action all-off :parameters () :precondition (forall (?l - lamp) (on ?l))
   :effect (forall (?l - lamp) (not (on ?l))))
 (:action copy :parameters (?x - lamp)
   :precondition (and (exists (?l - lamp) (and (on ?l) (not (= ?l ?x))))
                      (imply (wired ?x ?x) (q)))
   :effect (on ?x))
 (:action light :parameters (?x - (either lamp bulb)) :effect (lit ?x)))"""


def _lamps(init: str, goal: str) -> Task:
    d = parse_domain(LAMPS)
    return Task(d, parse_problem(f"(define (problem l) (:domain lamps) "
                                 f"(:objects l1 l2 - lamp b1 - bulb s1 - switch) "
                                 f"(:init {init}) (:goal {goal}))", d))


def test_conditional_effect_conditions_are_read_in_the_state_before_the_action():
    # read one after the other, the second `when` would switch the lamp back on
    assert _lamps("(on l1)", "(not (on l1))").validate("(toggle l1)").valid
    assert _lamps("", "(on l1)").validate("(toggle l1)").valid
    r = _lamps("(on l1)", "(on l1)").validate("(toggle l1)")
    assert (r.status, r.failed_step) == ("GOAL_NOT_REACHED", None)
    task = _lamps("(on l1)", "(and (not (on l1)) (on l2))")
    assert task.validate("(flip-all)").valid
    assert task.validate("(flip-all) (flip-all) (flip-all)").valid
    assert not task.validate("(flip-all) (flip-all)").valid


def test_conditional_deletes_go_before_adds():
    assert _lamps("(on l1) (p)", "(p)").validate("(add-and-delete l1)").valid
    assert _lamps("(on l1)", "(p)").validate("(add-and-delete l1)").valid


def test_forall_precondition_names_the_false_instance():
    r = _lamps("(on l1)", "(p)").validate("(all-off)")
    assert (r.status, r.failed_step) == ("PRECONDITION_FALSE", 1)
    assert "(on l2)" in r.reason and "(on l1)" not in r.reason, r.reason
    r = _lamps("(on l1) (on l2)", "(not (on l1))").validate("(all-off)")
    assert r.valid


def test_exists_with_equality_and_imply_preconditions():
    # the only lamp on is l1 itself: no other lamp to copy from
    r = _lamps("(on l1)", "(on l1)").validate("(copy l1)")
    assert (r.status, r.failed_step) == ("PRECONDITION_FALSE", 1)
    assert r.reason.endswith("precondition false: (on l2)"), r.reason  # l1 = l1 drops out
    assert _lamps("(on l1)", "(on l2)").validate("(copy l2)").valid
    # (imply (wired l2 l2) (q)) with the premise true and q false
    r = _lamps("(on l1) (wired l2 l2)", "(on l2)").validate("(copy l2)")
    assert r.status == "PRECONDITION_FALSE" and "(q)" in r.reason, r.reason
    assert _lamps("(on l1) (wired l2 l2) (q)", "(on l2)").validate("(copy l2)").valid


def test_quantified_goals():
    task = _lamps("(on l1) (on l2)", "(forall (?l - lamp) (not (on ?l)))")
    assert task.validate("(all-off)").valid
    r = task.validate("(toggle l1)")
    assert (r.status, r.failed_step) == ("GOAL_NOT_REACHED", None)
    assert "(on l2)" in r.reason and "(on l1)" not in r.reason, r.reason
    task = _lamps("", "(and (p) (exists (?l - lamp) (on ?l)))")
    r = task.validate("")
    assert r.status == "GOAL_NOT_REACHED" and "2 of 2" in r.reason and "none holds" in r.reason


def test_either_types():
    task = _lamps("", "(and (lit l1) (lit b1))")
    assert task.validate("(light l1) (light b1)").valid
    r = task.validate("(light l1) (light s1)")
    assert (r.status, r.failed_step) == ("TYPE_MISMATCH", 2)
    assert "`s1` is a switch" in r.reason and "one of lamp, bulb" in r.reason, r.reason
    d = parse_domain(LAMPS)
    with pytest.raises(PDDLError, match="object `s1` of type `switch` cannot be argument"):
        parse_problem("(define (problem l) (:domain lamps) (:objects s1 - switch) (:init) "
                      "(:goal (lit s1)))", d, "p.pddl")


def test_search_works_on_adl_tasks():
    task = _lamps("(on l1)", "(and (not (on l1)) (on l2) (lit b1))")
    plan = bfs(task)
    assert plan is not None and len(plan) == 2 and task.validate(plan).valid


ROADS = """(define (domain roads) (:requirements :typing :action-costs :conditional-effects)
 (:types place)
 (:predicates (at ?p - place) (road ?a ?b - place) (toll ?a - place))
 (:functions (total-cost) - number (length ?a ?b - place) - number)
 (:action drive :parameters (?a ?b - place)
   :precondition (and (at ?a) (road ?a ?b))
   :effect (and (not (at ?a)) (at ?b) (increase (total-cost) (length ?a ?b))
                (when (toll ?b) (increase (total-cost) 100))))
 (:action wait :parameters () :effect (increase (total-cost) 1)))"""


def _roads(metric: str = "(:metric minimize (total-cost))", init: str = "") -> Task:
    d = parse_domain(ROADS)
    return Task(d, parse_problem(
        "(define (problem r) (:domain roads) (:objects a b c - place)"
        "(:init (at a) (road a b) (road b c) (road c a) (= (total-cost) 0)"
        f"  (= (length a b) 2) (= (length b c) 3) {init}) (:goal (at c)) {metric})", d))


def test_action_costs_and_metric_in_the_result():
    r = _roads().validate("(drive a b) (drive b c)")
    assert (r.valid, r.cost, r.metric, r.plan_length) == (True, 5, 5, 2)
    assert _roads().validate("(wait) (drive a b) (wait) (drive b c)").cost == 7
    r = _roads("(:metric minimize (+ (* 2 (total-cost)) 1))").validate("(drive a b) (drive b c)")
    assert (r.cost, r.metric) == (5, 11)
    r = _roads("").validate("(drive a b) (drive b c)")
    assert (r.cost, r.metric) == (5, None)
    # conditional costs count only when their condition holds before the action
    assert _roads(init="(toll c)").validate("(drive a b) (drive b c)").cost == 105
    # an invalid plan has no cost
    r = _roads().validate("(drive a b)")
    assert (r.status, r.cost, r.metric) == ("GOAL_NOT_REACHED", None, None)


def test_cost_without_a_value_is_undefined_cost_at_its_step():
    r = _roads().validate("(drive a b) (drive b c) (drive c a)")
    assert (r.status, r.failed_step) == ("UNDEFINED_COST", 3)
    assert "(length c a)" in r.reason, r.reason


def test_unit_cost_for_strips_tasks_and_their_fast_path():
    d = read_domain(IPC_ADL / "storage" / "domain.pddl")
    task = Task(d, read_problem(IPC_ADL / "storage" / "p07.pddl", d))
    assert not task.general  # either types alone keep the STRIPS loop
    r = task.validate((IPC_ADL / "storage" / "p07.plan").read_text())
    assert (r.valid, r.cost, r.metric) == (True, r.plan_length, None)
    assert _roads().general and _lamps("", "(p)").general


@pytest.mark.parametrize("snippet, needle", [
    ("(:functions (fuel ?p - place)) (:action a :parameters (?p - place) "
     ":effect (increase (fuel ?p) 1))", "numeric fluents beyond action costs"),
    ("(:functions (total-cost)) (:action a :parameters (?p - place) "
     ":effect (increase (total-cost) (* 2 (total-cost))))", "numeric fluents beyond action"),
    ("(:action a :parameters () :effect (increase (total-cost) 1))", "not declared"),
    ("(:functions (f) - object) (:action a :parameters () :effect ())", "function type"),
    ("(:action a :parameters () :effect (forall (?q - nosuchtype) (at ?q)))",
     "undeclared type `nosuchtype`"),
    ("(:action a :parameters () :precondition (exists (?q - place) (at ?z)) :effect ())",
     "unknown variable `?z`"),
])
def test_what_stays_refused_or_malformed(snippet, needle):
    text = ("(define (domain x) (:requirements :typing :adl :action-costs) (:types place)"
            f"\n (:predicates (at ?p - place))\n {snippet})")
    with pytest.raises(PDDLError) as exc:
        parse_domain(text, "dom.pddl")
    assert needle in str(exc.value) and str(exc.value).startswith("dom.pddl:3:"), exc.value


def test_goal_quantifier_over_an_undeclared_type_is_an_error():
    d = parse_domain(LAMPS)
    with pytest.raises(PDDLError, match="undeclared type `lamps` in :goal"):
        parse_problem("(define (problem l) (:domain lamps) (:objects l1 - lamp) (:init) "
                      "(:goal (forall (?l - lamps) (on ?l))))", d, "p.pddl")


def test_total_time_metric_is_refused():
    d = parse_domain(ROADS)
    with pytest.raises(PDDLError, match="total-time"):
        parse_problem("(define (problem r) (:domain roads) (:objects a - place) (:init (at a)) "
                      "(:goal (at a)) (:metric minimize (total-time)))", d, "p.pddl")


def test_adl_and_cost_domains_round_trip():
    for text in (LAMPS, ROADS):
        d = parse_domain(text)
        assert parse_domain(write_domain(d)) == d
    task = _roads("(:metric maximize (- 0 (total-cost)))")
    p = task.problem
    assert parse_problem(write_problem(p), task.domain) == p
    task = _lamps("(on l1)", "(and (p) (forall (?l - lamp) (imply (on ?l) (lit ?l))))")
    assert parse_problem(write_problem(task.problem), task.domain) == task.problem


def test_names_end_where_a_variable_begins():
    # IPC 2002 zenotravel writes `(aircraft?a)`; VAL reads it as `(aircraft ?a)`
    d = parse_domain("(define (domain z) (:predicates (aircraft ?a))"
                     "(:action fly :parameters (?a) :precondition (aircraft?a) :effect ()))")
    assert d.actions["fly"].pre_pos == (("aircraft", "?a"),)


# ---------------------------------------------------------------------------------------
# Copies of real IPC domains that use these features, with Fast Downward's plans

# (domain folder, problem, plan length, cost, metric): the costs are Fast Downward's plan
# costs; unified-planning's validator gives the same verdicts and metric values
IPC_CASES = [
    ("barman-sat11-strips", "pfile06-021", 157, 310, 310),  # action costs
    ("elevators-sat08-strips", "p01", 20, 66, 66),  # costs from static functions
    ("openstacks-sat08-adl", "p01", 17, 2, 2),  # forall/when effects, costs
    ("miconic-simpleadl", "s4-0", 13, 13, None),  # forall/when effects
    ("miconic-fulladl", "f4-0", 13, 13, None),  # exists/forall/imply/or, forall goal
    ("storage", "p07", 14, 14, None),  # either types
]


def _ipc(folder: str, problem: str) -> tuple[Task, list[str], str]:
    d = read_domain(IPC_ADL / folder / "domain.pddl")
    task = Task(d, read_problem(IPC_ADL / folder / f"{problem}.pddl", d))
    text = (IPC_ADL / folder / f"{problem}.plan").read_text()
    plan = ["(" + " ".join((n, *a)) + ")" for n, a, _ in parse_plan(text)]
    return task, plan, text


@pytest.mark.parametrize("folder, problem, length, cost, metric", IPC_CASES,
                         ids=[c[0] for c in IPC_CASES])
def test_ipc_plan_valid_with_its_cost_and_corruptions_rejected(folder, problem, length, cost,
                                                               metric):
    task, plan, text = _ipc(folder, problem)
    r = task.validate(text)
    assert (r.valid, r.plan_length, r.cost, r.metric) == (True, length, cost, metric), r
    check_corruptions(task, plan, minimal=False)
    assert parse_domain(write_domain(task.domain)) == task.domain
    assert parse_problem(write_problem(task.problem), task.domain) == task.problem


def test_miconic_simpleadl_passengers_board_and_leave_by_conditional_effects():
    task, plan, _ = _ipc("miconic-simpleadl", "s4-0")
    stops = [k for k, step in enumerate(plan) if step.startswith("(stop")]
    # without its last stop someone is never served: the goal names them
    r = task.validate(plan[:stops[-1]] + plan[stops[-1] + 1:])
    assert r.status == "GOAL_NOT_REACHED" and "(served " in r.reason, r
    # moving without stopping changes nobody: still boarded after the plan
    r = task.validate([s for s in plan if not s.startswith("(stop")])
    assert r.status == "GOAL_NOT_REACHED" and "4 of 4" in r.reason, r


def test_miconic_fulladl_forall_goal_names_the_unserved_passenger():
    task, plan, _ = _ipc("miconic-fulladl", "f4-0")
    state = set(task.init)
    for step in plan[:-1]:
        name, *args = step.strip("()").split()
        assert task.apply(state, name, tuple(args)) is None
    r = task.validate(plan[:-1])
    assert r.status == "GOAL_NOT_REACHED"
    unserved = sorted(a[1] for a in task.init if a[0] == "origin"
                      if ("served", a[1]) not in state)
    assert unserved and all(f"(served {p})" in r.reason for p in unserved), r.reason


def test_elevators_costs_follow_the_static_functions():
    task, plan, _ = _ipc("elevators-sat08-strips", "p01")
    values = task.problem.values
    expected = 0
    for step in plan:
        name, *args = step.strip("()").split()
        if name.startswith("move-"):
            fn = "travel-slow" if "slow" in name else "travel-fast"
            low, high = (args[1], args[2]) if "-up-" in name else (args[2], args[1])
            expected += values[(fn, low, high)]
    assert expected == 66 == task.validate(plan).cost


# ---------------------------------------------------------------------------------------
# The Python API


def test_validate_api_takes_objects_paths_or_text_and_compiles_each_pair_once(tmp_path):
    from iterdeploy import validate as top_level
    from iterdeploy.planning import validate as module

    folder = IPC_ADL / "elevators-sat08-strips"
    plan_path = folder / "p01.plan"
    r = top_level(folder / "domain.pddl", folder / "p01.pddl", plan_path)
    assert (r.valid, r.cost) == (True, 66)
    assert top_level(str(folder / "domain.pddl"), str(folder / "p01.pddl"),
                     plan_path.read_text()) == r
    d_text, p_text = (folder / "domain.pddl").read_text(), (folder / "p01.pddl").read_text()
    before = module._cached_task.cache_info()
    for _ in range(3):
        assert top_level(d_text, p_text, plan_path.read_text().splitlines()) == r
    after = module._cached_task.cache_info()
    assert after.misses == before.misses + 1 and after.hits == before.hits + 2
    d = parse_domain(d_text)
    assert validate(d, parse_problem(p_text, d), plan_path.read_text()) == r
    with pytest.raises(PDDLError, match="nothing.pddl"):
        top_level(tmp_path / "nothing.pddl", folder / "p01.pddl", "")


def test_validate_many_parses_each_domain_and_problem_once(monkeypatch, tmp_path):
    from iterdeploy.planning import validate as module

    calls = {"domain": 0, "problem": 0}
    real_d, real_p = module.read_domain, module.read_problem

    def count_d(*a, **k):
        calls["domain"] += 1
        return real_d(*a, **k)

    def count_p(*a, **k):
        calls["problem"] += 1
        return real_p(*a, **k)

    monkeypatch.setattr(module, "read_domain", count_d)
    monkeypatch.setattr(module, "read_problem", count_p)
    folder = IPC_ADL / "miconic-simpleadl"
    task, plan, text = _ipc("miconic-simpleadl", "s4-0")
    bad = tmp_path / "bad.plan"
    bad.write_text("\n".join(plan[:-1]))
    dom, prob = folder / "domain.pddl", folder / "s4-0.pddl"
    triples = [(dom, prob, folder / "s4-0.plan"), (dom, prob, bad),
               (dom, tmp_path / "missing.pddl", bad), (dom, prob, tmp_path / "none.plan")]
    out = list(module.validate_many(triples))
    assert [t for t, _ in out] == triples
    verdicts = [v for _, v in out]
    assert verdicts[0].valid and verdicts[1].status == "GOAL_NOT_REACHED"
    assert isinstance(verdicts[2], PDDLError) and "missing.pddl" in str(verdicts[2])
    assert isinstance(verdicts[3], PDDLError) and "none.plan" in str(verdicts[3])
    assert calls == {"domain": 1, "problem": 2}


# ---------------------------------------------------------------------------------------
# The command line: many plans per process


def _cli(*args, cwd=None):
    import os
    import subprocess
    import sys

    import iterdeploy

    # the package under test, also when the command runs in another folder
    env = {**os.environ, "PYTHONPATH": str(Path(iterdeploy.__file__).parents[1])}
    return subprocess.run([sys.executable, "-m", "iterdeploy.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=60, cwd=cwd, env=env)


def test_cli_many_plans_one_json_line_each_and_batch_exit_codes(tmp_path):
    import json

    folder = IPC_ADL / "barman-sat11-strips"
    dom, prob, good = folder / "domain.pddl", folder / "pfile06-021.pddl", \
        folder / "pfile06-021.plan"
    _, plan, _ = _ipc("barman-sat11-strips", "pfile06-021")
    short = tmp_path / "short.plan"
    short.write_text("\n".join(plan[:10]))
    r = _cli("validate", dom, prob, good, good)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.returncode == 0 and [x["cost"] for x in rows] == [310, 310]
    assert rows[0]["plan"] == str(good) and rows[0]["domain"] == str(dom)
    r = _cli("validate", dom, prob, good, short, good)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.returncode == 1
    assert [x["status"] for x in rows] == ["VALID", "GOAL_NOT_REACHED", "VALID"]
    r = _cli("validate", dom, prob, tmp_path / "none.plan", short)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.returncode == 2 and [x["status"] for x in rows] == ["INPUT_ERROR",
                                                                  "GOAL_NOT_REACHED"]
    assert "none.plan" in rows[0]["reason"]


def test_cli_manifest_paths_relative_to_it(tmp_path):
    import json
    import shutil

    for folder in ("storage", "elevators-sat08-strips"):
        shutil.copytree(IPC_ADL / folder, tmp_path / folder)
    manifest = tmp_path / "runs.txt"
    manifest.write_text("# domain problem plan\n"
                        "storage/domain.pddl storage/p07.pddl storage/p07.plan\n\n"
                        "elevators-sat08-strips/domain.pddl  elevators-sat08-strips/p01.pddl"
                        "  elevators-sat08-strips/p01.plan\n")
    r = _cli("validate", "--manifest", manifest, cwd="/")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.returncode == 0, r.stderr
    assert [(x["plan_length"], x["cost"], x["metric"]) for x in rows] == [(14, 14, None),
                                                                            (20, 66, 66)]
    manifest.write_text("storage/domain.pddl storage/p07.pddl\n")
    r = _cli("validate", "--manifest", manifest)
    assert r.returncode == 2 and "runs.txt:1: expected DOMAIN PROBLEM PLAN" in r.stderr
    r = _cli("validate", "--manifest", manifest, "x.pddl")
    assert r.returncode == 2 and "not both" in r.stderr
    r = _cli("validate", "d.pddl", "p.pddl")
    assert r.returncode == 2 and "DOMAIN PROBLEM PLAN" in r.stderr


# ---------------------------------------------------------------------------------------
# Against VAL itself, where its `Validate` binary is on the PATH


def val_verdict(domain: Path, problem: Path, plan: list[str], tmp_path: Path):
    """(valid, failed step or None, final value or None) as VAL (`Validate -v`) reports them."""
    import re
    import shutil
    import subprocess

    path = tmp_path / "val.plan"
    path.write_text("\n".join(plan) + "\n")
    out = subprocess.run([shutil.which("Validate"), "-v", str(domain), str(problem), str(path)],
                         capture_output=True, text=True, timeout=60).stdout
    if "Plan valid" in out:
        return True, None, float(re.search(r"Final value: (\S+)", out).group(1))
    if "unsatisfied precondition" in out:
        times = re.findall(r"Checking next happening \(time (\d+)\)", out)
        return False, int(times[-1]), None
    assert "goal is not satisfied" in out, out
    return False, None, None


@pytest.mark.skipif(__import__("shutil").which("Validate") is None,
                    reason="VAL's Validate binary is not on the PATH")
@pytest.mark.parametrize("folder, problem", [c[:2] for c in IPC_CASES],
                         ids=[c[0] for c in IPC_CASES])
def test_same_verdicts_failing_steps_and_values_as_val(folder, problem, tmp_path):
    task, plan, _ = _ipc(folder, problem)
    n = len(plan)
    ks = sorted({round(i * (n - 1) / 11) for i in range(12)})  # 12 places along the plan
    variants = [plan] + [plan[:k] for k in ks]
    variants += [plan[:k] + plan[k + 1:] for k in ks]  # a dropped step
    variants += [plan[:k] + [plan[k + 1], plan[k]] + plan[k + 2:] for k in ks if k + 1 < n]
    variants += [plan[:k + 1] + plan[k:] for k in ks]  # a repeated step
    for variant in variants:
        r = task.validate(variant)
        ours = (r.valid, r.failed_step, None if r.cost is None else float(r.metric or r.cost))
        assert ours == val_verdict(IPC_ADL / folder / "domain.pddl",
                                   IPC_ADL / folder / f"{problem}.pddl", variant, tmp_path), \
            (variant, r)
