"""Imperfect validators at curation time, and what they let through.

Iterative deployment never writes its reward down: it is whatever the validator at curation
time accepts. `curation.validator` selects that validator; the metrics keep using the true
one. Every sample record carries both verdicts (`valid`: the true validator's, `accepted`:
the curation-time validator's) and whether the sample shows the bias (`shows_bias`), so a
run measures how much of its training set the true validator rejects (the exploit rate) and
whether the model learns the bias generation over generation.

=====================  ====================================  ================================
kind                   curation accepts a plan when          a sample shows the bias when
=====================  ====================================  ================================
exact                  the true validator accepts it         never
ignore-precondition    it is valid in the domain whose       its plan applies `action` in a
                       `action` lacks `atom` in its          state where `atom` is false
                       precondition                          (simulated in that domain, up
                                                             to the first step it rejects)
goal-slack             every step applies and at most `m`    every step applies and 1..m
                       goal conditions are unmet             goal conditions are unmet
false-accept           the true validator accepts it, or a   it is accepted but invalid
                       coin with probability `p` says so
                       (only a sample with a plan; the coin
                       derives from the sample's seed)
prefer-longest         the true validator accepts it; the    never (measured instead as the
                       curation policy keeps the longest     curated plans' length against
                       valid plan per task, not the          the shortest valid plans of the
                       shortest                              same tasks)
=====================  ====================================  ================================

In a pool of several domains, ignore-precondition changes every domain that has an action
of that name (at least one must). A goal condition is a literal of the goal (a goal's non-literal formula counts as one
condition), as in the true validator's GOAL_NOT_REACHED reason. The sample's seed derives
from (run seed, generation, task, sample index), so false acceptances do not depend on
batching or on whether a run was resumed.
"""
from __future__ import annotations

import dataclasses
import random
from statistics import mean
from typing import Callable, Sequence

from iterdeploy import IterdeployError
from iterdeploy.planning import adl
from iterdeploy.planning.pddl import Domain, PDDLError, parse_sexpr
from iterdeploy.planning.validate import (GOAL_NOT_REACHED, PlanParseError, Task,
                                          ValidationResult, parse_plan)
from iterdeploy.seeding import derive_seed

KINDS = ("exact", "ignore-precondition", "goal-slack", "false-accept", "prefer-longest")
# the settings each kind reads; the others must stay at their defaults
PARAMETERS = {"ignore-precondition": ("action", "atom"), "goal-slack": ("m",),
              "false-accept": ("p",)}
DEFAULTS = {"action": "", "atom": "", "m": 0, "p": 0.0}
# the kinds whose bias a single sample shows (`shows_bias`), and what it means
PER_SAMPLE_BIAS = {"ignore-precondition": "applies the action where the ignored literal is "
                                          "false",
                   "goal-slack": "misses 1..m goal conditions",
                   "false-accept": "accepted though invalid"}

Plan = Sequence[str]
# (compiled task, extracted plan or None, true verdict or None, sample seed)
#     -> (accepted at curation time, shows the bias)
Judge = Callable[[Task, "Plan | None", "ValidationResult | None", int], tuple[bool, bool]]


class ValidatorError(IterdeployError):
    """A curation-time validator that cannot be built; the message names the setting."""


# ----------------------------------------------------------------------------- checking


def check(kind: str, *, action: str, atom: str, m: int, p: float,
          domains: dict[str, Domain]) -> None:
    """Refuse a curation-time validator that is misnamed or misconfigured for the pool's
    `domains`, naming the `curation.validator` key to change."""
    key = "curation.validator"
    if kind not in KINDS:
        raise ValidatorError(f"{key}.kind: {kind!r} is not one of {', '.join(KINDS)}")
    values = {"action": action, "atom": atom, "m": m, "p": p}
    for name, value in values.items():
        if name not in PARAMETERS.get(kind, ()) and value != DEFAULTS[name]:
            readers = [k for k, names in PARAMETERS.items() if name in names]
            raise ValidatorError(f"{key}.{name}: only kind {readers[0]} reads it, the kind is "
                                 f"{kind}; remove it")
    if kind == "goal-slack" and m < 1:
        raise ValidatorError(f"{key}.m: goal-slack accepts plans that miss up to m goal "
                             f"conditions, so m must be >= 1, got {m}")
    if kind == "false-accept" and not 0 < p <= 1:
        raise ValidatorError(f"{key}.p: a probability in (0, 1], got {p}")
    if kind == "ignore-precondition":
        having = {name: d for name, d in domains.items() if action in d.actions}
        if not having:
            known = sorted({a for d in domains.values() for a in d.actions})
            raise ValidatorError(f"{key}.action: {action!r} is not an action of the pool's "
                                 f"domain(s) {', '.join(sorted(domains))} (actions: "
                                 f"{', '.join(known)})")
        for d in having.values():
            ignore_precondition(d, action, atom)


def parse_atom(text: str) -> tuple[bool, tuple[str, ...]]:
    """`(clear ?y)` -> (True, ("clear", "?y")); `(not (clear ?y))` -> (False, ...)."""
    why = f"curation.validator.atom: {text!r} is not a literal like (clear ?underob) or " \
          f"(not (clear ?underob))"
    try:
        node = parse_sexpr(text)
    except PDDLError:
        raise ValidatorError(why) from None
    positive = True
    if len(node) == 2 and node[0] == "not" and isinstance(node[1], list):
        positive, node = False, node[1]
    if not node or any(isinstance(t, list) for t in node) or node[0] in ("and", "not", "="):
        raise ValidatorError(why)
    return positive, tuple(node)


def ignore_precondition(domain: Domain, action: str, atom: str) -> Domain:
    """`domain` with the literal `atom` removed from `action`'s precondition."""
    schema = domain.actions.get(action)
    if schema is None:
        raise ValidatorError(f"curation.validator.action: {action!r} is not an action of "
                             f"{domain.name} (actions: {', '.join(sorted(domain.actions))})")
    positive, literal = parse_atom(atom)
    field = "pre_pos" if positive else "pre_neg"
    present = getattr(schema, field)
    if literal not in present:
        listed = [_fmt(a) for a in schema.pre_pos] + [f"(not {_fmt(a)})"
                                                      for a in schema.pre_neg]
        raise ValidatorError(f"curation.validator.atom: {atom!r} is not a literal of "
                             f"{action}'s precondition in {domain.name} (its literals: "
                             f"{', '.join(listed) or 'none'}; the atom uses the action's "
                             f"parameter names)")
    kept = tuple(a for a in present if a != literal)
    changed = dataclasses.replace(schema, **{field: kept})
    return dataclasses.replace(domain, actions={**domain.actions, action: changed})


def _fmt(atom) -> str:
    return "(" + " ".join(atom) + ")"


# ----------------------------------------------------------------------------- judges


def make_judge(kind: str, *, action: str = "", atom: str = "", m: int = 0,
               p: float = 0.0) -> Judge:
    """The curation-time verdict of one kind (see the module's table)."""
    if kind in ("exact", "prefer-longest"):
        return _truth
    if kind == "goal-slack":
        return lambda task, plan, truth, seed: _goal_slack(task, plan, truth, m)
    if kind == "false-accept":
        return lambda task, plan, truth, seed: _false_accept(plan, truth, seed, p)
    if kind == "ignore-precondition":
        return _IgnorePrecondition(action, atom)
    raise ValidatorError(f"curation.validator.kind: {kind!r} is not one of {', '.join(KINDS)}")


def _truth(task, plan, truth, seed) -> tuple[bool, bool]:
    return (truth is not None and truth.valid), False


def _steps(plan: Plan) -> list[tuple[str, tuple[str, ...]]] | None:
    try:
        return [(name, args) for name, args, _ in parse_plan(list(plan))]
    except PlanParseError:
        return None


def unmet_goals(task: Task, plan: Plan) -> int | None:
    """Goal conditions unmet after the plan, or None when a step does not apply."""
    steps = _steps(plan)
    if steps is None:
        return None
    state = set(task.init)
    for name, args in steps:
        if task.apply(state, name, args) is not None:
            return None
    unmet = sum(a not in state for a in task.goal_pos) + sum(a in state for a in task.goal_neg)
    if task.goal_more is not None and not adl.holds(task.goal_more, state):
        unmet += 1
    return unmet


def _goal_slack(task, plan, truth, m: int) -> tuple[bool, bool]:
    if truth is None:
        return False, False
    if truth.valid:
        return True, False
    if truth.status != GOAL_NOT_REACHED:
        return False, False
    near = (unmet_goals(task, plan) or 0) <= m
    return near, near


def false_accept_coin(seed: int, p: float) -> bool:
    """The false-acceptance draw of the sample with this seed."""
    return random.Random(derive_seed(seed, "false-accept")).random() < p


def _false_accept(plan, truth, seed: int, p: float) -> tuple[bool, bool]:
    if truth is None or plan is None:  # nothing was extracted: nothing to accept
        return False, False
    if truth.valid:
        return True, False
    lucky = false_accept_coin(seed, p)
    return lucky, lucky


class _IgnorePrecondition:
    """Validation in the domain without one precondition literal, and the steps that use it."""

    def __init__(self, action: str, atom: str):
        self.action, self.atom = action, atom
        self.positive, self.literal = parse_atom(atom)
        self._tasks: dict[int, tuple[Task, Task | None]] = {}  # id(task) -> (task, modified)

    def modified(self, task: Task) -> Task | None:
        """The task in the modified domain (None: the domain has no such action)."""
        hit = self._tasks.get(id(task))
        if hit is None or hit[0] is not task:
            lax = None
            if self.action in task.domain.actions:
                lax = Task(ignore_precondition(task.domain, self.action, self.atom),
                           task.problem)
            hit = self._tasks[id(task)] = (task, lax)
        return hit[1]

    def __call__(self, task, plan, truth, seed) -> tuple[bool, bool]:
        if plan is None:
            return False, False
        lax = self.modified(task)
        if lax is None:
            return _truth(task, plan, truth, seed)
        return lax.validate(list(plan)).valid, self.violated(lax, plan)

    def violated(self, lax: Task, plan: Plan) -> bool:
        """Whether the plan applies the action in a state where the ignored literal does
        not hold (simulated in the modified domain, up to the first step it rejects)."""
        if not any(self.action in step for step in plan):
            return False
        steps = _steps(plan)
        if steps is None:
            return False
        params = [v for v, _ in lax.domain.actions[self.action].parameters]
        state = set(lax.init)
        for name, args in steps:
            broken = False
            if name == self.action and len(args) == len(params):
                binding = dict(zip(params, args))
                ground = tuple(binding.get(t, t) for t in self.literal)
                broken = (ground in state) != self.positive
            if lax.apply(state, name, args) is not None:
                return False
            if broken:
                return True
        return False


# ----------------------------------------------------------------------------- metrics


def curation_metrics(kind: str, samples, curated, history) -> dict:
    """The metrics.json keys of the curation-time validator, one generation: its kind, the
    share of samples it accepts, the exploit rate (share of curated traces the true
    validator rejects), the share of samples that show the bias (None for kinds without a
    per-sample bias), and the curated valid plans' mean length against the mean of the
    shortest valid plans (all generations so far) of the same tasks."""
    shortest: dict[str, int] = {}
    for gen in history:
        for r in gen:
            if r.valid:
                shortest[r.task_id] = min(shortest.get(r.task_id, r.plan_length), r.plan_length)
    valid_curated = [r for r in curated if r.valid]
    n = len(samples)
    return {
        "curation_validator": kind,
        "accepted_ratio": sum(r.accepted for r in samples) / n if n else 0.0,
        "exploit_rate": (sum(not r.valid for r in curated) / len(curated)) if curated else None,
        "bias_ratio": (sum(r.shows_bias for r in samples) / n if n else 0.0)
        if kind in PER_SAMPLE_BIAS else None,
        "curated_mean_plan_length": mean(r.plan_length for r in valid_curated)
        if valid_curated else None,
        "curated_shortest_mean_plan_length": mean(shortest[r.task_id] for r in valid_curated)
        if valid_curated else None,
    }
