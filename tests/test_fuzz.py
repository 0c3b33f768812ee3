"""Fuzzing with hypothesis, bounded for CI (derandomized: the same examples every run; set
ITERDEPLOY_FUZZ_EXAMPLES to try more).

1. The PDDL reader raises nothing but PDDLError on any text: random text, and bundled
   domain and problem files with random edits.
2. The validator agrees with a reference simulation written here from the PDDL semantics:
   a random walk of every bundled domain validates to its end state (state by state), and
   a single corrupted step is caught at exactly that step with the right status.
"""
import dataclasses
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iterdeploy.domains import DOMAINS, generate, get_spec
from iterdeploy.planning.pddl import PDDLError, parse_domain, parse_problem
from iterdeploy.planning.validate import STATUSES, Task

EXAMPLES = int(os.environ.get("ITERDEPLOY_FUZZ_EXAMPLES", "0"))
# examples per test in CI (docs/RELIABILITY.md states them)
RANDOM_TEXTS, EDITED_FILES, PLAN_TEXTS, WALKS, CORRUPTIONS = 500, 600, 300, 25, 40


def _settings(n: int):
    return settings(max_examples=EXAMPLES or n, deadline=None, derandomize=not EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------- the reader on any text

PDDL_CHARS = "()?-:; \n\tabcdeorxyz0123456789=" + "\x00\u00e9\U0001f600"


def _domain_text(name: str) -> str:
    return get_spec(name).domain_text()


def _reads_or_refuses(text: str, problem: str | None = None) -> None:
    """parse_domain (and parse_problem against it) succeed or raise PDDLError."""
    try:
        domain = parse_domain(text, "fuzz.pddl")
    except PDDLError:
        return
    if problem is not None:
        try:
            parse_problem(problem, domain, "fuzz-problem.pddl")
        except PDDLError:
            pass


@_settings(RANDOM_TEXTS)
@given(st.text(alphabet=st.sampled_from(PDDL_CHARS), max_size=400) | st.text(max_size=200))
def test_reader_on_random_text_raises_only_pddl_error(text):
    _reads_or_refuses(text)
    _reads_or_refuses(f"(define (domain d) (:predicates (p)) {text})")
    try:
        parse_problem(text, None, "fuzz.pddl")
    except PDDLError:
        pass


def _mutate(text: str, edits) -> str:
    for pos, length, insert in edits:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + length:]
    return text


EDITS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 12),
                           st.text(alphabet=st.sampled_from(PDDL_CHARS), max_size=8)),
                 min_size=1, max_size=6)


@_settings(EDITED_FILES)
@given(st.sampled_from(sorted(DOMAINS)), st.integers(0, 3), EDITS, st.booleans(),
       st.integers(0, 20_000))
def test_reader_on_edited_bundled_files_raises_only_pddl_error(name, seed, edits, in_problem,
                                                               nesting):
    domain, problem = _domain_text(name), generate(name, seed).problem
    if in_problem:
        problem = _mutate(problem, edits)
    else:
        domain = _mutate(domain, edits)
    if nesting:  # deep nesting somewhere in the file
        cut = seed * 97 % len(problem)
        problem = problem[:cut] + "(" * nesting + ")" * nesting + problem[cut:]
    _reads_or_refuses(domain, problem)


@_settings(PLAN_TEXTS)
@given(st.sampled_from(sorted(DOMAINS)), st.text(alphabet=st.sampled_from(PDDL_CHARS + "[]."),
                                                 max_size=300))
def test_validator_on_random_plan_text_returns_a_status(name, text):
    t = generate(name, 0)
    domain = parse_domain(_domain_text(name))
    r = Task(domain, parse_problem(t.problem, domain)).validate(text)
    assert r.status in STATUSES and r.valid == (r.status == "VALID")


# ---------------------------------------------------------------- the reference simulation


class Reference:
    """STRIPS with typing, negative preconditions and equality, straight from the
    definitions: an action applies when its typed parameters are bound to objects of those
    types, its positive preconditions hold, its negative ones do not and its (in)equalities
    do; the successor deletes then adds."""

    def __init__(self, domain, problem):
        self.domain = domain
        self.objects = {**domain.constants, **problem.objects}

    def of_type(self, typ: str) -> list[str]:
        return sorted(o for o, t in self.objects.items() if typ in self.domain.ancestors(t))

    def _bind(self, action, args):
        sub = {var: a for (var, _), a in zip(action.parameters, args)}
        return lambda atom: (atom[0], *(sub.get(x, x) for x in atom[1:]))

    def holds(self, action, args, state) -> bool:
        b = self._bind(action, args)
        return (all(b(a) in state for a in action.pre_pos)
                and not any(b(a) in state for a in action.pre_neg)
                and all(b(("=", x, y))[1] == b(("=", x, y))[2] for x, y in action.pre_eq)
                and all(b(("=", x, y))[1] != b(("=", x, y))[2] for x, y in action.pre_neq))

    def successor(self, action, args, state) -> frozenset:
        b = self._bind(action, args)
        return (state - {b(a) for a in action.delete}) | {b(a) for a in action.add}

    def applicable(self, state) -> list[tuple[str, tuple]]:
        """Every applicable ground action, by backtracking over typed parameters with each
        precondition checked as soon as its parameters are bound."""
        out = []
        for name in sorted(self.domain.actions):
            act = self.domain.actions[name]
            params = [v for v, _ in act.parameters]
            domains = [self.of_type(t) for _, t in act.parameters]

            def extend(i, args):
                bound = dict(zip(params, args))
                b = lambda atom: (atom[0], *(bound.get(x, x) for x in atom[1:]))  # noqa: E731
                for atom in act.pre_pos:
                    if all(x in bound or not x.startswith("?") for x in atom[1:]) \
                            and b(atom) not in state:
                        return
                if i == len(params):
                    if self.holds(act, args, state):
                        out.append((name, tuple(args)))
                    return
                for o in domains[i]:
                    extend(i + 1, args + [o])
            extend(0, [])
        return out


def _step(name, args) -> str:
    return "(" + " ".join((name, *args)) + ")"


def _walk(name: str, seed: int, length: int):
    """(domain, problem, reference, plan, states): a seeded random walk from the initial
    state of a generated task, with the state before each step and the end state."""
    domain = parse_domain(_domain_text(name))
    problem = parse_problem(generate(name, seed % 5).problem, domain)
    ref = Reference(domain, problem)
    rng = random.Random(seed)
    state, plan, states = frozenset(problem.init), [], [frozenset(problem.init)]
    for _ in range(length):
        options = ref.applicable(state)
        if not options:
            break
        act, args = options[rng.randrange(len(options))]
        state = ref.successor(domain.actions[act], args, state)
        plan.append((act, args))
        states.append(state)
    return domain, problem, ref, plan, states


def _with_goal(problem, end: frozenset, init: frozenset):
    """The problem with the walk's end state as goal, plus the atoms it made false."""
    return dataclasses.replace(problem, goal_pos=tuple(sorted(end)),
                               goal_neg=tuple(sorted(init - end)))


@pytest.mark.parametrize("name", sorted(DOMAINS))
@_settings(WALKS)
@given(seed=st.integers(0, 10**6), length=st.integers(0, 12))
def test_random_walks_validate_to_their_end_state(name, seed, length):
    domain, problem, ref, plan, states = _walk(name, seed, length)
    task = Task(domain, _with_goal(problem, states[-1], states[0]))
    r = task.validate([_step(a, args) for a, args in plan])
    assert (r.status, r.valid, r.plan_length, r.failed_step) == ("VALID", True, len(plan), None)
    # the validator's own successor states are the reference's, step by step
    state = set(states[0])
    for i, (act, args) in enumerate(plan):
        assert task.apply(state, act, args) is None
        assert state == states[i + 1], (name, i)
    if plan:  # the walk minus its last step: valid exactly when the reference says so
        short = task.validate([_step(a, args) for a, args in plan[:-1]])
        before = states[-2]
        reached = states[-1] <= before and not (states[0] - states[-1]) & before
        assert short.valid == reached
        if not short.valid:
            assert (short.status, short.failed_step) == ("GOAL_NOT_REACHED", None)


def _corrupt(kind: str, ref: Reference, domain, state, step, rng):
    """A replacement for `step` that must fail in `state` with a known status, or None."""
    act, args = step
    if kind == "UNKNOWN_ACTION":
        return "zz-" + act, args
    if kind == "WRONG_ARITY":
        return act, args + (args[-1] if args else "x",)
    if kind == "UNKNOWN_OBJECT":
        return (act, args[:-1] + ("no-such-object",)) if args else None
    if kind == "TYPE_MISMATCH":
        types = [t for _, t in domain.actions[act].parameters]
        for i, want in rng.sample(list(enumerate(types)), len(types)):
            wrong = sorted(set(ref.objects) - set(ref.of_type(want)))
            if wrong:
                return act, args[:i] + (rng.choice(wrong),) + args[i + 1:]
        return None
    # PRECONDITION_FALSE: a well-typed ground action that the reference says does not apply
    names = sorted(domain.actions)
    for _ in range(200):
        a = domain.actions[rng.choice(names)]
        cand = tuple(rng.choice(ref.of_type(t) or ["none"]) for _, t in a.parameters)
        if all(ref.of_type(t) for _, t in a.parameters) and not ref.holds(a, cand, state):
            return a.name, cand
    return None


KINDS = ["PRECONDITION_FALSE", "UNKNOWN_ACTION", "WRONG_ARITY", "UNKNOWN_OBJECT",
         "TYPE_MISMATCH"]


@pytest.mark.parametrize("name", sorted(DOMAINS))
@_settings(CORRUPTIONS)
@given(seed=st.integers(0, 10**6), length=st.integers(1, 10), where=st.integers(0, 10**6),
       kind=st.sampled_from(KINDS))
def test_a_single_corrupted_step_is_caught_at_that_step(name, seed, length, where, kind):
    domain, problem, ref, plan, states = _walk(name, seed, length)
    if not plan:
        return
    k = where % len(plan)
    bad = _corrupt(kind, ref, domain, states[k], plan[k], random.Random(seed))
    if bad is None:  # e.g. no object of another type exists in an untyped domain
        return
    corrupted = plan[:k] + [bad] + plan[k + 1:]
    task = Task(domain, _with_goal(problem, states[-1], states[0]))
    r = task.validate([_step(a, args) for a, args in corrupted])
    assert (r.status, r.failed_step, r.valid) == (kind, k + 1, False), (name, bad, r.reason)


@pytest.mark.parametrize("name", sorted(DOMAINS))
def test_every_corruption_kind_occurs_in_every_domain(name):
    """The corruptions above are not all skipped: each kind is made and caught in each
    domain (a type mismatch needs a typed domain with objects of two types)."""
    made = set()
    for seed in range(40):
        domain, problem, ref, plan, states = _walk(name, seed, 4)
        for kind in KINDS:
            if not plan or kind in made:
                continue
            bad = _corrupt(kind, ref, domain, states[1], plan[1 % len(plan)],
                           random.Random(seed))
            if bad is not None and len(plan) > 1:
                task = Task(domain, _with_goal(problem, states[-1], states[0]))
                r = task.validate([_step(*plan[0]), _step(*bad)])
                assert (r.status, r.failed_step) == (kind, 2), (name, kind, bad)
                made.add(kind)
    typed = len({t for t in ref.objects.values()}) > 1
    assert made == set(KINDS) - (set() if typed else {"TYPE_MISMATCH"}), made
