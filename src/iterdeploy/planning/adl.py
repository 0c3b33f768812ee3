"""Ground ADL formulas: grounding with quantifiers expanded, evaluation, and reasons.

A lifted formula (`pddl.Formula`) is grounded once per ground action (and once for the goal):
variables are replaced by objects, `exists` and `forall` become disjunctions and
conjunctions over the objects of the variable's type, equalities and constant parts are
folded away. A ground formula is True, False, a ground atom (a tuple of strings, true when it
is in the state), or a compound `(AND | OR, (g, ...))` / `(NOT, g)`, where the tag is an int
so it cannot be mistaken for an atom.
"""
from __future__ import annotations

import itertools
from typing import Callable, Iterator

AND, OR, NOT = 0, 1, 2
_MAX_SHOWN = 6  # parts of a formula named in a reason before "..."


def ground(f, binding: dict[str, str], objects_of: Callable[[str], list[str]]):
    """The ground formula of lifted `f` under `binding` (variable -> object)."""
    tag = f[0]
    if tag == "atom":
        return tuple([binding.get(t, t) for t in f[1]])
    if tag == "=":
        return binding.get(f[1], f[1]) == binding.get(f[2], f[2])
    if tag == "not":
        return negate(ground(f[1], binding, objects_of))
    if tag == "and":
        return conjoin(ground(g, binding, objects_of) for g in f[1])
    if tag == "or":
        return disjoin(ground(g, binding, objects_of) for g in f[1])
    if tag == "imply":
        return disjoin((negate(ground(f[1], binding, objects_of)),
                        ground(f[2], binding, objects_of)))
    # exists, forall: one instance of the body per binding of the quantified variables
    params, body = f[1], f[2]
    instances = (ground(body, {**binding, **b}, objects_of) for b in bindings(params, objects_of))
    return disjoin(instances) if tag == "exists" else conjoin(instances)


def bindings(params, objects_of) -> Iterator[dict[str, str]]:
    """Every binding of typed variables `((?v, type), ...)` to objects of their types."""
    names = [v for v, _ in params]
    for combo in itertools.product(*(objects_of(t) for _, t in params)):
        yield dict(zip(names, combo))


def negate(g):
    if g is True or g is False:
        return not g
    if type(g[0]) is int and g[0] == NOT:
        return g[1]
    return (NOT, g)


def conjoin(parts):
    """AND of ground formulas, simplified: False wins, True parts are dropped."""
    out = []
    for g in parts:
        if g is False:
            return False
        if g is not True:
            out.append(g)
    if not out:
        return True
    return out[0] if len(out) == 1 else (AND, tuple(out))


def disjoin(parts):
    """OR of ground formulas, simplified: True wins, False parts are dropped."""
    out = []
    for g in parts:
        if g is True:
            return True
        if g is not False:
            out.append(g)
    if not out:
        return False
    return out[0] if len(out) == 1 else (OR, tuple(out))


def holds(g, state) -> bool:
    """Whether ground formula `g` is true in `state` (a set of ground atoms)."""
    if g is True or g is False:
        return g
    tag = g[0]
    if type(tag) is not int:
        return g in state
    if tag == AND:
        return all(holds(p, state) for p in g[1])
    if tag == OR:
        return any(holds(p, state) for p in g[1])
    return not holds(g[1], state)


def explain(g, state) -> list[str]:
    """Why `g` is false in `state`: the false parts of a conjunction, the whole of anything
    else (a disjunction none of whose parts holds, a negation that is false)."""
    if g is False:
        return ["false for these arguments"]
    if type(g[0]) is not int:
        return [show(g)]
    if g[0] == AND:
        out = []
        for p in g[1]:
            if not holds(p, state):
                out.extend(explain(p, state))
        return out
    if g[0] == NOT and type(g[1][0]) is not int:
        return [f"(not {show(g[1])}) (the atom is true)"]
    return [show(g) + (" (none holds)" if g[0] == OR else "")]


def show(g) -> str:
    """PDDL text of a ground formula, long parts cut after a few items."""
    if g is True or g is False:
        return "(and)" if g else "(or)"
    tag = g[0]
    if type(tag) is not int:
        return "(" + " ".join(g) + ")"
    if tag == NOT:
        return f"(not {show(g[1])})"
    parts = [show(p) for p in g[1][:_MAX_SHOWN]]
    if len(g[1]) > _MAX_SHOWN:
        parts.append(f"... {len(g[1]) - _MAX_SHOWN} more")
    return f"({'and' if tag == AND else 'or'} " + " ".join(parts) + ")"
