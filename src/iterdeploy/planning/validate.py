"""The plan validator: VAL semantics for STRIPS with typing and negative preconditions.

A plan is checked step by step against a `Task` (a domain and problem compiled once). Only the
actions the plan uses are grounded, so a 500-block problem costs what its plan costs. The
result is data (`ValidationResult`), never an exception: exceptions are for malformed PDDL.

Where we differ from VAL on purpose (see DESIGN.md): a step with too many arguments is
WRONG_ARITY in every domain (VAL segfaults in typed domains and accepts it in untyped
Blocksworld), and plans of any length are read (VAL stops at 10,000 steps).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Sequence

from iterdeploy.planning.pddl import Domain, PDDLError, Problem, read_domain, read_problem

VALID = "VALID"
PARSE_ERROR = "PARSE_ERROR"
UNKNOWN_ACTION = "UNKNOWN_ACTION"
WRONG_ARITY = "WRONG_ARITY"
UNKNOWN_OBJECT = "UNKNOWN_OBJECT"
TYPE_MISMATCH = "TYPE_MISMATCH"
PRECONDITION_FALSE = "PRECONDITION_FALSE"
GOAL_NOT_REACHED = "GOAL_NOT_REACHED"
STATUSES = (VALID, PARSE_ERROR, UNKNOWN_ACTION, WRONG_ARITY, UNKNOWN_OBJECT, TYPE_MISMATCH,
            PRECONDITION_FALSE, GOAL_NOT_REACHED)

_MAX_LISTED = 8  # atoms named in a reason before "and N more"


@dataclass(frozen=True)
class ValidationResult:
    """The verdict on one plan."""

    valid: bool
    status: str
    failed_step: int | None  # 1-based action index; None for VALID, GOAL_NOT_REACHED, PARSE_ERROR
    reason: str
    plan_length: int  # actions in the plan (0 when it could not be parsed)

    def to_dict(self) -> dict:
        """Plain dict with the keys of `iterdeploy validate --json`."""
        return asdict(self)


# --------------------------------------------------------------------------------------
# Plan text

Step = tuple  # (name, args tuple, line number)

# One action with optional IPC decorations: "3: (act a b) [1]" or "0.000: (act a b) [1.000]".
_STEP = re.compile(r"\s*(?:\d+(?:\.\d*)?\s*:)?\s*\(([^()]*)\)\s*(?:\[[^\[\]]*\])?")


class PlanParseError(ValueError):
    """A plan line that is not an action."""

    def __init__(self, line: int, text: str, why: str):
        super().__init__(f"line {line}: {why}: {text[:80]!r}")
        self.line = line


def parse_plan(plan: str | Iterable[str]) -> list[Step]:
    """IPC plan text (or a sequence of action lines) -> [(name, args, line)]; `;` comments."""
    lines = plan.splitlines() if isinstance(plan, str) else plan
    steps: list[Step] = []
    for lineno, raw in enumerate(lines, 1):
        s = raw.split(";", 1)[0].strip()
        if not s:
            continue
        # fast path: the usual "(act a b)" line
        if s[0] == "(" and s[-1] == ")" and s.count("(") == 1 and s.count(")") == 1:
            fields = s[1:-1].lower().split()
            if not fields:
                raise PlanParseError(lineno, raw, "empty action ()")
            steps.append((fields[0], tuple(fields[1:]), lineno))
            continue
        pos = 0
        while pos < len(s):
            m = _STEP.match(s, pos)
            if not m:
                raise PlanParseError(lineno, raw, "not an action `(name arg ...)`")
            fields = m.group(1).lower().split()
            if not fields:
                raise PlanParseError(lineno, raw, "empty action ()")
            steps.append((fields[0], tuple(fields[1:]), lineno))
            pos = m.end()
            while pos < len(s) and s[pos].isspace():
                pos += 1
    return steps


def _fmt(atom) -> str:
    return "(" + " ".join(atom) + ")"


def _fmt_atoms(atoms) -> str:
    atoms = sorted(atoms)
    shown = ", ".join(_fmt(a) for a in atoms[:_MAX_LISTED])
    if len(atoms) > _MAX_LISTED:
        shown += f" and {len(atoms) - _MAX_LISTED} more"
    return shown


# --------------------------------------------------------------------------------------
# Compiled task


class Task:
    """A domain and problem compiled for fast, repeated validation and simulation."""

    def __init__(self, domain: Domain, problem: Problem):
        self.domain = domain
        self.problem = problem
        self.objects: dict[str, str] = {**domain.constants, **problem.objects}
        self._ancestors: dict[str, frozenset[str]] = {}
        self.object_types = {o: self._anc(t) for o, t in self.objects.items()}
        self.schemas = {name: _compile_action(a) for name, a in domain.actions.items()}
        self.init = frozenset(problem.init)
        self.goal_pos = frozenset(problem.goal_pos)
        self.goal_neg = frozenset(problem.goal_neg)
        # (name, args) -> (pre, neg, add, delete, static_failure), or a failure (status, reason)
        self._cache: dict[tuple, tuple] = {}

    def _anc(self, typ: str) -> frozenset[str]:
        if typ not in self._ancestors:
            self._ancestors[typ] = self.domain.ancestors(typ)
        return self._ancestors[typ]

    @classmethod
    def from_files(cls, domain_path: str | Path, problem_path: str | Path) -> "Task":
        """Read and compile a domain and a problem file."""
        domain = read_domain(domain_path)
        return cls(domain, read_problem(problem_path, domain))

    def ground(self, name: str, args: tuple[str, ...]):
        """(pre, neg, add, delete, static_failure) of a ground action, or (status, reason)."""
        key = (name, args)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        out = self._ground(name, args)
        self._cache[key] = out
        return out

    def _ground(self, name, args):
        label = _fmt((name, *args))
        schema = self.schemas.get(name)
        if schema is None:
            return (UNKNOWN_ACTION, f"{label}: unknown action `{name}`")
        types, pre_t, neg_t, add_t, del_t, eq, neq = schema
        if len(args) != len(types):
            return (WRONG_ARITY, f"{label}: `{name}` takes {len(types)} argument(s), "
                                 f"got {len(args)}")
        for arg, want in zip(args, types):
            have = self.object_types.get(arg)
            if have is None:
                return (UNKNOWN_OBJECT, f"{label}: unknown object `{arg}`")
            if want not in have:
                return (TYPE_MISMATCH, f"{label}: `{arg}` is a {self.objects[arg]}, "
                                       f"`{name}` expects a {want} there")

        def inst(templates):
            return frozenset(tuple(args[x] if type(x) is int else x for x in t) for t in templates)

        def val(t):
            return args[t] if type(t) is int else t

        broken = [f"(= {val(a)} {val(b)})" for a, b in eq if val(a) != val(b)]
        broken += [f"(not (= {val(a)} {val(b)}))" for a, b in neq if val(a) == val(b)]
        # an equality precondition depends only on the arguments: decided once, here
        static = f"{label}: precondition false: {', '.join(broken)}" if broken else None
        return (inst(pre_t), inst(neg_t), inst(add_t), inst(del_t), static)

    def apply(self, state: set, name: str, args: tuple[str, ...]):
        """Apply a step to `state` in place; return None or (status, reason) without changing it."""
        g = self.ground(name, args)
        if len(g) == 2:
            return g
        pre, neg, add, dele, static = g
        if static is not None:
            return (PRECONDITION_FALSE, static)
        if not (pre <= state) or (neg and not neg.isdisjoint(state)):
            return (PRECONDITION_FALSE, self._why_not(name, args, pre, neg, state))
        state -= dele
        state |= add
        return None

    def _why_not(self, name, args, pre, neg, state) -> str:
        parts = []
        missing = [a for a in pre if a not in state]
        if missing:
            parts.append("false: " + _fmt_atoms(missing))
        present = [a for a in neg if a in state]
        if present:
            parts.append("true but must be false: " + _fmt_atoms(present))
        return f"{_fmt((name, *args))}: precondition " + "; ".join(parts)

    def goal_reached(self, state) -> bool:
        """Whether the goal holds in `state`."""
        return self.goal_pos <= state and (not self.goal_neg or self.goal_neg.isdisjoint(state))

    def validate(self, plan: str | Sequence[str] | Sequence[Step]) -> ValidationResult:
        """Check a plan (text, action lines, or parsed steps) from the initial state."""
        if isinstance(plan, str) or (plan and isinstance(plan[0], str)) or not plan:
            try:
                steps = parse_plan(plan)
            except PlanParseError as exc:
                return ValidationResult(False, PARSE_ERROR, None, f"plan {exc}", 0)
        else:
            steps = plan
        n = len(steps)
        state = set(self.init)
        apply = self.apply
        for i, (name, args, _line) in enumerate(steps, 1):
            err = apply(state, name, args)
            if err is not None:
                status, reason = err
                return ValidationResult(False, status, i, f"step {i} {reason}", n)
        if not self.goal_reached(state):
            false = [a for a in self.goal_pos if a not in state]
            true_neg = [("not", *a) for a in self.goal_neg if a in state]
            total = len(self.goal_pos) + len(self.goal_neg)
            what = _fmt_atoms(false + true_neg)
            return ValidationResult(False, GOAL_NOT_REACHED, None,
                                    f"goal not reached after {n} step(s): "
                                    f"{len(false) + len(true_neg)} of {total} goal "
                                    f"condition(s) unmet: {what}", n)
        return ValidationResult(True, VALID, None, f"valid plan of {n} step(s)", n)


def _compile_action(action):
    """Parameter types and literal templates with parameters replaced by their index."""
    index = {var: i for i, (var, _) in enumerate(action.parameters)}

    def term(t):
        return index[t] if t in index else t

    def templates(atoms):
        return tuple((a[0], *(term(t) for t in a[1:])) for a in atoms)

    return (
        tuple(t for _, t in action.parameters),
        templates(action.pre_pos), templates(action.pre_neg),
        templates(action.add), templates(action.delete),
        tuple((term(a), term(b)) for a, b in action.pre_eq),
        tuple((term(a), term(b)) for a, b in action.pre_neq),
    )


def validate(domain: Domain, problem: Problem, plan) -> ValidationResult:
    """Validate a plan (text or action lines) for a parsed domain and problem."""
    return Task(domain, problem).validate(plan)


def validate_files(domain_path, problem_path, plan_path) -> ValidationResult:
    """Validate a plan file; malformed PDDL raises PDDLError, an unreadable plan too."""
    task = Task.from_files(domain_path, problem_path)
    try:
        text = Path(plan_path).read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise PDDLError(f"cannot read plan file: {exc}", str(plan_path)) from exc
    return task.validate(text)
