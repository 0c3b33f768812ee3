"""The seed corpus that pre-trains the tiny base model: short plans for small tasks.

The paper starts from Qwen3-4B, which already solves a minority of the tasks. Here the base
model is trained from scratch on a corpus of (compact prompt, plan) examples drawn from the
bundled generators, so that it knows the action syntax and solves small tasks but few large
ones. Each group of the corpus is a domain, a range of sizes, a count and a plan source:

- ``witness``: the generator's own plan (for Blocksworld the near-optimal "well-placed
  first" greedy, a consistent strategy a small model can learn);
- ``optimal``: a shortest plan by breadth-first search (small tasks only);
- ``random-walk``: a random walk from the initial state, relabelled in hindsight: the goal
  becomes the final values of the goal predicates (the plan is then valid by construction);
  the walk ends with its last step that adds one of them.

A group may cap the plan length (``max_plan_length``): tasks whose plan is longer are
redrawn, so the base model sees states of every size but only short plans, and anything
longer it learns to write comes from its own validated traces during deployment.

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
GROUP_KEYS = ("domain", "sizes", "n", "plans", "max_plan_length")
MAX_DRAWS = 1000  # redraws per example before a max_plan_length is declared unreachable
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
    """A walk of up to `length` steps (cycles cut out, and cut after its last step that
    adds an atom of a goal predicate: the goal needs no later step) and the atoms of the
    goal predicates where it ends."""
    state = frozenset(task.init)
    steps: list[tuple[str, tuple]] = []
    visited = {state: 0}
    for _ in range(length):
        options = list(applicable(task, state))
        if not options:
            break
        name, args = options[rng.randrange(len(options))]
        state = successor(task, state, name, args)
        steps.append((name, args))
        if state in visited:  # back where we were: drop the loop
            del steps[visited[state]:]
            visited = {s: i for s, i in visited.items() if i <= len(steps)}
        else:
            visited[state] = len(steps)
    state, end = frozenset(task.init), (0, frozenset(task.init))
    for i, (name, args) in enumerate(steps):
        after = successor(task, state, name, args)
        if any(a[0] in goal_preds for a in after - state):
            end = (i + 1, after)
        state = after
    last, state = end
    goal = tuple(sorted(a for a in state if a[0] in goal_preds))
    return ["(" + " ".join((name, *args)) + ")" for name, args in steps[:last]], goal


def _draw(dom, domain: str, ranges: dict, plans: str, rng: random.Random, walk_length: int,
          where: str):
    """One generated task, its (possibly relabelled) problem and plan; None if the draw is
    unusable (a random walk that goes nowhere)."""
    sizes = resolve_sizes(domain, {k: rng.randint(lo, hi) for k, (lo, hi) in ranges.items()})
    t = generate(domain, rng.getrandbits(62), sizes)
    problem = parse_problem(t.problem, dom)
    task = Task(dom, problem)
    if plans == "witness":
        return t, problem, list(t.witness)
    if plans == "optimal":
        plan = bfs(task, max_states=200_000)
        if plan is None:
            raise IterdeployError(f"{where}: {domain} {sizes} is too large for optimal (BFS) "
                                  f"plans; use witness")
        return t, problem, plan
    goal_preds = {a[0] for a in problem.goal_pos}
    plan, goal = _random_walk(task, rng, walk_length, goal_preds)
    if not plan or task.goal_reached(frozenset(problem.init)):
        return None
    problem = replace(problem, goal_pos=goal, goal_neg=())
    if frozenset(goal) <= problem.init:
        return None
    return t, problem, plan


def build_corpus(seed: int = 0, groups: list[dict[str, Any]] | None = None,
                 name_pool: int = 12, walk_length: int = 12, style: str = "compact",
                 progress: bool = True) -> list[Example]:
    """The pre-training examples of all groups (deterministic in `seed`), prompts in `style`
    (one of `prompts.COMPACT_STYLES`); groups default to those of `backends.args.CorpusArgs`,
    the default experiment's corpus."""
    if style not in prompts.COMPACT_STYLES:
        raise IterdeployError(f"prompt_style: {style!r} has no pre-training corpus (the tiny "
                              f"model is trained on {prompts.COMPACT_STYLES_TEXT} "
                              f"prompts)")
    if groups is None:
        from dataclasses import asdict

        from iterdeploy.backends.args import CorpusArgs
        groups = [asdict(g) for g in CorpusArgs().groups]
    out: list[Example] = []
    for gi, g in enumerate(groups):
        where = f"backend.args.pretrain.corpus.groups[{gi}]"
        unknown = sorted(set(g) - set(GROUP_KEYS))
        if unknown:
            raise IterdeployError(f"{where}: unknown key {unknown[0]!r} "
                                  f"(known: {', '.join(GROUP_KEYS)})")
        domain, plans = g["domain"], g.get("plans", "witness")
        if plans not in PLAN_SOURCES:
            raise IterdeployError(f"{where}.plans: {plans!r} is not one "
                                  f"of {', '.join(PLAN_SOURCES)}")
        cap = g.get("max_plan_length")
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
            raise IterdeployError(f"{where}.max_plan_length: {cap!r} is not a positive integer")
        ranges = {k: (v if isinstance(v, list) else [v, v]) for k, v in g["sizes"].items()}
        dom = load_domain(domain)
        for i in tqdm(range(int(g["n"])), desc=f"corpus {domain}", leave=False,
                      disable=not progress):
            for draw in range(MAX_DRAWS):
                # the first draw keeps the seed of a corpus without a cap
                rng = random.Random(derive_seed(seed, gi, i, *((draw,) if draw else ())))
                drawn = _draw(dom, domain, ranges, plans, rng, walk_length, where)
                if drawn is not None and (cap is None or len(drawn[2]) <= cap):
                    break
            else:
                if cap is None:  # only random walks can come back empty
                    raise IterdeployError(f"{where}: {MAX_DRAWS} random walks in {domain} "
                                          f"{g['sizes']} all ended where they started or "
                                          f"reached no new goal; use larger sizes")
                raise IterdeployError(f"{where}.max_plan_length: no {domain} task of sizes "
                                      f"{g['sizes']} with a plan of at most {cap} steps in "
                                      f"{MAX_DRAWS} draws; raise it or lower the sizes")
            t, problem, plan = drawn
            mapping = renaming(problem.objects, rng, name_pool)
            text = rename(t.problem, mapping)
            renamed = parse_problem(text, dom)
            if plans == "random-walk":
                renamed = replace(renamed, goal_pos=tuple(
                    (a[0], *(mapping.get(x, x) for x in a[1:])) for a in problem.goal_pos))
            out.append(Example(prompts.prompt_for(style, dom, renamed, text),
                               prompts.completion_for([rename(s, mapping) for s in plan],
                                                      style)))
    return out
