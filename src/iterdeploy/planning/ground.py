"""Successor generation and breadth-first search for small tasks.

The validator grounds only what a plan uses; search needs every applicable action in a state.
`applicable` binds an action's parameters by joining its positive preconditions against the
state (most selective atom first), then fills parameters that no precondition mentions from
the typed objects, so it never enumerates the full cross product of objects. Meant for
corpora, random walks and tests on small tasks, not as a planner (that is Fast Downward).
"""
from __future__ import annotations

from collections import defaultdict, deque
from typing import Iterator

from iterdeploy.planning.validate import Task


def _index(state) -> dict[str, list[tuple]]:
    by_pred: dict[str, list[tuple]] = defaultdict(list)
    for atom in state:
        by_pred[atom[0]].append(atom)
    return by_pred


def applicable(task: Task, state) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every applicable ground action (name, args) in `state`, in a deterministic order."""
    by_pred = _index(state)
    objects_of: dict[str, list[str]] = {}
    for name in sorted(task.schemas):
        schema = task.schemas[name]
        types, pre_t = schema.types, schema.pre
        n = len(types)
        # join the most selective preconditions first
        order = sorted(pre_t, key=lambda t: len(by_pred.get(t[0], ())))
        results: list[tuple[str, ...]] = []

        def extend(binding: list, k: int):
            if k == len(order):
                free = [i for i in range(n) if binding[i] is None]
                if not free:
                    results.append(tuple(binding))
                    return
                i = free[0]
                want = types[i]
                if want not in objects_of:
                    objects_of[want] = sorted(o for o, anc in task.object_types.items()
                                              if want in anc)
                for o in objects_of[want]:
                    binding[i] = o
                    extend(binding, k)
                binding[i] = None
                return
            templ = order[k]
            for atom in by_pred.get(templ[0], ()):
                if len(atom) != len(templ):
                    continue
                newly = []
                ok = True
                for x, val in zip(templ[1:], atom[1:]):
                    if type(x) is int:
                        cur = binding[x]
                        if cur is None:
                            binding[x] = val
                            newly.append(x)
                        elif cur != val:
                            ok = False
                            break
                    elif x != val:
                        ok = False
                        break
                if ok:
                    extend(binding, k + 1)
                for x in newly:
                    binding[x] = None

        extend([None] * n, 0)
        seen = set()
        for args in sorted(results):
            if args in seen:
                continue
            seen.add(args)
            g = task.ground(name, args)
            if len(g) == 2:  # type mismatch etc.
                continue
            if len(g) == 5:  # STRIPS, inlined
                pre, neg, _add, _del, static = g
                if static is None and pre <= state and (not neg or neg.isdisjoint(state)):
                    yield name, args
            elif task.inapplicable_reason(name, args, g, state) is None:
                yield name, args


def successor(task: Task, state: frozenset, name: str, args: tuple[str, ...]) -> frozenset:
    """The state after an applicable action (delete effects first, then add effects)."""
    dele, add, _cost = task.effects_of(task.ground(name, args), state)
    return (state - dele) | add


def bfs(task: Task, max_states: int = 200_000) -> list[str] | None:
    """A shortest plan as action lines, or None if none exists within `max_states` states."""
    start = frozenset(task.init)
    if task.goal_reached(start):
        return []
    parent: dict[frozenset, tuple] = {start: None}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        for name, args in applicable(task, state):
            nxt = successor(task, state, name, args)
            if nxt in parent:
                continue
            parent[nxt] = (state, name, args)
            if task.goal_reached(nxt):
                plan = []
                cur = nxt
                while parent[cur] is not None:
                    prev, n, a = parent[cur]
                    plan.append("(" + " ".join((n, *a)) + ")")
                    cur = prev
                return plan[::-1]
            if len(parent) >= max_states:
                return None
            queue.append(nxt)
    return None
