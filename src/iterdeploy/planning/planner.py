"""The reference planner: Fast Downward as shipped by the `up-fast-downward` wheel.

Satisficing plans come from LAMA-first, optimal ones from A* with LM-cut, both under a
wall-clock time limit. Every plan is checked by our own validator before it is returned, so
a translation bug (ours or the planner's) surfaces as a PlannerError, never as a wrong
reference plan.

We run the wheel's two Fast Downward components ourselves, each call in its own temporary
folder (so concurrent calls from threads never share a file): the translator and the search
binary. That is the same planner with the same configurations as Unified Planning's
`OneshotPlanner(name="fast-downward")` and `"fast-downward-opt"`, without UP's PDDL round
trip (importing UP costs ~1.4 s; parsing and rewriting each task through it ~0.1 s). The
translator runs in a fork server (`_fd_translate`) that imports it once per process: on
small tasks that cuts the CPU time of a call from ~0.14 s to ~0.05 s, which is what makes
a 500-task pool build take well under a minute. Nothing from UP is imported here.
"""
from __future__ import annotations

import atexit
import functools
import importlib.util
import json
import logging
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from iterdeploy import IterdeployError
from iterdeploy.planning.pddl import parse_domain, parse_problem, read_domain, read_problem
from iterdeploy.planning.validate import Task

log = logging.getLogger(__name__)
INSTALL_HINT = "pip install 'iterdeploy[planner]'"
KINDS = ("timeout", "unsolvable", "missing", "error")

# FD's `--alias lama-first` (driver/aliases.py), spelled out because we call the search
# binary without the driver.
LAMA_FIRST = ("let(hlm, eval_modify_costs(landmark_sum(lm_factory=lm_reasonable_orders_hps("
              "lm_rhw()),pref=false),cost_type=one),let(hff, eval_modify_costs(ff(),"
              "cost_type=one),lazy_greedy([hff,hlm],preferred=[hff,hlm],cost_type=one,"
              "reopen_closed=false)))")
OPTIMAL = "astar(lmcut())"

# Fast Downward exit codes (https://www.fast-downward.org/ExitCodes).
_PLAN_FOUND = (0, 1, 2, 3)  # 1-3: a plan was found, then a limit was hit
_UNSOLVABLE = (10, 11, 12)  # proven unsolvable, or search space exhausted
_OUT_OF_TIME = (21, 23)
_OUT_OF_MEMORY = (20, 22, 24)
_TAIL = 1500  # characters of planner output quoted in an error
USE_FORK_SERVER = hasattr(os, "fork")  # else (or if it fails) a translator process per call


class PlannerError(IterdeployError):
    """The reference planner gave no plan; `kind` says why."""

    def __init__(self, kind: str, message: str):
        assert kind in KINDS, kind
        super().__init__(message)
        self.kind = kind


@dataclass
class PlanResult:
    """A validated reference plan."""

    plan: list[str]  # IPC action lines, lower case: "(pick-up b1)"
    config: str  # "lama-first" or "astar(lmcut())"
    optimal: bool
    time_s: float
    cost: int | float | None = None  # the plan's cost (its length without action costs)
    action_costs: bool = False  # whether the domain has action costs


@functools.cache
def _fast_downward() -> tuple[Path, list[str]]:
    """(search binary, translator command) of the installed up-fast-downward wheel."""
    try:
        pkg = importlib.util.find_spec("up_fast_downward")  # does not import UP
        translate = importlib.util.find_spec("fast_downward.translate")
    except (ImportError, ValueError):
        pkg = translate = None
    search = None
    if pkg is not None and pkg.submodule_search_locations:
        search = (Path(list(pkg.submodule_search_locations)[0]) / "downward" / "builds"
                  / "release" / "bin" / "downward")
    if search is None or translate is None or not os.access(search, os.X_OK):
        raise PlannerError("missing", "Fast Downward (the up-fast-downward package) is not "
                                      f"installed: {INSTALL_HINT}")
    return search, [sys.executable, "-m", "fast_downward.translate"]


def _tail(text: str) -> str:
    text = text.strip()
    return ("..." + text[-_TAIL:]) if len(text) > _TAIL else text


def _timeout(label: str, timeout: float) -> PlannerError:
    return PlannerError("timeout", f"{label}: no plan within the time limit of {timeout:g} s")


def _env() -> dict:
    # A fixed hash seed keeps the translator's output, hence the plan, the same on every run.
    return {**os.environ, "PYTHONHASHSEED": "0"}


def _run(cmd: list[str], *, cwd: str, deadline: float, label: str, timeout: float,
         stdin=None) -> subprocess.CompletedProcess:
    """One Fast Downward component under what is left of the time limit."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise _timeout(label, timeout)
    try:
        # subprocess.run kills the child on timeout; neither component forks further.
        return subprocess.run(cmd, cwd=cwd, stdin=stdin, capture_output=True, text=True,
                              errors="replace", timeout=left, env=_env())
    except subprocess.TimeoutExpired:
        raise _timeout(label, timeout) from None
    except OSError as exc:
        raise PlannerError("missing", f"{label}: cannot run Fast Downward ({exc}); "
                                      f"{INSTALL_HINT}") from None


class _TranslateServer:
    """One running `_fd_translate` fork server; serves one request at a time."""

    GRACE = 10.0  # seconds past the deadline before a silent server is declared hung

    def __init__(self):
        self.owner = os.getpid()  # a forked copy of our process must not share the server
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "iterdeploy.planning._fd_translate"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, env=_env())

    def translate(self, domain: str, problem: str, sas: str, logfile: str,
                  left: float) -> int:
        """The translator's exit code; OSError/ValueError when the server is broken."""
        req = {"domain": domain, "problem": problem, "sas": sas, "log": logfile,
               "timeout": left}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], left + self.GRACE)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            raise OSError("the translator server died or hung")
        return int(json.loads(line)["code"])

    def close(self) -> None:
        """Stop the server (its current child, if any, ends at its own time limit)."""
        try:
            self.proc.kill()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass


_idle_servers: list[_TranslateServer] = []  # one per concurrent caller, reused
_servers_lock = threading.Lock()


@atexit.register
def _close_servers() -> None:
    with _servers_lock:
        while _idle_servers:
            server = _idle_servers.pop()
            if server.owner == os.getpid():
                server.close()


def _disable_fork_server(exc: Exception) -> None:
    """Fall back to one translator process per call (slower, same output) from now on."""
    global USE_FORK_SERVER
    if USE_FORK_SERVER:
        USE_FORK_SERVER = False
        log.warning("the translator fork server failed (%s); running the translator as a "
                    "separate process per call from now on", exc)


def _translate(domain: str, problem: str, tmp: str, *, deadline: float, label: str,
               timeout: float) -> tuple[int, str]:
    """(exit code, output) of the translator writing tmp/output.sas."""
    sas, logfile = str(Path(tmp) / "output.sas"), str(Path(tmp) / "translate.log")
    left = deadline - time.monotonic()
    if left <= 0:
        raise _timeout(label, timeout)
    if USE_FORK_SERVER:
        with _servers_lock:
            server = _idle_servers.pop() if _idle_servers else None
            if server is not None and server.owner != os.getpid():
                _idle_servers.clear()  # inherited through fork: the parent's servers
                server = None
        try:
            server = server or _TranslateServer()
            code = server.translate(domain, problem, sas, logfile, left)
        except (OSError, ValueError) as exc:
            if server is not None:
                server.close()
            if time.monotonic() >= deadline:
                raise _timeout(label, timeout) from None
            _disable_fork_server(exc)
        else:
            with _servers_lock:
                _idle_servers.append(server)
            out = Path(logfile).read_text(errors="replace") if Path(logfile).exists() else ""
            return code, out
    _search, translate = _fast_downward()
    proc = _run([*translate, domain, problem, "--sas-file", sas], cwd=tmp,
                deadline=deadline, label=label, timeout=timeout)
    return proc.returncode, proc.stdout + proc.stderr


def _fail(code: int, output: str, label: str, stage: str, timeout: float):
    """Turn a component's non-success exit code into a PlannerError."""
    out = _tail(output)
    if code in _UNSOLVABLE:
        raise PlannerError("unsolvable", f"{label}: Fast Downward found no plan: the task is "
                                         f"unsolvable ({stage} exit code {code})")
    if code in _OUT_OF_TIME:
        raise _timeout(label, timeout)
    if code in _OUT_OF_MEMORY:
        raise PlannerError("error", f"{label}: Fast Downward ran out of memory in the {stage}")
    raise PlannerError("error", f"{label}: Fast Downward's {stage} failed with exit code "
                                f"{code}:\n{out}")


def _plan_lines(text: str) -> list[str]:
    """FD's plan file -> action lines ("; cost = ..." comments dropped)."""
    return [s.lower() for s in (line.strip() for line in text.splitlines())
            if s and not s.startswith(";")]


def _solve(domain_file: str, problem_file: str, task: Task, label: str, optimal: bool,
           timeout: float) -> PlanResult:
    search = _fast_downward()[0]
    start = time.monotonic()
    deadline = start + timeout
    with tempfile.TemporaryDirectory(prefix="iterdeploy-fd-") as tmp:
        # Each call has its own folder, so concurrent calls never share output.sas/sas_plan.
        code, out = _translate(domain_file, problem_file, tmp, deadline=deadline,
                               label=label, timeout=timeout)
        if code != 0:
            _fail(code, out, label, "translator", timeout)
        with open(Path(tmp) / "output.sas", "rb") as sas:
            proc = _run([str(search), "--search", OPTIMAL if optimal else LAMA_FIRST,
                         "--internal-plan-file", "sas_plan"], cwd=tmp, stdin=sas,
                        deadline=deadline, label=label, timeout=timeout)
        plan_file = Path(tmp) / "sas_plan"
        if proc.returncode not in _PLAN_FOUND or not plan_file.exists():
            _fail(proc.returncode, proc.stdout + proc.stderr, label, "search", timeout)
        plan = _plan_lines(plan_file.read_text())
    result = task.validate(plan)
    if not result.valid:
        raise PlannerError("error", f"{label}: our validator rejects Fast Downward's plan "
                                    f"({result.status} at step {result.failed_step}: "
                                    f"{result.reason}); a PDDL translation bug?")
    return PlanResult(plan, OPTIMAL if optimal else "lama-first", optimal,
                      time.monotonic() - start, result.cost, task.has_costs)


def solve(domain_path: str | Path, problem_path: str | Path, *, optimal: bool = False,
          timeout: float = 60.0) -> PlanResult:
    """A validated plan for a problem file (LAMA-first, or A* + LM-cut when `optimal`)."""
    domain = read_domain(domain_path)
    task = Task(domain, read_problem(problem_path, domain))
    return _solve(str(Path(domain_path).resolve()), str(Path(problem_path).resolve()), task,
                  str(problem_path), optimal, timeout)


@functools.lru_cache(maxsize=32)
def _domain(text: str):
    return parse_domain(text)


def solve_text(domain_text: str, problem_text: str, *, optimal: bool = False,
               timeout: float = 60.0) -> PlanResult:
    """Like `solve`, for PDDL given as text."""
    domain = _domain(domain_text)
    problem = parse_problem(problem_text, domain)
    task = Task(domain, problem)
    with tempfile.TemporaryDirectory(prefix="iterdeploy-pddl-") as tmp:
        dom, prob = Path(tmp) / "domain.pddl", Path(tmp) / "problem.pddl"
        dom.write_text(domain_text)
        prob.write_text(problem_text)
        return _solve(str(dom), str(prob), task, f"problem {problem.name}", optimal, timeout)
