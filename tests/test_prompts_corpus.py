"""Prompts (every style), trace -> plan, training targets, and the seed corpus."""
import re

import pytest

from iterdeploy import prompts
from iterdeploy.corpus import build_corpus, rename, renaming
from iterdeploy.domains import DOMAINS, generate, load_domain
from iterdeploy.planning.ground import bfs
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import Task


def _task(domain="blocksworld", seed=3, sizes=None):
    t = generate(domain, seed, sizes)
    dom = load_domain(domain)
    return t, dom, parse_problem(t.problem, dom)


def test_full_prompt_carries_domain_problem_and_format_instructions():
    t, dom, _ = _task()
    p = prompts.full_prompt(DOMAINS["blocksworld"].domain_text(), t.problem)
    assert "(define (domain blocksworld)" in p and t.name in p
    assert "```pddl" in p and "one action per line" in p


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_compact_prompt_lists_every_init_and_goal_atom_in_file_order(domain):
    t, dom, problem = _task(domain)
    p = prompts.compact_prompt(dom, problem, t.problem)
    lines = p.splitlines()
    assert lines[0] == f"domain: {dom.name}" and lines[-1] == "plan:"
    init = lines[1].removeprefix("init: ")
    for atom in problem.init:
        assert "(" + " ".join(atom) + ")" in init
    for atom in problem.goal_pos:
        assert "(" + " ".join(atom) + ")" in lines[2]
    # file order: the first init atom of the file comes first in the prompt
    order = prompts.init_order(problem, t.problem)
    assert set(order) == set(problem.init) and len(order) == len(problem.init)
    assert init.startswith("(" + " ".join(order[0]) + ")")


def _atoms(line: str) -> list[tuple]:
    """The atoms of a prompt line, groups ``(p a : x y)`` expanded to (p a x), (p a y)."""
    out = []
    for body in re.findall(r"\(([^()]*)\)", line):
        words = body.split()
        if ":" in words:
            cut = words.index(":")
            out += [tuple(words[:cut] + [w]) for w in words[cut + 1:]]
        else:
            out.append(tuple(words))
    return out


def test_static_predicates_are_those_no_action_changes():
    assert prompts.static_predicates(load_domain("blocksworld")) == frozenset()
    assert prompts.static_predicates(load_domain("sokoban")) == {"adjacent"}
    rover = prompts.static_predicates(load_domain("rovers"))
    assert {"visible", "visible_from", "can_traverse", "calibration_target", "supports",
            "on_board", "store_of"} <= rover
    # changed by some action: the rover's position, samples, the store, calibration
    assert not {"at", "at_soil_sample", "empty", "calibrated"} & rover


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_grouped_prompt_holds_exactly_the_compact_prompts_atoms(domain):
    t, dom, problem = _task(domain)
    p = prompts.grouped_prompt(dom, problem, t.problem)
    statics = prompts.static_predicates(dom)
    lines = p.splitlines()
    assert lines[0] == f"domain: {dom.name}" and lines[-1] == "plan:"
    if not statics & {a[0] for a in problem.init}:
        assert p == prompts.compact_prompt(dom, problem, t.problem)
        return
    init, static, goal = lines[1:4]
    assert init.startswith("init: ") and static.startswith("static: ")
    assert goal == prompts.compact_prompt(dom, problem, t.problem).splitlines()[2]
    dynamic, fixed = _atoms(init), _atoms(static)
    assert len(dynamic) + len(fixed) == len(problem.init)  # no atom twice, none lost
    assert set(dynamic) | set(fixed) == problem.init
    assert all(a[0] not in statics for a in dynamic) and all(a[0] in statics for a in fixed)
    # the dynamic atoms keep the file's order
    assert dynamic == [a for a in prompts.init_order(problem, t.problem) if a[0] not in statics]


def test_grouped_prompt_groups_rovers_static_facts_by_all_but_the_last_argument():
    t, dom, problem = _task("rovers", 5, {"objectives": 2, "waypoints": 3, "cameras": 1,
                                          "rovers": 1})
    p = prompts.grouped_prompt(dom, problem, t.problem)
    static = p.splitlines()[2]
    for head in {a[:-1] for a in problem.init if a[0] == "visible_from"}:
        lasts = [a[-1] for a in prompts.init_order(problem, t.problem) if a[:-1] == head]
        written = f"({' '.join(head)} : {' '.join(lasts)})" if len(lasts) > 1 else \
            f"({' '.join(head + tuple(lasts))})"
        assert static.count("(" + " ".join(head) + " ") == 1 and written in static
    fixed = [a for a in problem.init if a[0] in prompts.static_predicates(dom)]
    assert static.count("(") < len(fixed)  # groups, not one parenthesis per atom


def _expand_paths(line: str, labels) -> list[tuple]:
    """The atoms of a rows-prompt static line: groups expanded, each path ``(p x1 .. xn d)``
    of a label (p, d) in `labels` expanded to its pairs (p xi xi+1 d)."""
    out = []
    for atom in _atoms(line):
        if (atom[0], atom[-1]) in labels:
            cells, label = atom[1:-1], atom[-1]
            out += [(atom[0], x, y, label) for x, y in zip(cells, cells[1:])]
        else:
            out.append(atom)
    return out


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_rows_prompt_holds_exactly_the_grouped_prompts_atoms(domain):
    t, dom, problem = _task(domain)
    rows = prompts.rows_prompt(dom, problem, t.problem)
    grouped = prompts.grouped_prompt(dom, problem, t.problem)
    statics = prompts.static_predicates(dom)
    fixed = [a for a in prompts.init_order(problem, t.problem) if a[0] in statics]
    written, rest = prompts.label_paths(fixed)  # the labels the prompt writes: file order
    assert bool(written) == (domain == "sokoban")  # the one bundled domain with paths
    if not written:
        assert rows == grouped
        return
    r_lines, g_lines = rows.splitlines(), grouped.splitlines()
    assert r_lines[:2] == g_lines[:2] and r_lines[3:] == g_lines[3:]  # only statics differ
    atoms = _expand_paths(r_lines[2], written)
    pairs = [a for a in atoms if (a[0], a[-1]) in written]
    assert sorted(set(atoms) - set(pairs)) == sorted(rest)  # the rest as grouped has it
    # every written pair is an atom of the task, its reverse (under the implied label) too,
    # and nothing else is left out
    assert set(pairs) <= set(fixed)
    implied = {a for a in fixed if a not in pairs and a not in rest}
    assert {(p, x, y) for p, y, x, _ in implied} == {(p, x, y) for p, x, y, _ in pairs}
    assert len(pairs) + len(implied) + len(rest) == len(fixed)
    assert r_lines[2].count("(") < g_lines[2].count("(")


def test_rows_prompt_writes_a_sokoban_floor_as_its_rows_and_columns():
    t, dom, problem = _task("sokoban", 3, {"grid": 5, "boxes": 2})
    static = prompts.rows_prompt(dom, problem, t.problem).splitlines()[2]
    paths = re.findall(r"\((adjacent [^()]*)\)", static)
    adjacent = [a for a in problem.init if a[0] == "adjacent"]
    # a 3 x 3 floor: 24 adjacency atoms in four directions, written as 3 rows and 3 columns
    assert len(adjacent) == 24 and len(paths) == 6
    assert sorted(p.split()[-1] for p in paths) == ["down"] * 3 + ["right"] * 3
    assert all(len(p.split()) == 5 for p in paths)  # predicate, three cells, direction
    for p in paths:
        words = p.split()
        back = {"right": "left", "down": "up"}[words[-1]]
        for x, y in zip(words[1:-1], words[2:-1]):
            assert ("adjacent", x, y, words[-1]) in problem.init
            assert ("adjacent", y, x, back) in problem.init


def test_label_paths_leaves_branches_cycles_and_unreversed_labels_alone():
    branch = [("adj", "a", "b", "r"), ("adj", "a", "c", "r"),
              ("adj", "b", "a", "l"), ("adj", "c", "a", "l")]
    cycle = [("adj", "a", "b", "r"), ("adj", "b", "a", "r")]
    lonely = [("adj", "a", "b", "r"), ("adj", "b", "c", "r")]  # no reversed label
    for atoms in (branch, cycle, lonely):
        assert prompts.label_paths(atoms) == ({}, atoms)
    line = [("adj", "a", "b", "r"), ("adj", "b", "c", "r"), ("adj", "c", "b", "l"),
            ("adj", "b", "a", "l"), ("other", "a", "b", "c")]
    written, rest = prompts.label_paths(line)
    assert written == {("adj", "r"): [("adj", "a", "b", "c", "r")]}
    assert rest == [("other", "a", "b", "c")]


def test_prompt_for_dispatches_on_the_style():
    t, dom, problem = _task("rovers")
    text = DOMAINS["rovers"].domain_text()
    assert prompts.prompt_for("compact", dom, problem, t.problem, text) == \
        prompts.compact_prompt(dom, problem, t.problem)
    assert prompts.prompt_for("grouped", dom, problem, t.problem, text) == \
        prompts.grouped_prompt(dom, problem, t.problem)
    t, dom, problem = _task("sokoban")
    text = DOMAINS["sokoban"].domain_text()
    assert prompts.prompt_for("rows", dom, problem, t.problem, text) == \
        prompts.rows_prompt(dom, problem, t.problem) != \
        prompts.grouped_prompt(dom, problem, t.problem)
    assert prompts.prompt_for("full", dom, problem, t.problem, text) == \
        prompts.full_prompt(text, t.problem)
    with pytest.raises(ValueError, match="prompt_style: 'terse' is not one of"):
        prompts.prompt_for("terse", dom, problem, t.problem, text)


def test_blocksworld_init_keeps_towers_top_to_bottom():
    t, dom, problem = _task(sizes={"blocks": 6})
    order = prompts.init_order(problem, t.problem)
    assert order != sorted(order)  # the generator's structural order, not alphabetical


@pytest.mark.parametrize("style", prompts.STYLES)
def test_completion_round_trips_to_plan_and_reasoning(style):
    plan = ["(unstack b2 b1)", "(putdown b2)"]
    text = prompts.completion_for(plan, style, "I move b2 first.")
    got, reasoning = prompts.plan_from_completion(text, style)
    assert list(got) == plan
    if style == "full":
        assert reasoning == "I move b2 first."
        assert prompts.reasoning_tokens(reasoning) == 4
    else:
        assert reasoning is None


def test_full_style_reasoning_includes_think_block_and_ignores_drafts():
    text = ("<think>try (pickup b1)? no</think>\nDraft:\n(pickup b9)\nFinal answer:\n"
            "```pddl\n(unstack b2 b1)\n(putdown b2)\n```")
    plan, reasoning = prompts.plan_from_completion(text, "full")
    assert plan == ("(unstack b2 b1)", "(putdown b2)")
    assert reasoning.startswith("<think>") and reasoning.endswith("Final answer:")
    assert prompts.plan_from_completion("no plan here", "full")[0] is None


def test_renaming_is_consistent_between_problem_and_plan():
    t, dom, problem = _task(sizes={"blocks": 5})
    import random
    mapping = renaming(problem.objects, random.Random(1), 60)
    assert sorted(mapping) == sorted(problem.objects)
    assert len(set(mapping.values())) == len(mapping)
    text = rename(t.problem, mapping)
    renamed = Task(dom, parse_problem(text, dom))
    assert renamed.validate([rename(s, mapping) for s in t.witness]).valid
    assert not Task(dom, problem).validate([rename(s, mapping) for s in t.witness]).valid


def _valid(example, domain="blocksworld"):
    """Rebuild the task from a compact prompt and validate the completion's plan."""
    lines = example.prompt.splitlines()
    init, goal = lines[1].removeprefix("init: "), lines[2].removeprefix("goal: ")
    objs = sorted({w.strip("()") for w in (init + " " + goal).split()
                   if w.strip("()")[:1] == "b" and w.strip("()")[1:].isdigit()})
    text = (f"(define (problem p) (:domain {domain}) (:objects {' '.join(objs)})"
            f" (:init {init}) (:goal (and {goal})))")
    dom = load_domain(domain)
    plan, _ = prompts.plan_from_completion(example.completion, "compact")
    return Task(dom, parse_problem(text, dom)).validate(list(plan))


@pytest.mark.parametrize("plans", ["witness", "optimal", "random-walk"])
def test_corpus_examples_are_valid_deterministic_and_renamed(plans):
    groups = [{"domain": "blocksworld", "sizes": {"blocks": [2, 4]}, "n": 25, "plans": plans}]
    a = build_corpus(seed=7, groups=groups, progress=False)
    assert a == build_corpus(seed=7, groups=groups, progress=False)
    assert a != build_corpus(seed=8, groups=groups, progress=False)
    assert len(a) == 25  # random walks that end where they started are redrawn
    for e in a:
        r = _valid(e)
        assert r.valid, (e.prompt, e.completion, r.reason)
    names = {w for e in a for w in e.prompt.replace("(", " ").replace(")", " ").split()
             if w[:1] == "b" and w[1:].isdigit()}
    assert max(int(w[1:]) for w in names) > 10  # names drawn from 1..60, not b1..b4


@pytest.mark.parametrize("domain, sizes", [("blocksworld", {"blocks": 4}),
                                           ("rovers", {"objectives": 2}),
                                           ("sokoban", {"grid": 5, "boxes": 2})])
def test_random_walks_end_with_a_step_the_goal_needs(domain, sizes):
    """A walk is cut after its last step that adds an atom of a goal predicate: the plan
    reaches its hindsight goal, and without its last action it no longer does."""
    import random
    from dataclasses import replace

    from iterdeploy.corpus import _random_walk
    from iterdeploy.domains import resolve_sizes

    dom, walks = load_domain(domain), 0
    for seed in range(30):
        problem = parse_problem(generate(domain, seed, resolve_sizes(domain, sizes)).problem,
                                dom)
        preds = {a[0] for a in problem.goal_pos}
        plan, goal = _random_walk(Task(dom, problem), random.Random(seed), 15, preds)
        if not plan:
            continue
        walks += 1
        task = Task(dom, replace(problem, goal_pos=goal, goal_neg=()))
        assert task.validate(plan).valid
        assert not task.validate(plan[:-1]).valid, (seed, plan)
    assert walks >= 20


def test_optimal_corpus_plans_are_shortest():
    groups = [{"domain": "blocksworld", "sizes": {"blocks": [3, 3]}, "n": 10, "plans": "optimal"}]
    for e in build_corpus(seed=1, groups=groups, progress=False):
        r = _valid(e)
        plan, _ = prompts.plan_from_completion(e.completion, "compact")
        lines = e.prompt.splitlines()
        objs = sorted({w.strip("()") for w in lines[1].split() if w.strip("()")[1:].isdigit()})
        dom = load_domain("blocksworld")
        text = (f"(define (problem p) (:domain blocksworld) (:objects {' '.join(objs)})"
                f" (:init {lines[1][6:]}) (:goal (and {lines[2][6:]})))")
        assert r.valid and len(plan) == len(bfs(Task(dom, parse_problem(text, dom))))


def test_grouped_corpus_is_the_compact_corpus_with_grouped_prompts():
    groups = [{"domain": "rovers", "sizes": {"objectives": [1, 2], "waypoints": 3}, "n": 8},
              {"domain": "blocksworld", "sizes": {"blocks": [2, 4]}, "n": 4}]
    compact = build_corpus(seed=3, groups=groups, progress=False)
    grouped = build_corpus(seed=3, groups=groups, style="grouped", progress=False)
    assert [e.completion for e in grouped] == [e.completion for e in compact]
    for c, g in zip(compact, grouped):
        if c.prompt.startswith("domain: rover"):
            assert g.prompt.splitlines()[2].startswith("static: ") and " : " in g.prompt
            c_lines, g_lines = c.prompt.splitlines(), g.prompt.splitlines()
            assert sorted(_atoms(c_lines[1])) == sorted(_atoms(g_lines[1] + g_lines[2]))
        else:
            assert g.prompt == c.prompt


def test_full_style_has_no_corpus():
    from iterdeploy import IterdeployError
    with pytest.raises(IterdeployError, match="prompt_style: 'full'"):
        build_corpus(groups=[{"domain": "blocksworld", "sizes": {"blocks": 3}, "n": 1}],
                     style="full", progress=False)


def test_bad_corpus_group_names_the_field():
    from iterdeploy import IterdeployError
    with pytest.raises(IterdeployError, match=r"groups\[0\]\.plans"):
        build_corpus(groups=[{"domain": "blocksworld", "sizes": {"blocks": 3}, "n": 1,
                              "plans": "magic"}], progress=False)


def test_max_plan_length_caps_plans_but_keeps_sizes_and_default_seeds():
    base = {"domain": "blocksworld", "sizes": {"blocks": [6, 8]}, "n": 60, "plans": "witness"}
    free = build_corpus(seed=3, groups=[base], progress=False)
    capped = build_corpus(seed=3, groups=[{**base, "max_plan_length": 8}], progress=False)
    assert len(capped) == 60
    lengths = [e.completion.count("\n") for e in capped]
    assert max(lengths) <= 8 < max(e.completion.count("\n") for e in free)
    for e in capped:
        assert _valid(e).valid
    # every size of the range still appears (caps redraw tasks, not sizes only)
    inits = [e.prompt.split("goal:")[0] for e in capped]
    sizes = {i.count("(on-table ") + i.count("(on ") for i in inits}
    assert sizes == {6, 7, 8}
    # examples whose first draw already fits are the uncapped corpus's examples
    kept = [a for a, b in zip(free, capped) if a == b]
    assert kept and all(a.completion.count("\n") <= 8 for a in kept)
    assert len(kept) == sum(a.completion.count("\n") <= 8 for a in free)


@pytest.mark.parametrize("group, field", [
    ({"max_plan_length": 0}, r"groups\[0\]\.max_plan_length"),
    ({"max_plan_length": True}, r"groups\[0\]\.max_plan_length: True is not a positive"),
    ({"max_plan_lenght": 4}, r"groups\[0\]: unknown key 'max_plan_lenght'"),
    ({"sizes": {"blocks": 9}, "max_plan_length": 1},
     r"groups\[0\]\.max_plan_length: no blocksworld task"),
])
def test_bad_corpus_cap_names_the_field(group, field, monkeypatch):
    from iterdeploy import IterdeployError, corpus
    monkeypatch.setattr(corpus, "MAX_DRAWS", 20)
    g = {"domain": "blocksworld", "sizes": {"blocks": 3}, "n": 2, **group}
    with pytest.raises(IterdeployError, match=field):
        build_corpus(groups=[g], progress=False)


def test_random_walks_that_never_go_anywhere_are_a_clear_error(monkeypatch):
    from iterdeploy import IterdeployError, corpus
    monkeypatch.setattr(corpus, "MAX_DRAWS", 5)
    monkeypatch.setattr(corpus, "_random_walk", lambda task, rng, length, preds: ([], ()))
    with pytest.raises(IterdeployError, match=r"groups\[0\]: 5 random walks in blocksworld"):
        build_corpus(groups=[{"domain": "blocksworld", "sizes": {"blocks": 3}, "n": 1,
                              "plans": "random-walk"}], progress=False)
