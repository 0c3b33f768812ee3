"""The reference planner (Fast Downward from up-fast-downward): validated plans, optimal
lengths, failures as PlannerError kinds, concurrency, and the `iterdeploy solve` command."""
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from click.testing import CliRunner

from iterdeploy.cli import main as cli
from iterdeploy.domains import DOMAINS, generate, get_spec, load_domain
from iterdeploy.planning import planner
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.planner import PlannerError, PlanResult, solve, solve_text
from iterdeploy.planning.validate import Task

try:
    planner._fast_downward()
except PlannerError:
    pytest.skip(f"Fast Downward is not installed ({planner.INSTALL_HINT})",
                allow_module_level=True)

BW = get_spec("blocksworld").domain_text()
TWO = """(define (problem {name}) (:domain blocksworld) (:objects a b - object)
 (:init (arm-empty) (clear a) (clear b) (on-table a) (on-table b))
 (:goal (and {goal})))"""
UNSOLVABLE = TWO.format(name="self-on-self", goal="(on a a)")
DONE = TWO.format(name="already-done", goal="(on-table a) (clear b)")


def _task(domain, text):
    d = load_domain(domain)
    return Task(d, parse_problem(text, d))


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_lama_first_plans_for_generated_tasks_validate(domain):
    t = generate(domain, 11)
    res = solve_text(get_spec(domain).domain_text(), t.problem)
    assert isinstance(res, PlanResult)
    assert (res.config, res.optimal) == ("lama-first", False)
    assert res.plan and all(s == s.lower() and s.startswith("(") for s in res.plan)
    assert _task(domain, t.problem).validate(res.plan).valid
    assert 0 < res.time_s < 30


@pytest.mark.parametrize("domain, sizes", [
    ("blocksworld", {"blocks": 4}), ("ferry", {"cars": 2, "locations": 3}),
    ("miconic", {"passengers": 2, "floors": 3}), ("spanner", {}),
    ("sokoban", {"grid": 6, "boxes": 1}), ("childsnack", {"children": 2, "allergic": 1})])
def test_optimal_length_equals_bfs_length(domain, sizes):
    for seed in range(2):
        t = generate(domain, seed, sizes)
        res = solve_text(get_spec(domain).domain_text(), t.problem, optimal=True)
        assert (res.config, res.optimal) == ("astar(lmcut())", True)
        shortest = bfs(_task(domain, t.problem))
        assert shortest is not None and len(res.plan) == len(shortest)
        assert len(res.plan) <= len(t.witness)


@pytest.mark.parametrize("optimal", [False, True])
def test_unsolvable_task(optimal):
    with pytest.raises(PlannerError, match="unsolvable") as exc:
        solve_text(BW, UNSOLVABLE, optimal=optimal)
    assert exc.value.kind == "unsolvable"


def test_goal_already_true_gives_the_empty_plan():
    res = solve_text(BW, DONE)
    assert res.plan == []


def test_timeout():
    big = generate("blocksworld", 1, {"blocks": 40}).problem
    start = time.monotonic()
    with pytest.raises(PlannerError, match="time limit of 0.5 s") as exc:
        solve_text(BW, big, optimal=True, timeout=0.5)
    assert exc.value.kind == "timeout"
    assert time.monotonic() - start < 5  # the planner was killed, not waited for
    with pytest.raises(PlannerError) as exc:  # not even the translator finishes
        solve_text(BW, big, timeout=0.01)
    assert exc.value.kind == "timeout"


def test_missing_planner_names_the_install_command(monkeypatch):
    planner._fast_downward.cache_clear()
    monkeypatch.setattr(planner.importlib.util, "find_spec", lambda name: None)
    try:
        with pytest.raises(PlannerError) as exc:
            solve_text(BW, DONE)
    finally:
        planner._fast_downward.cache_clear()
    assert exc.value.kind == "missing"
    assert "pip install 'iterdeploy[planner]'" in str(exc.value)


def test_a_plan_our_validator_rejects_is_an_error(monkeypatch):
    # Stand-in for a translation bug: the plan read back loses its last step.
    real = planner._plan_lines
    monkeypatch.setattr(planner, "_plan_lines", lambda text: real(text)[:-1])
    with pytest.raises(PlannerError, match="GOAL_NOT_REACHED") as exc:
        solve_text(BW, generate("blocksworld", 2).problem)
    assert exc.value.kind == "error"


def test_concurrent_calls_from_threads_agree_with_sequential_ones():
    problems = [generate("blocksworld", s, {"blocks": 6}).problem for s in range(6)]
    alone = [solve_text(BW, p).plan for p in problems]
    with ThreadPoolExecutor(max_workers=2) as ex:
        together = list(ex.map(lambda p: solve_text(BW, p).plan, problems))
    assert together == alone


def test_solve_reads_files_and_does_not_import_unified_planning(tmp_path):
    (tmp_path / "d.pddl").write_text(BW)
    (tmp_path / "p.pddl").write_text(generate("blocksworld", 4).problem)
    code = ("import sys; from iterdeploy.planning.planner import solve; "
            f"r = solve({str(tmp_path / 'd.pddl')!r}, {str(tmp_path / 'p.pddl')!r}); "
            "print(len(r.plan), 'unified_planning' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    n, imported = r.stdout.split()
    assert int(n) > 0 and imported == "False", r.stderr
    assert solve(tmp_path / "d.pddl", tmp_path / "p.pddl").plan == solve_text(
        BW, generate("blocksworld", 4).problem).plan


def test_cli_solve(tmp_path):
    (tmp_path / "d.pddl").write_text(BW)
    t = generate("blocksworld", 5)
    (tmp_path / "p.pddl").write_text(t.problem)
    r = CliRunner().invoke(cli, ["solve", str(tmp_path / "d.pddl"), str(tmp_path / "p.pddl"),
                                 "--optimal"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[-1].startswith(f"; cost = {len(lines) - 1} (unit cost), astar(lmcut()), "
                                "optimal")
    assert all(s.startswith("(") and s.endswith(")") for s in lines[:-1])
    assert _task("blocksworld", t.problem).validate(r.output).valid  # the comment is fine
    (tmp_path / "u.pddl").write_text(UNSOLVABLE)
    r = CliRunner().invoke(cli, ["solve", str(tmp_path / "d.pddl"), str(tmp_path / "u.pddl")])
    assert r.exit_code == 1 and "unsolvable" in r.output
    r = CliRunner().invoke(cli, ["solve", str(tmp_path / "d.pddl"), str(tmp_path / "d.pddl")])
    assert r.exit_code == 2 and "d.pddl" in r.output


def _sas(domain_text, problem_text, tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "d.pddl").write_text(domain_text)
    (folder / "p.pddl").write_text(problem_text)
    code, _out = planner._translate(str(folder / "d.pddl"), str(folder / "p.pddl"),
                                    str(folder), deadline=time.monotonic() + 60, label=name,
                                    timeout=60)
    assert code == 0
    return (folder / "output.sas").read_bytes()


@pytest.mark.parametrize("domain", ["rovers", "sokoban"])
def test_fork_server_translates_exactly_like_a_fresh_translator(domain, tmp_path,
                                                                 monkeypatch):
    text = get_spec(domain).domain_text()
    a, b = generate(domain, 1).problem, generate(domain, 2).problem
    served = [_sas(text, p, tmp_path, f"served{i}") for i, p in enumerate((a, b, a))]
    assert served[0] == served[2]  # no state leaks from one translation into the next
    monkeypatch.setattr(planner, "USE_FORK_SERVER", False)
    assert _sas(text, a, tmp_path, "fresh") == served[0]


def test_a_broken_fork_server_falls_back_to_a_translator_process(monkeypatch, caplog):
    class Broken:
        def translate(self, *args):
            raise OSError("the translator server died or hung")

        def close(self):
            pass

    monkeypatch.setattr(planner, "USE_FORK_SERVER", True)
    monkeypatch.setattr(planner, "_TranslateServer", Broken)
    monkeypatch.setattr(planner, "_idle_servers", [])
    t = generate("blocksworld", 3)
    assert _task("blocksworld", t.problem).validate(solve_text(BW, t.problem).plan).valid
    assert planner.USE_FORK_SERVER is False and "fork server failed" in caplog.text


@pytest.mark.slow
def test_same_planner_as_unified_planning_oneshot_planner():
    """Our direct calls match UP's OneshotPlanner("fast-downward"/"fast-downward-opt")."""
    up = pytest.importorskip("unified_planning.shortcuts")
    from unified_planning.io import PDDLReader

    up.get_environment().credits_stream = None
    for domain, sizes in (("blocksworld", {"blocks": 5}), ("ferry", {}), ("spanner", {})):
        t = generate(domain, 21, sizes)
        text = get_spec(domain).domain_text()
        problem = PDDLReader().parse_problem_string(text, t.problem)
        for name, optimal in (("fast-downward", False), ("fast-downward-opt", True)):
            with up.OneshotPlanner(name=name) as engine:
                res = engine.solve(problem, timeout=60)
            theirs = [f"({a.action.name} {' '.join(map(str, a.actual_parameters))})"
                      for a in res.plan.actions]
            ours = solve_text(text, t.problem, optimal=optimal).plan
            assert _task(domain, t.problem).validate(theirs).valid
            if optimal:
                assert len(ours) == len(theirs)


def test_solve_reports_action_costs_from_the_validator():
    from pathlib import Path

    folder = Path(__file__).parent / "data" / "ipc-adl" / "elevators-sat08-strips"
    res = solve(folder / "domain.pddl", folder / "p01.pddl", timeout=60)
    assert res.action_costs and res.cost == Task.from_files(
        folder / "domain.pddl", folder / "p01.pddl").validate(res.plan).cost
    assert res.cost != len(res.plan)  # the elevators' travel costs, not a step count
    out = CliRunner().invoke(cli, ["solve", str(folder / "domain.pddl"),
                                   str(folder / "p01.pddl")]).output
    assert f"; cost = {res.cost}, lama-first" in out
