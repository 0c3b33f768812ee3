"""The seed corpus that pre-trains the tiny base model: short plans for small tasks.

The paper starts from Qwen3-4B, which already solves a minority of the tasks. Here the base
model is trained from scratch on a corpus of (compact prompt, plan) examples drawn from the
bundled generators, so that it knows the action syntax and solves small tasks but few large
ones. Each group of the corpus is a domain, a range of sizes, a count and a plan source:

- ``witness``: the generator's own plan (for Blocksworld the near-optimal "well-placed
  first" greedy, a consistent strategy a small model can learn);
- ``optimal``: a shortest plan by breadth-first search (small tasks only);
- ``random-walk``: a random walk from the initial state, relabelled in hindsight: the goal
  becomes the final values of the goal predicates (the plan is then valid by construction).

Object names are renamed at random (``b3`` -> ``b11``, numbers drawn from 1..`name_pool`)
so that the model learns to read and write names it would never see in small tasks.
"""
from __future__ import annotations

import random
import re
from dataclasses import replace
from typing import Any

from tqdm import tqdm

from iterdeploy import IterdeployError, prompts
from iterdeploy.backends import Example
from iterdeploy.domains import generate, load_domain, resolve_sizes
from iterdeploy.planning.ground import applicable, bfs, successor
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task
from iterdeploy.seeding import derive_seed

PLAN_SOURCES = ("witness", "optimal", "random-walk")
DEFAULT_GROUPS = [
    {"domain": "blocksworld", "sizes": {"blocks": [2, 5]}, "n": 6000, "plans": "witness"},
    {"domain": "blocksworld", "sizes": {"blocks": [6, 8]}, "n": 400, "plans": "witness"},
]
_NAME = re.compile(r"^([a-z_\-]*?[a-z_\-])(\d+)$")


def renaming(objects, rng: random.Random, name_pool: int) -> dict[str, str]:
    """New distinct random numbers in 1..name_pool for objects named stem+number."""
    by_stem: dict[str, list[str]] = {}
    for obj in objects:
        m = _NAME.match(obj)
        if m:
            by_stem.setdefault(m.group(1), []).append(obj)
    mapping = {}
    for stem, objs in sorted(by_stem.items()):
        numbers = rng.sample(range(1, max(name_pool, len(objs)) + 1), len(objs))
        mapping.update({o: f"{stem}{n}" for o, n in zip(sorted(objs), numbers)})
    return mapping


def rename(text: str, mapping: dict[str, str]) -> str:
    """Replace whole-word object names (the part from `(:objects` on, for a problem)."""
    if not mapping:
        return text
    pattern = re.compile(r"(?<![\w\-])(" + "|".join(map(re.escape, mapping)) + r")(?![\w\-])")
    head, sep, body = text.partition("(:objects")
    if not sep:
        head, body = "", text
    return head + sep + pattern.sub(lambda m: mapping[m.group(1)], body)


def _random_walk(task: Task, rng: random.Random, length: int, goal_preds: set[str]):
    """A walk of up to `length` steps (cycles cut out) and the final atoms of the goal
    predicates."""
    state = frozenset(task.init)
    steps: list[str] = []
    visited = {state: 0}
    for _ in range(length):
        options = list(applicable(task, state))
        if not options:
            break
        name, args = options[rng.randrange(len(options))]
        state = successor(task, state, name, args)
        steps.append("(" + " ".join((name, *args)) + ")")
        if state in visited:  # back where we were: drop the loop
            del steps[visited[state]:]
            visited = {s: i for s, i in visited.items() if i <= len(steps)}
        else:
            visited[state] = len(steps)
    goal = tuple(sorted(a for a in state if a[0] in goal_preds))
    return steps, goal


def build_corpus(seed: int = 0, groups: list[dict[str, Any]] | None = None,
                 name_pool: int = 12, walk_length: int = 12,
                 progress: bool = True) -> list[Example]:
    """The pre-training examples of all groups (deterministic in `seed`)."""
    out: list[Example] = []
    for gi, g in enumerate(groups if groups is not None else DEFAULT_GROUPS):
        domain, plans = g["domain"], g.get("plans", "witness")
        if plans not in PLAN_SOURCES:
            raise IterdeployError(f"pretrain.corpus.groups[{gi}].plans: {plans!r} is not one "
                                  f"of {', '.join(PLAN_SOURCES)}")
        ranges = {k: (v if isinstance(v, list) else [v, v]) for k, v in g["sizes"].items()}
        dom = load_domain(domain)
        for i in tqdm(range(int(g["n"])), desc=f"corpus {domain}", leave=False,
                      disable=not progress):
            rng = random.Random(derive_seed(seed, gi, i))
            sizes = resolve_sizes(domain, {k: rng.randint(lo, hi)
                                           for k, (lo, hi) in ranges.items()})
            t = generate(domain, rng.getrandbits(62), sizes)
            problem = parse_problem(t.problem, dom)
            task = Task(dom, problem)
            if plans == "witness":
                plan = list(t.witness)
            elif plans == "optimal":
                plan = bfs(task, max_states=200_000)
                if plan is None:
                    raise IterdeployError(f"pretrain.corpus.groups[{gi}]: {domain} {sizes} is "
                                          f"too large for optimal (BFS) plans; use witness")
            else:
                goal_preds = {a[0] for a in problem.goal_pos}
                plan, goal = _random_walk(task, rng, walk_length, goal_preds)
                if not plan or task.goal_reached(frozenset(problem.init)):
                    continue
                problem = replace(problem, goal_pos=goal, goal_neg=())
                if frozenset(goal) <= problem.init:
                    continue
            mapping = renaming(problem.objects, rng, name_pool)
            text = rename(t.problem, mapping)
            renamed = parse_problem(text, dom)
            if plans == "random-walk":
                renamed = replace(renamed, goal_pos=tuple(
                    (a[0], *(mapping.get(x, x) for x in a[1:])) for a in problem.goal_pos))
            out.append(Example(prompts.compact_prompt(dom, renamed, text),
                               prompts.completion_for([rename(s, mapping) for s in plan],
                                                      "compact")))
    return out
