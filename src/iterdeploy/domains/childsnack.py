"""Childsnack task generator (IPC 2023 Learning Track domain: make and serve sandwiches).

As in the IPC generator: one bread portion and one content portion per child, exactly as many
gluten-free breads and contents as allergic children (so wasting a gluten-free portion on an
ordinary sandwich leads to a dead end), `children + extra_sandwiches` sandwich names, every
tray in the kitchen, children waiting at random tables (IPC files always have 3 tables), the
allergic children chosen at random.

Witness: make every child's sandwich (gluten-free ones only from gluten-free portions), put
it on the tray that serves the child's table, then each tray drives from table to table and
serves. Every child needs one make, one put-on-tray and one serve, and every table with a
waiting child needs one tray drive, so the witness is optimal.
"""
from __future__ import annotations

import random

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "children": Knob(3, 1, 60, "number of children (one bread and one content portion each)"),
    "allergic": Knob(1, 0, 60, "allergic children (= gluten-free breads = gluten-free contents)"),
    "trays": Knob(1, 1, 6, "number of trays"),
    "extra_sandwiches": Knob(0, 0, 20, "sandwich names beyond one per child"),
    "tables": Knob(3, 1, 6, "number of tables (IPC files: 3)"),
}
SIZE_KNOB = "children"
IPC_TRAINING_EASY = [
    {"children": 4, "allergic": 0, "trays": 1, "extra_sandwiches": 0, "tables": 3},
    {"children": 10, "allergic": 6, "trays": 3, "extra_sandwiches": 5, "tables": 3},
]


def generate(rng: random.Random, *, name: str, children: int, allergic: int, trays: int,
             extra_sandwiches: int, tables: int) -> tuple[str, list[str]]:
    """Random allergies, tables and gluten-free portions; an optimal witness."""
    if allergic > children:
        raise GeneratorError(f"childsnack: allergic={allergic} exceeds children={children}")
    n = children
    kids = list(range(1, n + 1))
    rng.shuffle(kids)  # listing order in the file, as in IPC files
    is_allergic = {c: i < allergic for i, c in enumerate(kids)}
    table = {c: rng.randint(1, tables) for c in kids}
    gf_bread = rng.sample(range(1, n + 1), allergic)
    gf_content = rng.sample(range(1, n + 1), allergic)

    # Witness. Trays serve tables round-robin; children are served table by table.
    tray_of = {t: (t - 1) % trays + 1 for t in range(1, tables + 1)}
    order = sorted(range(1, n + 1), key=lambda c: (table[c], c))
    breads = {True: list(gf_bread), False: [b for b in range(1, n + 1) if b not in gf_bread]}
    contents = {True: list(gf_content),
                False: [k for k in range(1, n + 1) if k not in gf_content]}
    plan: list[str] = []
    sandwich = {}
    for s, c in enumerate(order, start=1):
        gf = is_allergic[c]
        b, k = breads[gf].pop(0), contents[gf].pop(0)
        act = "make_sandwich_no_gluten" if gf else "make_sandwich"
        plan.append(f"({act} sandw{s} bread{b} content{k})")
        plan.append(f"(put_on_tray sandw{s} tray{tray_of[table[c]]})")
        sandwich[c] = s
    tray_at = {t: "kitchen" for t in range(1, trays + 1)}
    for c in order:
        t, p = tray_of[table[c]], f"table{table[c]}"
        if tray_at[t] != p:
            plan.append(f"(move_tray tray{t} {tray_at[t]} {p})")
            tray_at[t] = p
        act = "serve_sandwich_no_gluten" if is_allergic[c] else "serve_sandwich"
        plan.append(f"({act} sandw{sandwich[c]} child{c} tray{t} {p})")

    def names(prefix: str, count: int) -> str:
        return " ".join(f"{prefix}{i}" for i in range(1, count + 1))

    init = [f"(at tray{t} kitchen)" for t in range(1, trays + 1)]
    init += [f"(at_kitchen_bread bread{i})" for i in range(1, n + 1)]
    init += [f"(at_kitchen_content content{i})" for i in range(1, n + 1)]
    init += [f"(allergic_gluten child{c})" for c in kids if is_allergic[c]]
    init += [f"(not_allergic_gluten child{c})" for c in kids if not is_allergic[c]]
    init += [f"(no_gluten_bread bread{b})" for b in gf_bread]
    init += [f"(no_gluten_content content{k})" for k in gf_content]
    init += [f"(waiting child{c} table{table[c]})"
             for c in sorted(kids, key=lambda c: not is_allergic[c])]
    init += [f"(notexist sandw{s})" for s in range(1, n + extra_sandwiches + 1)]
    nl = "\n    "
    goals = "\n   ".join(f"(served child{c})" for c in range(1, n + 1))
    text = (f";; children={children}, allergic={allergic}, trays={trays}, "
            f"extra_sandwiches={extra_sandwiches}, tables={tables}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain childsnack)\n"
            f" (:objects {nl}"
            f"{names('child', n)} - child{nl}"
            f"{names('tray', trays)} - tray{nl}"
            f"{names('sandw', n + extra_sandwiches)} - sandwich{nl}"
            f"{names('bread', n)} - bread-portion{nl}"
            f"{names('content', n)} - content-portion{nl}"
            f"{names('table', tables)} - place\n    )\n"
            f" (:init {nl}{nl.join(init)})\n"
            f" (:goal  (and {goals})))\n")
    return text, plan
