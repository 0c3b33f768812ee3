"""The plan validator: VAL semantics for classical planning (STRIPS, typing, ADL, action costs).

A plan is checked step by step against a `Task` (a domain and problem compiled once). Only the
actions the plan uses are grounded, so a 500-block problem costs what its plan costs; each
action schema is compiled, once per domain, into a function that grounds it. The result is
data (`ValidationResult`), never an exception: exceptions are for malformed PDDL.

Two loops check a plan. A task whose actions and goal are STRIPS (literals, equality, costs
aside) takes the fast one, which works on frozensets of ground atoms only. A task with
disjunctions, quantifiers or conditional effects takes the general one: it grounds each
action's formulas once (quantifiers expanded over the typed objects, equalities folded) and
applies conditional effects as VAL does: every condition is evaluated in the state before
the action, then all deletes are applied, then all adds. Costs are summed in both loops.

Where we differ from VAL on purpose: a step with too many arguments is
WRONG_ARITY in every domain (VAL segfaults in typed domains and accepts it in untyped
Blocksworld), and plans of any length are read (VAL stops at 10,000 steps).
"""
from __future__ import annotations

import functools
import gc
import re
import sys
import weakref
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from iterdeploy.planning import adl
from iterdeploy.planning.pddl import (TOTAL_COST, Domain, PDDLError, Problem, either_members,
                                      parse_domain, parse_problem, read_domain, read_problem,
                                      type_ok)

VALID = "VALID"
PARSE_ERROR = "PARSE_ERROR"
UNKNOWN_ACTION = "UNKNOWN_ACTION"
WRONG_ARITY = "WRONG_ARITY"
UNKNOWN_OBJECT = "UNKNOWN_OBJECT"
TYPE_MISMATCH = "TYPE_MISMATCH"
PRECONDITION_FALSE = "PRECONDITION_FALSE"
GOAL_NOT_REACHED = "GOAL_NOT_REACHED"
UNDEFINED_COST = "UNDEFINED_COST"
STATUSES = (VALID, PARSE_ERROR, UNKNOWN_ACTION, WRONG_ARITY, UNKNOWN_OBJECT, TYPE_MISMATCH,
            PRECONDITION_FALSE, UNDEFINED_COST, GOAL_NOT_REACHED)

_MAX_LISTED = 8  # atoms named in a reason before "and N more"


@dataclass(frozen=True)
class ValidationResult:
    """The verdict on one plan."""

    valid: bool
    status: str
    failed_step: int | None  # 1-based action index; None for VALID, GOAL_NOT_REACHED, PARSE_ERROR
    reason: str
    plan_length: int  # actions in the plan (0 when it could not be parsed)
    # A valid plan's cost: the sum of its action costs with `:action-costs`, else its length
    # (unit costs); None for an invalid plan.
    cost: int | float | None = None
    # The value of the problem's `:metric` expression at the end of a valid plan; None when
    # the problem states no metric or the plan is invalid.
    metric: int | float | None = None

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
    action: object = None  # the pddl.Action, kept when it has ADL parts or a cost


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
                  _instantiator((pre, neg, add, delete)),
                  None if action.is_strips else action)


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


def _compile_domain(domain: Domain) -> tuple[dict[str, Schema], dict[str, frozenset[str]], set,
                                             bool]:
    """({action name: Schema}, {type: ancestors}, either types, needs the general loop) of a
    domain, compiled once per object.

    A type's ancestors also hold every `either` type of an action parameter that one of them
    belongs to, so that checking an argument's type stays one set lookup.
    """
    key = id(domain)
    hit = _COMPILED.get(key)
    if hit is not None and hit[0]() is domain:
        return hit[1]
    schemas = {name: _compile_action(a) for name, a in domain.actions.items()}
    eithers = {t for s in schemas.values() for t in s.types if either_members(t)}
    ancestors = {t: _with_eithers(domain.ancestors(t), eithers)
                 for t in (*domain.types, "object")}
    # action costs or an ADL action: the general loop (see Task.general)
    general = TOTAL_COST in domain.functions or any(s.action is not None
                                                    for s in schemas.values())
    # the entry goes when the domain does, before its id can be reused
    _COMPILED[key] = (weakref.ref(domain, lambda _: _COMPILED.pop(key, None)),
                      (schemas, ancestors, eithers, general))
    return schemas, ancestors, eithers, general


def _with_eithers(ancestors: frozenset[str], eithers) -> frozenset[str]:
    extra = [e for e in eithers if type_ok(ancestors, e)]
    return ancestors.union(extra) if extra else ancestors


# --------------------------------------------------------------------------------------
# Compiled task


class Task:
    """A domain and problem compiled for fast, repeated validation and simulation."""

    def __init__(self, domain: Domain, problem: Problem):
        self.domain = domain
        self.problem = problem
        self.schemas, ancestors, eithers, general = _compile_domain(domain)
        self.objects: dict[str, str] = {**domain.constants, **problem.objects}
        for t in set(self.objects.values()).difference(ancestors):  # undeclared types
            ancestors = {**ancestors, t: _with_eithers(domain.ancestors(t), eithers)}
        # object -> its type and all supertypes: a type check is one set lookup
        self.object_types = {o: ancestors[t] for o, t in self.objects.items()}
        self.init = frozenset(problem.init)
        self.goal_pos = frozenset(problem.goal_pos)
        self.goal_neg = frozenset(problem.goal_neg)
        self._objects_of: dict[str, list[str]] = {}
        # the goal's formulas, grounded once (None: the goal is literals only)
        self.goal_more = None
        if problem.goal_more:
            self.goal_more = adl.conjoin(adl.ground(f, {}, self.objects_of)
                                         for f in problem.goal_more)
        # action costs, ADL actions or goal: the general loop; else the STRIPS one
        self.has_costs = TOTAL_COST in domain.functions
        self.general = general or self.goal_more is not None
        # (name, args) -> (pre, neg, add, delete, static_failure[, formula, effects, cost]),
        # or a failure (status, reason)
        self._cache: dict[tuple, tuple] = {}

    @classmethod
    def from_files(cls, domain_path: str | Path, problem_path: str | Path) -> "Task":
        """Read and compile a domain and a problem file."""
        domain = read_domain(domain_path)
        return cls(domain, read_problem(problem_path, domain))

    def objects_of(self, typ: str) -> list[str]:
        """The objects (and constants) of a type, sorted."""
        hit = self._objects_of.get(typ)
        if hit is None:
            hit = self._objects_of[typ] = sorted(
                o for o, anc in self.object_types.items() if type_ok(anc, typ))
        return hit

    def ground(self, name: str, args: tuple[str, ...]):
        """A ground action, or (status, reason) when it cannot be one.

        STRIPS tasks: (pre, neg, add, delete, static_failure); general tasks (`self.general`:
        ADL or action costs) add (formula, effects, cost): the rest of the
        precondition as a ground formula (None: nothing more), the conditional effects as
        ((condition, add, delete, cost), ...), and the action's unconditional cost.
        """
        key = (name, args)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        out = self._ground_general(name, args) if self.general else self._ground(name, args)
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

    def _ground_general(self, name, args):
        """The 8-tuple form of `ground`: formulas grounded, quantifiers expanded."""
        base = self._ground(name, args)
        if len(base) == 2:
            return base
        schema = self.schemas[name]
        action = schema.action
        if action is None:
            return (*base, None, (), 0)
        binding = {var: arg for (var, _), arg in zip(action.parameters, args)}
        formula = None
        if action.pre_more:
            formula = adl.conjoin(adl.ground(f, binding, self.objects_of)
                                  for f in action.pre_more)
        try:
            cost = self._cost(action.cost, binding)
            effects = []
            for eff in action.effects:
                for extra in adl.bindings(eff.params, self.objects_of):
                    b = {**binding, **extra}
                    cond = (True if eff.condition is None
                            else adl.ground(eff.condition, b, self.objects_of))
                    if cond is False:
                        continue
                    effects.append((cond, frozenset(_subst(a, b) for a in eff.add),
                                    frozenset(_subst(a, b) for a in eff.delete),
                                    self._cost(eff.cost, b)))
        except _Undefined as exc:
            return (UNDEFINED_COST, f"{_fmt((name, *args))}: the cost {_fmt(exc.args[0])} "
                                    f"has no value in the problem's :init")
        return (*base, formula, tuple(effects), cost)

    def _cost(self, terms, binding):
        total = 0
        for t in terms:
            if isinstance(t, tuple):
                atom = _subst(t, binding)
                if atom not in self.problem.values:
                    raise _Undefined(atom)
                t = self.problem.values[atom]
            total += t
        return total

    def _bad_argument(self, name, args, types):
        """(UNKNOWN_OBJECT or TYPE_MISMATCH, reason) for the first argument that is wrong."""
        label = _fmt((name, *args))
        for arg, want in zip(args, types):
            have = self.object_types.get(arg)
            if have is None:
                return (UNKNOWN_OBJECT, f"{label}: unknown object `{arg}`")
            if want not in have:
                return (TYPE_MISMATCH, f"{label}: `{arg}` is a {self.objects[arg]}, "
                                       f"`{name}` expects {_a_type(want)} there")
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

    def inapplicable_reason(self, name, args, g, state) -> str | None:
        """Why ground action `g` is not applicable in `state`, or None if it is."""
        pre, neg, static = g[0], g[1], g[4]
        if static is not None:
            return static
        if not (pre <= state) or (neg and not neg.isdisjoint(state)):
            return self._why_not(name, args, pre, neg, state)
        if len(g) > 5 and g[5] is not None and not adl.holds(g[5], state):
            return (f"{_fmt((name, *args))}: precondition false: "
                    + _fmt_list(adl.explain(g[5], state)))
        return None

    def effects_of(self, g, state) -> tuple[set, set, int | float]:
        """(delete, add, cost) of applicable ground action `g` in `state` (VAL semantics:
        every effect condition is read in `state`; deletes go before adds)."""
        if len(g) == 5:
            return g[3], g[2], 1
        add, dele, cost = g[2], g[3], g[7]
        if g[6]:
            add, dele = set(add), set(dele)
            for cond, e_add, e_del, e_cost in g[6]:
                if cond is True or adl.holds(cond, state):
                    add |= e_add
                    dele |= e_del
                    cost += e_cost
        return dele, add, cost

    def apply(self, state: set, name: str, args: tuple[str, ...]):
        """Apply a step to `state` in place; return None or (status, reason) without changing it."""
        g = self.ground(name, args)
        if len(g) == 2:
            return g
        why = self.inapplicable_reason(name, args, g, state)
        if why is not None:
            return (PRECONDITION_FALSE, why)
        dele, add, _cost = self.effects_of(g, state)
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
        return (self.goal_pos <= state and (not self.goal_neg or self.goal_neg.isdisjoint(state))
                and (self.goal_more is None or adl.holds(self.goal_more, state)))

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
            if self.general:
                return self._simulate_general(actions)
            return self._simulate(actions)
        finally:
            if collecting:
                gc.enable()

    def _simulate(self, actions: list[tuple[str, tuple[str, ...]]]) -> ValidationResult:
        """The verdict on parsed (name, args) actions: STRIPS tasks."""
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
        if self.goal_pos <= state and (not self.goal_neg or self.goal_neg.isdisjoint(state)):
            return ValidationResult(True, VALID, None, f"valid plan of {n} step(s)", n, n,
                                    None if self.problem.metric is None else self._metric(n))
        return self._verdict(state, n, n)

    def _simulate_general(self, actions) -> ValidationResult:
        """The verdict on parsed (name, args) actions: ADL tasks and action costs."""
        n = len(actions)
        state = set(self.init)
        cache, ground = self._cache, self._ground_general
        cost = 0
        for i, action in enumerate(actions, 1):
            g = cache.get(action)
            if g is None:
                g = cache[action] = ground(*action)
            if len(g) == 2:
                return ValidationResult(False, g[0], i, f"step {i} {g[1]}", n)
            why = self.inapplicable_reason(*action, g, state)
            if why is not None:
                return ValidationResult(False, PRECONDITION_FALSE, i, f"step {i} {why}", n)
            dele, add, c = self.effects_of(g, state)
            state -= dele
            state |= add
            cost += c
        return self._verdict(state, n, cost if self.has_costs else n)

    def _verdict(self, state, n: int, cost) -> ValidationResult:
        """VALID or GOAL_NOT_REACHED once every step has applied."""
        if not self.goal_reached(state):
            false = [a for a in self.goal_pos if a not in state]
            true_neg = [("not", *a) for a in self.goal_neg if a in state]
            total = len(self.goal_pos) + len(self.goal_neg)
            what = _fmt_atoms(false + true_neg)
            unmet = len(false) + len(true_neg)
            if self.goal_more is not None:
                total += 1
                if not adl.holds(self.goal_more, state):
                    unmet += 1
                    more = _fmt_list(adl.explain(self.goal_more, state))
                    what = f"{what}, {more}" if what else more
            return ValidationResult(False, GOAL_NOT_REACHED, None,
                                    f"goal not reached after {n} step(s): "
                                    f"{unmet} of {total} goal "
                                    f"condition(s) unmet: {what}", n)
        return ValidationResult(True, VALID, None, f"valid plan of {n} step(s)", n,
                                cost, self._metric(cost))

    def _metric(self, cost):
        """The value of the problem's metric after a valid plan of this cost (None: none)."""
        if self.problem.metric is None:
            return None
        values = dict(self.problem.values)
        values[(TOTAL_COST,)] = values.get((TOTAL_COST,), 0) + (cost if self.has_costs else 0)
        return _evaluate(self.problem.metric[1], values)


class _Undefined(Exception):
    """A cost function without a value in :init."""


def _subst(atom, binding):
    return tuple([binding.get(t, t) for t in atom])


def _a_type(t: str) -> str:
    members = either_members(t)
    return f"a {t}" if members is None else "one of " + ", ".join(members)


def _fmt_list(items: list[str]) -> str:
    shown = ", ".join(items[:_MAX_LISTED])
    if len(items) > _MAX_LISTED:
        shown += f" and {len(items) - _MAX_LISTED} more"
    return shown


def _evaluate(term, values):
    """A metric expression's value; a function without a value counts as 0."""
    if not isinstance(term, tuple):
        return term
    if term[0] in ("+", "-", "*", "/") and len(term) == 2 and isinstance(term[1], tuple):
        xs = [_evaluate(t, values) for t in term[1]]
        op = term[0]
        if op == "-" and len(xs) == 1:
            return -xs[0]
        out = xs[0]
        for x in xs[1:]:
            out = out + x if op == "+" else out - x if op == "-" else out * x if op == "*" \
                else out / x
        return out
    return values.get(term, 0)


# --------------------------------------------------------------------------------------
# The API for other tools


def validate(domain, problem, plan) -> ValidationResult:
    """Validate a plan; exceptions (`PDDLError`) only for unreadable or malformed PDDL.

    `domain` and `problem` are each a parsed `Domain`/`Problem`, a `pathlib.Path`, or a
    string: PDDL text if it contains "(", else a file name. `plan` is plan text, a list of
    action lines, or a `pathlib.Path`. Domains and problems given as text or files are
    parsed and compiled once per process (the last 16 pairs are kept), so calling this in a
    loop over many plans costs what checking the plans costs.
    """
    if isinstance(plan, Path):
        plan = _read_text(plan, "plan")
    return _task(domain, problem).validate(plan)


def _task(domain, problem) -> Task:
    if isinstance(domain, Domain):
        if isinstance(problem, Problem):
            return Task(domain, problem)
        text, name = _source(problem, "problem")
        return Task(domain, parse_problem(text, domain, name))
    d_text, d_name = _source(domain, "domain")
    if isinstance(problem, Problem):
        dom = parse_domain(d_text, d_name)
        return Task(dom, problem)
    p_text, p_name = _source(problem, "problem")
    return _cached_task(d_text, d_name, p_text, p_name)


@functools.lru_cache(maxsize=16)
def _cached_task(d_text, d_name, p_text, p_name) -> Task:
    dom = parse_domain(d_text, d_name)
    return Task(dom, parse_problem(p_text, dom, p_name))


def _source(x, what: str) -> tuple[str, str | None]:
    """(text, file name) of a PDDL argument: a Path or file name, or PDDL text."""
    if isinstance(x, Path) or (isinstance(x, str) and "(" not in x):
        return _read_text(x, what), str(x)
    if isinstance(x, str):
        return x, None
    raise TypeError(f"{what}: expected a {what.capitalize()}, a path or PDDL text, "
                    f"got {type(x).__name__}")


def _read_text(path, what: str) -> str:
    try:
        return Path(path).read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise PDDLError(f"cannot read {what} file: {exc}", str(path)) from exc


def validate_many(triples: Iterable[tuple]) -> Iterator[tuple[tuple, ValidationResult | PDDLError]]:
    """(triple, verdict) for each (domain file, problem file, plan file) triple, in order.

    Each domain file is parsed once and each (domain, problem) pair compiled once, however
    many plans use them. A triple whose domain, problem or plan cannot be read or parsed
    gets the `PDDLError` instead of a verdict, and the others are still checked. A plan
    given as "-" is read from standard input.
    """
    domains: dict[str, Domain | PDDLError] = {}
    tasks: dict[tuple[str, str], Task | PDDLError] = {}
    for triple in triples:
        domain_path, problem_path, plan_path = map(str, triple)
        key = (domain_path, problem_path)
        if key not in tasks:
            if domain_path not in domains:
                domains[domain_path] = _or_error(read_domain, domain_path)
            dom = domains[domain_path]
            tasks[key] = dom if isinstance(dom, PDDLError) else _or_error(
                lambda: Task(dom, read_problem(problem_path, dom)))
        task = tasks[key]
        if isinstance(task, PDDLError):
            yield triple, task
            continue
        text = _or_error(_read_plan, plan_path)
        yield triple, text if isinstance(text, PDDLError) else task.validate(text)


def _or_error(fn, *args):
    try:
        return fn(*args)
    except PDDLError as exc:
        return exc


def _read_plan(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return _read_text(path, "plan")


def validate_files(domain_path, problem_path, plan_path) -> ValidationResult:
    """Validate a plan file; malformed PDDL raises PDDLError, an unreadable plan too."""
    task = Task.from_files(domain_path, problem_path)
    return task.validate(_read_text(plan_path, "plan"))
