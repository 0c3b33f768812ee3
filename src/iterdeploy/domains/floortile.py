"""Floortile task generator (IPC 2023 Learning Track domain: robots paint a grid).

As in the IPC generator: tiles tile_R_C for rows 0..`rows` and columns 1..`columns`; rows
1..`rows` must be painted in a checkerboard (tile_r_c white when r + c is even, else black),
row 0 is left unpainted; robots start on distinct random tiles holding a random colour, and
both colours are available.

Floortile is full of dead ends: a painted tile can never be entered again and a robot paints
only the tile above or below it. So every robot must finish in row 0, which needs
`robots <= columns`. The witness does what the domain's designers intend: the columns are
split into one contiguous band per robot; each robot first drives to row `rows - 1` of its
band (shortest paths around the other robots), then sweeps its band row by row in a
serpentine, painting the row above it (`paint_up`) and stepping down one row at the end of
each sweep, so it never needs to cross a painted tile. Near optimal for one robot (one move,
one paint and one colour change per tile); sequential, so it does not exploit parallelism.
"""
from __future__ import annotations

import random
from collections import deque

from iterdeploy.domains import GeneratorError, Knob

KNOBS = {
    "rows": Knob(2, 1, 12, "rows to paint (the grid has one more, unpainted row 0)"),
    "columns": Knob(2, 1, 12, "number of columns"),
    "robots": Knob(1, 1, 6, "number of robots (at most columns)"),
}
SIZE_KNOB = "rows"
IPC_TRAINING_EASY = [
    {"rows": 3, "columns": 3, "robots": 1},
    {"rows": 3, "columns": 10, "robots": 3},
    {"rows": 5, "columns": 6, "robots": 3},
]
COLORS = ("white", "black")
_MAX_DRAWS = 1000

Cell = tuple[int, int]  # (row, column)


def _tile(cell: Cell) -> str:
    return f"tile_{cell[0]}_{cell[1]}"


def _color(cell: Cell) -> str:
    return "white" if (cell[0] + cell[1]) % 2 == 0 else "black"


_MOVES = {(1, 0): "move_up", (-1, 0): "move_down", (0, 1): "move_right", (0, -1): "move_left"}


def _path(rows: int, columns: int, start: Cell, goal: Cell,
          blocked: set[Cell]) -> list[Cell] | None:
    """Shortest path of cells from start to goal (both included) avoiding `blocked`."""
    prev: dict[Cell, Cell | None] = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            out = []
            while cell is not None:
                out.append(cell)
                cell = prev[cell]
            return out[::-1]
        for dr, dc in _MOVES:
            nxt = (cell[0] + dr, cell[1] + dc)
            if (0 <= nxt[0] <= rows and 1 <= nxt[1] <= columns and nxt not in prev
                    and nxt not in blocked):
                prev[nxt] = cell
                queue.append(nxt)
    return None


def _witness(rows: int, columns: int, pos: list[Cell], has: list[str]) -> list[str] | None:
    """The band plan, or None when the robots block each other on the way to their bands."""
    m = len(pos)
    plan: list[str] = []
    pos = list(pos)
    has = list(has)
    # Bands left to right go to the robots ordered by their starting column.
    by_column = sorted(range(m), key=lambda r: (pos[r][1], pos[r][0], r))
    size, extra = divmod(columns, m)
    band: dict[int, tuple[int, int]] = {}
    first = 1
    for k, r in enumerate(by_column):
        last = first + size - 1 + (1 if k < extra else 0)
        band[r] = (first, last)
        first = last + 1
    # Each robot starts its sweep at the end of its band nearer to where it stands.
    start_col = {r: min(band[r], key=lambda c: (abs(c - pos[r][1]), c)) for r in range(m)}
    target = {r: (rows - 1, start_col[r]) for r in range(m)}

    def move(r: int, path: list[Cell]) -> None:
        for a, b in zip(path, path[1:]):
            act = _MOVES[(b[0] - a[0], b[1] - a[1])]
            plan.append(f"({act} robot{r + 1} {_tile(a)} {_tile(b)})")
        pos[r] = path[-1]

    # Phase 1: park every robot on its sweep start, one at a time, around the others.
    todo = [r for r in by_column if pos[r] != target[r]]
    while todo:
        for r in todo:
            path = _path(rows, columns, pos[r], target[r], {pos[o] for o in range(m) if o != r})
            if path is not None:
                move(r, path)
                todo.remove(r)
                break
        else:
            return None
    # Phase 2: each robot sweeps its band, painting the row above, from the top row down.
    for r in by_column:
        lo, hi = band[r]
        cols = list(range(lo, hi + 1))
        if start_col[r] == hi:
            cols.reverse()
        for row in range(rows - 1, -1, -1):
            for i, c in enumerate(cols):
                if i:
                    move(r, [pos[r], (row, c)])
                above = (row + 1, c)
                if has[r] != _color(above):
                    plan.append(f"(change_color robot{r + 1} {has[r]} {_color(above)})")
                    has[r] = _color(above)
                plan.append(f"(paint_up robot{r + 1} {_tile(above)} {_tile(pos[r])} {has[r]})")
            if row:
                move(r, [pos[r], (row - 1, cols[-1])])
            cols.reverse()
    return plan


def generate(rng: random.Random, *, name: str, rows: int, columns: int,
             robots: int) -> tuple[str, list[str]]:
    """Random robot positions and colours; the band-sweep witness."""
    if robots > columns:
        raise GeneratorError(f"floortile: robots={robots} exceeds columns={columns}: every "
                             "robot must end in the unpainted row 0, one per column")
    cells = [(r, c) for r in range(rows + 1) for c in range(1, columns + 1)]
    for _ in range(_MAX_DRAWS):
        pos = rng.sample(cells, robots)
        has = [rng.choice(COLORS) for _ in range(robots)]
        witness = _witness(rows, columns, pos, has)
        if witness is not None:
            break
    else:  # pragma: no cover - measured: robots almost never block each other for good
        raise GeneratorError(f"floortile: rows={rows}, columns={columns}, robots={robots}: "
                             f"no drivable start found in {_MAX_DRAWS} draws")
    nl = "\n    "
    tiles = [_tile(c) for c in cells]
    robot_names = [f"robot{i}" for i in range(1, robots + 1)]
    occupied = set(pos)
    init = []
    for i, (p, h) in enumerate(zip(pos, has), start=1):
        init += [f"(robot-at robot{i} {_tile(p)})", f"(robot-has robot{i} {h})"]
    init += ["(available-color white)", "(available-color black)"]
    init += [f"(clear {_tile(c)})" for c in cells if c not in occupied]
    grid = [(r, c) for r in range(rows) for c in range(1, columns + 1)]
    init += [f"(up {_tile((r + 1, c))} {_tile((r, c))} )" for r, c in grid]
    init += [f"(down {_tile((r, c))} {_tile((r + 1, c))} )" for r, c in grid]
    pairs = [(r, c) for r in range(rows + 1) for c in range(1, columns)]
    init += [f"(left {_tile((r, c))} {_tile((r, c + 1))} )" for r, c in pairs]
    init += [f"(right {_tile((r, c + 1))} {_tile((r, c))} )" for r, c in pairs]
    goals = [f"(painted {_tile(c)} {_color(c)})" for c in cells if c[0] >= 1]
    text = (f";; rows={rows}, columns={columns}, robots={robots}, task={name}\n\n"
            f"(define (problem {name})\n"
            f" (:domain floortile)\n"
            f" (:objects {nl}{nl.join(tiles)} - tile{nl}{nl.join(robot_names)} - robot{nl}"
            f"white black - color\n)\n"
            f" (:init {nl}{nl.join(init)})\n"
            f" (:goal  (and {nl}{nl.join(goals)})))\n")
    return text, witness
