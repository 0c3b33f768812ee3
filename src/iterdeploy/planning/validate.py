"""The plan validator: VAL semantics for STRIPS with typing and negative preconditions.

A plan is checked step by step against a `Task` (a domain and problem compiled once). Only the
actions the plan uses are grounded, so a 500-block problem costs what its plan costs; each
action schema is compiled, once per domain, into a function that grounds it. The result is
data (`ValidationResult`), never an exception: exceptions are for malformed PDDL.

Where we differ from VAL on purpose: a step with too many arguments is
WRONG_ARITY in every domain (VAL segfaults in typed domains and accepts it in untyped
Blocksworld), and plans of any length are read (VAL stops at 10,000 steps).
"""
from __future__ import annotations

import functools
import gc
import re
import weakref
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Sequence

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

# The fast reader (`_read_actions`) handles the common shape of a plan in a few passes over the
# whole text: ASCII lines of `(name arg ...)` and `;` comments. `_ACTION` is one action that
# does not span lines and is not empty; `_BREAKS` are the ASCII line ends of str.splitlines.
_BREAKS = "\n\r\v\f\x1c\x1d\x1e"
_COMMENT = re.compile(f";[^{_BREAKS}]*")
_ACTION = re.compile(rf"\([ \t\x1f]*([^()\s][^(){_BREAKS}]*)\)")


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


def _read_actions(plan: str | Sequence[str]) -> list[tuple[str, tuple[str, ...]]] | None:
    """[(name, args)] as `parse_plan` reads them, or None when the plan needs `parse_plan`.

    Reads the whole text with one regex split instead of line by line, and accepts only
    plans that `parse_plan` reads the same way: plain ASCII action lines and comments. IPC
    decorations, non-ASCII text and anything malformed go to `parse_plan`, which also
    names the line of an error.
    """
    if isinstance(plan, str):
        text = plan
    else:
        text = "\n".join(plan)
        if len(text.splitlines()) != len(plan):  # an item holds a line break: not a line
            return None
    if not text.isascii():
        return None
    text = text.lower()
    if ";" in text:
        text = _COMMENT.sub("", text)
    parts = _ACTION.split(text)  # [between, action, between, action, ..., between]
    if "".join(parts[0::2]).strip():  # something other than actions and blanks
        return None
    return [(f[0], tuple(f[1:])) for f in map(str.split, parts[1::2])]


def _fmt(atom) -> str:
    return "(" + " ".join(atom) + ")"


def _fmt_atoms(atoms) -> str:
    atoms = sorted(atoms)
    shown = ", ".join(_fmt(a) for a in atoms[:_MAX_LISTED])
    if len(atoms) > _MAX_LISTED:
        shown += f" and {len(atoms) - _MAX_LISTED} more"
    return shown


# --------------------------------------------------------------------------------------
# Compiled domain


class Schema(NamedTuple):
    """An action schema compiled for grounding."""

    types: tuple[str, ...]  # parameter types
    pre: tuple  # literal templates, parameters replaced by their index (ground.py joins on them)
    neg: tuple
    add: tuple
    delete: tuple
    eq: tuple  # (= x y) as (term, term): an index or a constant
    neq: tuple
    instantiate: Callable  # args -> (pre, neg, add, delete) frozensets of ground atoms


def _compile_action(action) -> Schema:
    """Parameter types, literal templates and the function that grounds them."""
    index = {var: i for i, (var, _) in enumerate(action.parameters)}

    def term(t):
        return index[t] if t in index else t

    def templates(atoms):
        return tuple((a[0], *(term(t) for t in a[1:])) for a in atoms)

    pre, neg = templates(action.pre_pos), templates(action.pre_neg)
    add, delete = templates(action.add), templates(action.delete)
    return Schema(tuple(t for _, t in action.parameters), pre, neg, add, delete,
                  tuple((term(a), term(b)) for a, b in action.pre_eq),
                  tuple((term(a), term(b)) for a, b in action.pre_neq),
                  _instantiator((pre, neg, add, delete)))


@functools.lru_cache(maxsize=1024)
def _instantiator(literal_sets: tuple) -> Callable:
    """A function args -> one frozenset of ground atoms per set of literal templates.

    Grounding is most of a validation, so each schema gets its own function, written as
    Python source and compiled (the way `dataclasses` writes `__init__`):
    `lambda a: (frozenset({('on', a[0], a[1]), ('clear', a[0])}), ...)` runs several times
    faster than filling the templates in a loop. PDDL names enter the source only through
    repr(), as string literals, so no PDDL text can become code. Compiling costs about
    0.1 ms a schema, hence the cache: the same domain parsed again reuses the functions.
    """
    def atom(template) -> str:
        return "(" + "".join(f"a[{t}], " if type(t) is int else f"{t!r}, "
                             for t in template) + ")"

    sets = ["frozenset({" + ", ".join(map(atom, ts)) + "})" if ts else "EMPTY"
            for ts in literal_sets]
    return eval(f"lambda a: ({', '.join(sets)},)", {"frozenset": frozenset, "EMPTY": frozenset()})


# Compiled schemas and type ancestors per Domain object (Domain holds dicts: not hashable).
_COMPILED: dict[int, tuple] = {}


def _compile_domain(domain: Domain) -> tuple[dict[str, Schema], dict[str, frozenset[str]]]:
    """({action name: Schema}, {type: ancestors}) of a domain, compiled once per object."""
    key = id(domain)
    hit = _COMPILED.get(key)
    if hit is not None and hit[0]() is domain:
        return hit[1]
    schemas = {name: _compile_action(a) for name, a in domain.actions.items()}
    ancestors = {t: domain.ancestors(t) for t in (*domain.types, "object")}
    # the entry goes when the domain does, before its id can be reused
    _COMPILED[key] = (weakref.ref(domain, lambda _: _COMPILED.pop(key, None)),
                      (schemas, ancestors))
    return schemas, ancestors


# --------------------------------------------------------------------------------------
# Compiled task


class Task:
    """A domain and problem compiled for fast, repeated validation and simulation."""

    def __init__(self, domain: Domain, problem: Problem):
        self.domain = domain
        self.problem = problem
        self.schemas, ancestors = _compile_domain(domain)
        self.objects: dict[str, str] = {**domain.constants, **problem.objects}
        for t in set(self.objects.values()).difference(ancestors):  # undeclared types
            ancestors[t] = domain.ancestors(t)
        # object -> its type and all supertypes: a type check is one set lookup
        self.object_types = {o: ancestors[t] for o, t in self.objects.items()}
        self.init = frozenset(problem.init)
        self.goal_pos = frozenset(problem.goal_pos)
        self.goal_neg = frozenset(problem.goal_neg)
        # (name, args) -> (pre, neg, add, delete, static_failure), or a failure (status, reason)
        self._cache: dict[tuple, tuple] = {}

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
        schema = self.schemas.get(name)
        if schema is None:
            return (UNKNOWN_ACTION, f"{_fmt((name, *args))}: unknown action `{name}`")
        types = schema.types
        if len(args) != len(types):
            return (WRONG_ARITY, f"{_fmt((name, *args))}: `{name}` takes {len(types)} "
                                 f"argument(s), got {len(args)}")
        object_types = self.object_types
        for arg, want in zip(args, types):
            have = object_types.get(arg)
            if have is None or want not in have:
                return self._bad_argument(name, args, types)
        static = None
        if schema.eq or schema.neq:
            static = self._equality(name, args, schema)
        return (*schema.instantiate(args), static)

    def _bad_argument(self, name, args, types):
        """(UNKNOWN_OBJECT or TYPE_MISMATCH, reason) for the first argument that is wrong."""
        label = _fmt((name, *args))
        for arg, want in zip(args, types):
            have = self.object_types.get(arg)
            if have is None:
                return (UNKNOWN_OBJECT, f"{label}: unknown object `{arg}`")
            if want not in have:
                return (TYPE_MISMATCH, f"{label}: `{arg}` is a {self.objects[arg]}, "
                                       f"`{name}` expects a {want} there")
        raise AssertionError("no bad argument")

    @staticmethod
    def _equality(name, args, schema) -> str | None:
        """The reason an equality precondition is false; it depends only on the arguments."""
        def val(t):
            return args[t] if type(t) is int else t

        broken = [f"(= {val(a)} {val(b)})" for a, b in schema.eq if val(a) != val(b)]
        broken += [f"(not (= {val(a)} {val(b)}))" for a, b in schema.neq if val(a) == val(b)]
        if not broken:
            return None
        return f"{_fmt((name, *args))}: precondition false: {', '.join(broken)}"

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
            actions = _read_actions(plan)
            if actions is None:
                try:
                    actions = [(name, args) for name, args, _line in parse_plan(plan)]
                except PlanParseError as exc:
                    return ValidationResult(False, PARSE_ERROR, None, f"plan {exc}", 0)
        else:
            actions = [(step[0], step[1]) for step in plan]
        # Each step adds a few containers to the ground-action cache. They form no cycles, but
        # they trigger the cyclic garbage collector, whose full passes over a large heap
        # (torch; unified-planning in bench/validator.py) can double the time of a long plan:
        # it is paused while the plan is checked, as `timeit` pauses it.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._simulate(actions)
        finally:
            if collecting:
                gc.enable()

    def _simulate(self, actions: list[tuple[str, tuple[str, ...]]]) -> ValidationResult:
        """The verdict on parsed (name, args) actions."""
        n = len(actions)
        state = set(self.init)
        cache, ground = self._cache, self._ground
        # the hot loop: Task.apply inlined, reasons built only on failure
        for i, action in enumerate(actions, 1):
            g = cache.get(action)
            if g is None:
                g = cache[action] = ground(*action)
            if len(g) == 2:
                return ValidationResult(False, g[0], i, f"step {i} {g[1]}", n)
            pre, neg, add, dele, static = g
            if static is not None or not pre <= state or (neg and not neg.isdisjoint(state)):
                reason = static or self._why_not(*action, pre, neg, state)
                return ValidationResult(False, PRECONDITION_FALSE, i, f"step {i} {reason}", n)
            state -= dele
            state |= add
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
