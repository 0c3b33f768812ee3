"""Task -> prompt, trace -> plan, curated trace -> training example: one home for all of it.

Four prompt styles:

- ``full``: the PDDL domain and problem verbatim with instructions on the answer format, for
  real LLMs (the paper prompts Qwen3-4B with the domain and the task). The answer is free
  text; the plan is found in it by `planning.extract.extract_plan`, and anything before the
  plan (including a ``<think>`` block) is the reasoning.
- ``compact``: for the tiny from-scratch model. One line per section, atoms in IPC syntax in
  the problem file's order::

      domain: blocksworld
      init: (arm-empty) (clear b5) (on b5 b1) ...
      goal: (on b5 b1) (on-table b3) ...
      plan:

  and the completion is the plan, one action per line, nothing else. Object names are kept
  as they are; the tiny model's tokenizer splits them into a stem and a number.
- ``grouped``: the compact prompt with the static facts (predicates no action adds or
  deletes: a map, what a rover carries, which camera sees what) on their own line, the
  atoms of one predicate that differ only in their last argument written as one group::

      domain: rover
      init: (at rover1 waypoint1) (empty rover1store) (at_soil_sample waypoint3) ...
      static: (visible waypoint1 : waypoint2 waypoint3) (supports camera1 : colour high_res) ...
      goal: (communicated_image_data objective2 colour)
      plan:

  Computed from the domain and the problem alone. Domains without static facts
  (Blocksworld) get the compact prompt; where no two static atoms share all but their last
  argument (Sokoban's adjacencies) the static line holds the atoms as they are.
- ``rows``: the grouped prompt with direction-labelled adjacencies written as paths. A
  static predicate ``(p x y d)`` whose atoms of one label ``d`` chain cells one after another
  (each cell has at most one successor and one predecessor, no cycle), and whose label ``d'``
  holds exactly the reversed pairs, is written one path per line of cells, ``d'`` implied::

      domain: sokoban
      init: (at-robot loc_4_2) (at box1 loc_3_3) (clear loc_2_2) ...
      static: (adjacent loc_2_2 loc_2_3 loc_2_4 right) (adjacent loc_2_2 loc_3_2 loc_4_2 down) ...
      goal: (at box1 loc_4_3)
      plan:

  so a Sokoban grid reads as its rows and columns (24 adjacency atoms of a 3 × 3 floor become
  6 paths). Only the label that comes first in the file is written of each reversed pair;
  atoms that do not form such paths stay as in ``grouped``.
"""
from __future__ import annotations

import re
from typing import Sequence

from iterdeploy.planning.extract import extract_plan, format_plan

STYLES = ("compact", "grouped", "rows", "full")
# the tiny model's styles: the completion is the plan alone
COMPACT_STYLES = ("compact", "grouped", "rows")
COMPACT_STYLES_TEXT = f"{', '.join(COMPACT_STYLES[:-1])} or {COMPACT_STYLES[-1]}"

FULL_INSTRUCTIONS = """\
You are a planning expert. Below are a PDDL domain and a PDDL problem. Find a plan: a \
sequence of ground actions that, applied from the initial state, reaches the goal. Every \
action's preconditions must hold when it is applied.

Answer with the plan in IPC format, one action per line, in parentheses, lower case, e.g.
(pick-up b1)
(stack b1 b2)
Write the plan inside a ```pddl code block at the end of your answer."""


def full_prompt(domain_text: str, problem_text: str) -> str:
    """The full-PDDL prompt for LLMs: instructions, the domain, the problem."""
    return (f"{FULL_INSTRUCTIONS}\n\nDomain:\n```pddl\n{domain_text.strip()}\n```\n\n"
            f"Problem:\n```pddl\n{problem_text.strip()}\n```\n")


def _atom(atom: tuple) -> str:
    return "(" + " ".join(atom) + ")"


_INIT = re.compile(r"\(:init\b(.*?)\(:goal\b", re.IGNORECASE | re.DOTALL)
_ATOM = re.compile(r"\(([^()]+)\)")


def init_order(problem, problem_text: str) -> list[tuple]:
    """The initial atoms in the order the problem file lists them (generators write them
    structurally, e.g. towers top to bottom); atoms the text scan misses come last, sorted."""
    m = _INIT.search(re.sub(r";[^\n]*", "", problem_text))
    seen, out = set(), []
    for body in _ATOM.findall(m.group(1) if m else ""):
        atom = tuple(body.lower().split())
        if atom in problem.init and atom not in seen:
            seen.add(atom)
            out.append(atom)
    return out + sorted(problem.init - seen)


def compact_prompt(domain, problem, problem_text: str | None = None) -> str:
    """The compact prompt for the tiny model (domain name, init atoms, goal atoms); init
    atoms in the file's order when `problem_text` is given, else sorted."""
    init = _init(problem, problem_text)
    return (f"domain: {domain.name}\ninit: {' '.join(_atom(a) for a in init)}\n"
            f"goal: {_goal(problem)}\nplan:\n")


def _init(problem, problem_text: str | None) -> list[tuple]:
    return init_order(problem, problem_text) if problem_text else sorted(problem.init)


def _goal(problem) -> str:
    return " ".join([_atom(a) for a in problem.goal_pos] +
                    [f"(not {_atom(a)})" for a in problem.goal_neg])


def static_predicates(domain) -> frozenset[str]:
    """The predicates of `domain` that no action adds or deletes (conditional and quantified
    effects included)."""
    changed = set()
    for action in domain.actions.values():
        for effect in (action, *action.effects):
            changed.update(atom[0] for atom in (*effect.add, *effect.delete))
    return frozenset(domain.predicates) - changed


def grouped_prompt(domain, problem, problem_text: str | None = None) -> str:
    """The grouped prompt (see the module's docstring): the compact prompt with the static
    atoms on a `static:` line, those that differ only in their last argument as one group
    ``(p a b : x y)``, groups in the order of their first atom."""
    return _static_line_prompt(domain, problem, problem_text, paths=False)


def rows_prompt(domain, problem, problem_text: str | None = None) -> str:
    """The rows prompt (see the module's docstring): the grouped prompt with
    direction-labelled adjacencies written as paths ``(p x1 x2 x3 d)``."""
    return _static_line_prompt(domain, problem, problem_text, paths=True)


def _static_line_prompt(domain, problem, problem_text: str | None, paths: bool) -> str:
    statics = static_predicates(domain)
    init = _init(problem, problem_text)
    dynamic = [a for a in init if a[0] not in statics]
    if len(dynamic) == len(init):
        return compact_prompt(domain, problem, problem_text)
    fixed = [a for a in init if a[0] in statics]
    written, rest = label_paths(fixed) if paths else ({}, fixed)
    groups: dict[tuple, list[str]] = {}  # predicate + all arguments but the last -> lasts
    for atom in rest:
        head, last = (atom[:-1], [atom[-1]]) if len(atom) > 2 else (atom, [])
        groups.setdefault(head, []).extend(last)
    static = [_atom(head + tuple(lasts)) if len(lasts) < 2
              else f"({' '.join(head)} : {' '.join(lasts)})" for head, lasts in groups.items()]
    # paths first, in the order their label first appears, then the groups
    static = [_atom(path) for label in written for path in written[label]] + static
    return (f"domain: {domain.name}\ninit: {' '.join(_atom(a) for a in dynamic)}\n"
            f"static: {' '.join(static)}\ngoal: {_goal(problem)}\nplan:\n")


def label_paths(atoms: Sequence[tuple]) -> tuple[dict[tuple, list[tuple]], list[tuple]]:
    """Split static atoms into direction paths and the rest.

    For ternary atoms ``(p x y d)``, the pairs (x, y) of one label (p, d) are paths when every
    x has at most one y, every y at most one x and there is no cycle; a label (p, d') whose
    pairs are exactly the reversed ones is then implied. Returns ({(p, d): [(p, x1, .., xn,
    d), ...]} for the label of each reversed pair that appears first, paths in the order of
    their first cell's first appearance; the atoms left, in their order)."""
    pairs: dict[tuple, list[tuple]] = {}  # (p, d) -> [(x, y)] in order
    for a in atoms:
        if len(a) == 4:
            pairs.setdefault((a[0], a[3]), []).append((a[1], a[2]))
    chains: dict[tuple, list[list[str]]] = {}
    for label, ps in pairs.items():
        nxt, prv = dict(ps), {y: x for x, y in ps}
        if len(nxt) != len(ps) or len(prv) != len(ps):
            continue  # some cell has two successors or two predecessors
        starts = [x for x, _ in ps if x not in prv]
        paths = []
        for s in dict.fromkeys(starts):
            path = [s]
            while path[-1] in nxt:
                path.append(nxt[path[-1]])
            paths.append(path)
        if sum(len(p) - 1 for p in paths) == len(ps):  # every pair on a path: no cycle
            chains[label] = paths
    written: dict[tuple, list[tuple]] = {}
    implied: set[tuple] = set()
    for label, paths in chains.items():
        if label in implied:
            continue
        forward = set(pairs[label])
        reverse = next((other for other in chains if other != label and other[0] == label[0]
                        and other not in written
                        and set(pairs[other]) == {(y, x) for x, y in forward}), None)
        if reverse is None:
            continue
        implied.add(reverse)
        written[label] = [(label[0], *p, label[1]) for p in paths]
    covered = set(written) | implied
    rest = [a for a in atoms if not (len(a) == 4 and (a[0], a[3]) in covered)]
    return written, rest


def prompt_for(style: str, domain, problem, problem_text: str, domain_text: str = "") -> str:
    """The prompt of a task in a style (`STYLES`); any other style is an error."""
    if style == "full":
        return full_prompt(domain_text, problem_text)
    if style == "grouped":
        return grouped_prompt(domain, problem, problem_text)
    if style == "rows":
        return rows_prompt(domain, problem, problem_text)
    if style == "compact":
        return compact_prompt(domain, problem, problem_text)
    raise ValueError(f"prompt_style: {style!r} is not one of {', '.join(STYLES)}")


def plan_from_completion(text: str, style: str) -> tuple[tuple[str, ...] | None, str | None]:
    """(plan, reasoning) from a model's completion; plan None when none was found.

    The reasoning is the text before the plan (for ``full``: what the model wrote before its
    last complete plan, a ``<think>`` block included); the compact style has none.
    """
    plan = extract_plan(text).plan
    return plan, reasoning_of(text, plan, style)


def reasoning_of(text: str, plan: Sequence[str] | None, style: str) -> str | None:
    """The reasoning of a completion whose extracted plan is `plan` (see
    `plan_from_completion`): None for the compact style, the whole text when no plan."""
    if style in COMPACT_STYLES:
        return None
    if plan is None:
        return text
    return _reasoning_before_plan(text, plan)


def _reasoning_before_plan(text: str, plan: Sequence[str]) -> str:
    """The text before the last occurrence of the plan's first action (case-insensitive)."""
    if not plan:
        return text
    lowered = text.lower()
    first = plan[0].lower()
    head = first[1:-1].split()[0] if first.startswith("(") else first
    cut = lowered.rfind("(" + head)
    if cut < 0:
        return text
    # back up to the opening fence when the plan sits in a fenced block
    fence = lowered.rfind("```", 0, cut)
    if fence >= 0 and re.fullmatch(r"```[a-z]*\s*", lowered[fence:cut]):
        cut = fence
    return text[:cut].strip()


def reasoning_tokens(reasoning: str | None) -> int:
    """The reasoning length used to break ties in curation (whitespace-separated words)."""
    return len(reasoning.split()) if reasoning else 0


def completion_for(plan: Sequence[str], style: str, reasoning: str = "") -> str:
    """The training target for a curated trace: reasoning (full style) then the plan."""
    body = format_plan(plan)
    if style in COMPACT_STYLES:
        return body
    fenced = f"```pddl\n{body}```"
    return f"{reasoning.strip()}\n\n{fenced}" if reasoning.strip() else fenced
