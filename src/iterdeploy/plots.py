"""The report's figures, drawn with matplotlib's Agg canvas (no pyplot, no global state).

Each `draw_*` function fills one axes from a `report.Run`; `single_run` and `several_runs`
compose them into the (name, caption, figure) list that `report.write_report` saves as PNG
and SVG. This module imports matplotlib at the top: import it only when drawing.
"""
from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Sequence

try:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator
except ImportError:  # pragma: no cover - depends on the environment
    from iterdeploy import IterdeployError
    raise IterdeployError("iterdeploy report needs matplotlib: pip install 'iterdeploy[report]'"
                          ) from None

from iterdeploy.metrics import best_known_length
from iterdeploy.report import Run, aggregate, group_by_label, size_knob, validator_kind

matplotlib.rcParams.update({"svg.hashsalt": "iterdeploy", "axes.spines.top": False,
                            "axes.spines.right": False, "axes.grid": True,
                            "grid.alpha": 0.3, "font.size": 9})
DPI = 120
STATUS_COLOURS = {"VALID": "#2ca02c", "GOAL_NOT_REACHED": "#ff7f0e",
                  "PRECONDITION_FALSE": "#d62728", "NO_PLAN_FOUND": "#7f7f7f",
                  "PARSE_ERROR": "#8c564b", "UNKNOWN_ACTION": "#9467bd",
                  "UNKNOWN_OBJECT": "#e377c2", "WRONG_ARITY": "#bcbd22",
                  "TYPE_MISMATCH": "#17becf"}


def _figure(width: float, height: float, ncols: int = 1):
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, ncols, squeeze=False)[0]
    return fig, list(axes)


def save(fig, stem: Path) -> bytes:
    """Write STEM.png and STEM.svg; return the PNG bytes."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    png = buf.getvalue()
    Path(f"{stem}.png").write_bytes(png)
    fig.savefig(f"{stem}.svg", format="svg", metadata={"Date": None})
    return png


def _generations(run: Run) -> list[int]:
    return [m["generation"] for m in run.rows]


def _int_xaxis(ax, gens: Sequence[int]) -> None:
    ax.set_xticks(list(gens))
    ax.set_xlabel("generation")


# ----------------------------------------------------------------------------- one run


def _series(run: Run, key: str) -> list[float]:
    return [m.get(key) if m.get(key) is not None else float("nan") for m in run.rows]


def draw_solved(ax, run: Run, split: str = "pool") -> None:
    """Solved tasks per generation, in total and (several domains) per domain."""
    prefix = "" if split == "pool" else "eval_"
    gens = _generations(run)
    n = len(run.pool(split))
    ax.plot(gens, [m[f"{prefix}solved"] for m in run.rows], "o-", lw=2, label="all domains")
    domains = run.domains
    if len(domains) > 1:
        for d in domains:
            n_d = sum(t.domain == d for t in run.pool(split))
            ax.plot(gens, [m[f"{prefix}solved_by_domain"].get(d, 0) for m in run.rows], ".--",
                    label=f"{d} ({n_d} tasks)")
        ax.legend(fontsize=7)
    ax.set_ylim(0, max(1, n) * 1.05)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("solved tasks")
    ax.set_title(f"{'pool' if split == 'pool' else 'held-out'} ({n} tasks)")
    _int_xaxis(ax, gens)


def draw_solved_rate(ax, run: Run) -> None:
    """Solved share of the pool and of the held-out set, per generation."""
    gens = _generations(run)
    for split, prefix, style in (("pool", "", "o-"), ("eval", "eval_", "s--")):
        n = len(run.pool(split))
        if n:
            ax.plot(gens, [100 * m[f"{prefix}solved"] / n for m in run.rows], style, lw=2,
                    label=f"{'pool' if split == 'pool' else 'held-out'} ({n} tasks)")
    ax.set_ylim(0, 100)
    ax.set_ylabel("solved tasks %")
    ax.set_title("solved")
    ax.legend(fontsize=7)
    _int_xaxis(ax, gens)


def frontier_grid(run: Run) -> tuple[list[str], list[list[float]], list[list[str]]]:
    """Rows (size buckets), solved rate per generation, and "solved/tasks" cell texts."""
    buckets: dict[tuple[str, int], int] = {}
    for t in run.pool():
        buckets[(t.domain, t.size)] = buckets.get((t.domain, t.size), 0) + 1
    keys = sorted(buckets)
    several = len({d for d, _ in keys}) > 1
    names = [f"{d} {size_knob(d)}={s}" if several else f"{size_knob(d)}={s}" for d, s in keys]
    rates, texts = [], []
    for d, s in keys:
        solved = [m["solved_by_size"].get(f"{d}:{s}", 0) for m in run.rows]
        rates.append([x / buckets[(d, s)] for x in solved])
        texts.append([f"{x}/{buckets[(d, s)]}" for x in solved])
    return names, rates, texts


def draw_frontier(ax, run: Run) -> None:
    """Heat map of the solved rate by task size (rows) and generation (columns)."""
    names, rates, texts = frontier_grid(run)
    gens = _generations(run)
    image = ax.imshow(rates, aspect="auto", cmap="viridis", vmin=0, vmax=1, origin="lower",
                      interpolation="nearest")
    if len(names) * len(gens) <= 240:
        for i, row in enumerate(texts):
            for j, text in enumerate(row):
                ax.text(j, i, text, ha="center", va="center", fontsize=6,
                        color="black" if rates[i][j] > 0.6 else "white")
    ax.set_yticks(range(len(names)), names)
    ax.set_xticks(range(len(gens)), gens)
    ax.set_xlabel("generation")
    ax.grid(False)
    ax.set_title("solved rate by task size (the frontier)")
    ax.figure.colorbar(image, ax=ax, label="solved share of the tasks of that size")


def draw_longest(ax, run: Run) -> None:
    """Longest (and mean) valid plan per generation, pool and held-out."""
    gens = _generations(run)
    ax.plot(gens, _series(run, "max_plan_length"), "o-", lw=2, label="longest, pool")
    ax.plot(gens, _series(run, "mean_plan_length"), ".:", label="mean, pool")
    if run.pool("eval"):
        ax.plot(gens, _series(run, "eval_max_plan_length"), "s--", label="longest, held-out")
    ax.set_ylim(bottom=0)
    ax.set_ylabel("valid plan length (steps)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("valid plan length")
    ax.legend(fontsize=7)
    _int_xaxis(ax, gens)


def draw_length_distribution(ax, run: Run) -> None:
    """Box plots of the valid pool plans' lengths, one per generation."""
    gens = [g for g, gen in zip(_generations(run), run.generations) if gen.lengths]
    data = [gen.lengths for gen in run.generations if gen.lengths]
    if data:
        ax.boxplot(data, positions=gens, widths=0.6, flierprops={"markersize": 2})
    ax.set_xticks(_generations(run), [f"{g}\nn={len(gen.lengths)}" for g, gen in
                                      zip(_generations(run), run.generations)])
    ax.set_xlabel("generation (n = valid samples)")
    ax.set_ylabel("valid plan length (steps)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("valid plan lengths per generation (pool)")


def draw_statuses(ax, run: Run) -> None:
    """Share of samples per validator status and generation (stacked bars)."""
    gens = _generations(run)
    totals: dict[str, int] = {}
    for m in run.rows:
        for s, n in m["status_counts"].items():
            totals[s] = totals.get(s, 0) + n
    order = sorted(totals, key=lambda s: (s != "VALID", -totals[s], s))
    bottom = [0.0] * len(gens)
    for status in order:
        share = [100 * m["status_counts"].get(status, 0) / max(1, m["samples"])
                 for m in run.rows]
        ax.bar(gens, share, bottom=bottom, label=status, color=STATUS_COLOURS.get(status),
               width=0.7)
        bottom = [b + s for b, s in zip(bottom, share)]
    ax.set_ylim(0, 100)
    ax.set_ylabel("samples %")
    ax.set_title("validator status of every pool sample")
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    _int_xaxis(ax, gens)


def draw_plan_vs_reference(ax, run: Run) -> None:
    """Shortest valid plan per solved task and generation against the shortest known plan."""
    known = {t.id: best_known_length(t) for t in run.pool() + run.refreshed}
    cmap = matplotlib.colormaps["viridis"]
    rng = random.Random(0)  # a fixed jitter, so the figure is the same on every run
    top = 1
    last = max(1, len(run.generations) - 1)
    for g, gen in enumerate(run.generations):
        pts = [(known[t], n) for t, n in sorted(gen.best.items()) if known.get(t)]
        if not pts:
            continue
        xs = [x + rng.uniform(-0.25, 0.25) for x, _ in pts]
        ax.scatter(xs, [y for _, y in pts], s=8, alpha=0.6, color=cmap(g / last),
                   label=f"gen {g}", linewidths=0)
        top = max(top, *(max(p) for p in pts))
    ax.plot([0, top], [0, top], color="grey", lw=1, label="plan = shortest known")
    ax.set_xlim(0, top + 1)
    ax.set_ylim(0, top + 1)
    ax.set_xlabel("shortest known plan length (reference planner or generator)")
    ax.set_ylabel("shortest valid plan found")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("plan length against the shortest known plan (pool)")
    ax.legend(fontsize=7, markerscale=2)


def draw_horizon(ax, run: Run) -> None:
    """Longest valid plan per generation against 1.5 x and 2 x the base's."""
    gens = _generations(run)
    ax.plot(gens, _series(run, "max_plan_length"), "o-", lw=2, label="longest valid plan")
    ax.plot(gens, _series(run, "max_best_plan_length"), ".--",
            label="longest per-task shortest plan")
    base = run.rows[0].get("max_plan_length")
    for factor, style in ((1.5, ":"), (2.0, "-.")):
        if base:
            ax.axhline(factor * base, color="grey", ls=style, lw=1,
                       label=f"{factor:g} × base ({factor * base:g})")
    ax.set_ylim(bottom=0)
    ax.set_ylabel("steps")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("long horizons: plan length")
    ax.legend(fontsize=7)
    _int_xaxis(ax, gens)


def draw_validator(ax, run: Run) -> None:
    """Exploit rate, samples showing the bias, accepted and valid shares per generation."""
    gens = _generations(run)

    def series(key):
        return [float("nan") if m.get(key) is None else 100 * m[key] for m in run.rows]
    ax.plot(gens, series("exploit_rate"), "o-", lw=2, color="#d62728",
            label="exploit rate (curated, invalid)")
    if any(m.get("bias_ratio") is not None for m in run.rows):
        ax.plot(gens, series("bias_ratio"), "s--", color="#9467bd",
                label="samples showing the bias")
    ax.plot(gens, series("accepted_ratio"), ".:", color="#1f77b4",
            label="samples accepted at curation")
    ax.plot(gens, series("valid_ratio"), ".:", color="#2ca02c", label="samples valid")
    ax.set_ylim(0, 100)
    ax.set_ylabel("%")
    ax.set_title(f"curation-time validator: {validator_kind(run)}")
    ax.legend(fontsize=7)
    _int_xaxis(ax, gens)


def draw_largest_size(ax, run: Run) -> None:
    """The largest task size with a solved task, per generation."""
    gens = _generations(run)
    ax.plot(gens, _series(run, "largest_solved_size"), "o-", lw=2)
    sizes = [t.size for t in run.pool()]
    if sizes:
        ax.set_ylim(min(sizes) - 0.5, max(sizes) + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(f"{size_knob(run.domains[0])}" if len(run.domains) == 1 else "size")
    ax.set_title("largest size solved")
    _int_xaxis(ax, gens)


COLLAPSE_PANELS = [
    ("distinct_valid_plans", "distinct valid plans per task", "plans"),
    ("first_action_entropy_norm", "first-action entropy (normalised)", "H / log2(n)"),
    ("eval_ref_perplexity", "held-out reference plans: perplexity", "perplexity"),
]


def draw_collapse(axes, run: Run) -> None:
    """The collapse indicators per generation, one panel each, plus plan lengths."""
    gens = _generations(run)
    for ax, (key, title, ylabel) in zip(axes, COLLAPSE_PANELS):
        ax.plot(gens, _series(run, key), "o-", lw=2)
        if all(m.get(key) is None for m in run.rows):  # e.g. no log-probabilities
            ax.text(0.5, 0.5, "no values", ha="center", va="center", transform=ax.transAxes)
        ax.set_title(title)
        ax.set_ylabel(ylabel)
        ax.set_ylim(bottom=0)
        _int_xaxis(ax, gens)
    ax = axes[len(COLLAPSE_PANELS)]
    ax.plot(gens, _series(run, "mean_plan_length"), "o-", lw=2, label="valid plans")
    ax.plot(gens, _series(run, "mean_extracted_plan_length"), "s--", label="all plans")
    ax.set_title("mean plan length")
    ax.set_ylabel("steps")
    ax.set_ylim(bottom=0)
    ax.legend(fontsize=7)
    _int_xaxis(ax, gens)


def draw_curated_length(ax, run: Run) -> None:
    """Mean length of the curated valid plans against the shortest valid plans of the same
    tasks (what a preference bias changes)."""
    gens = _generations(run)

    def series(key):
        return [float("nan") if m.get(key) is None else m[key] for m in run.rows]
    ax.plot(gens, series("curated_mean_plan_length"), "o-", lw=2, label="curated plans")
    ax.plot(gens, series("curated_shortest_mean_plan_length"), "s--",
            label="shortest valid plans, same tasks")
    ax.set_ylim(bottom=0)
    ax.set_ylabel("mean plan length (steps)")
    ax.set_title("curated plan length")
    ax.legend(fontsize=7)
    _int_xaxis(ax, gens)


def single_run(run: Run) -> list[tuple[str, str, object]]:
    """The figures of a one-run report: (file name, caption, figure)."""
    out = []
    fig, (a, b, c) = _figure(13, 3.8, 3)
    draw_solved_rate(a, run)
    draw_frontier(b, run)
    draw_longest(c, run)
    out.append(("main", f"{run.label}: solved tasks, the frontier and valid plan lengths per "
                        f"generation", fig))
    splits = ["pool"] + (["eval"] if run.pool("eval") else [])
    fig, axes = _figure(5 * len(splits), 3.6, len(splits))
    for ax, split in zip(axes, splits):
        draw_solved(ax, run, split)
    out.append(("solved", "Solved tasks per generation (per domain where there are several), "
                          "pool and held-out set", fig))
    for name, draw, caption, size in [
            ("plan_lengths", draw_length_distribution,
             "Distribution of valid plan lengths per generation (pool samples)", (6, 3.8)),
            ("longest_plan", draw_longest, "Longest and mean valid plan per generation",
             (6, 3.6)),
            ("frontier", draw_frontier, "Solved rate by task size and generation: the "
             "frontier moving to larger tasks", (7, 1.6 + 0.35 * len(frontier_grid(run)[0]))),
            ("statuses", draw_statuses, "Validator status of the pool samples per generation",
             (7, 3.6)),
            ("plan_vs_reference", draw_plan_vs_reference, "Shortest valid plan found per task "
             "and generation against the shortest known plan (jittered horizontally)",
             (6, 5))]:
        fig, (ax,) = _figure(*size)
        draw(ax, run)
        out.append((name, caption, fig))
    fig, (a, b) = _figure(10, 3.6, 2)
    draw_horizon(a, run)
    draw_largest_size(b, run)
    out.append(("horizon", "Long horizons: the longest valid plan against 1.5 × and 2 × the "
                           "base's, and the largest task size solved, per generation", fig))
    fig, axes = _figure(16, 3.4, len(COLLAPSE_PANELS) + 1)
    draw_collapse(axes, run)
    out.append(("collapse", "Collapse indicators per generation: distinct valid plans per "
                            "task, normalised first-action entropy, perplexity of the "
                            "held-out reference plans, mean plan length", fig))
    if validator_kind(run):
        fig, (a, b) = _figure(11, 3.8, 2)
        draw_validator(a, run)
        draw_curated_length(b, run)
        out.append(("validator", f"Imperfect validator at curation time "
                                 f"({validator_kind(run)}): exploit rate, bias and curated "
                                 f"plan length per generation (metrics: the true validator)",
                    fig))
    return out


# ----------------------------------------------------------------------------- several runs


def draw_overlay(ax, runs: Sequence[Run], key: str, title: str, ylabel: str,
                 scale: float = 1.0) -> None:
    """One curve per label: the mean over its seeds, a band of ± one standard deviation.
    A label keeps its colour in every figure, also where another label has no values."""
    drawn = False
    for i, (label, rs) in enumerate(group_by_label(runs).items()):
        agg = aggregate(rs, key, scale)
        if not agg:
            continue
        drawn = True
        gens = [a[0] for a in agg]
        mu = [a[1] for a in agg]
        line, = ax.plot(gens, mu, "o-", lw=2, color=f"C{i % 10}",
                        label=f"{label} (n={len(rs)})")
        if len(rs) > 1:
            ax.fill_between(gens, [a[1] - a[2] for a in agg], [a[1] + a[2] for a in agg],
                            color=line.get_color(), alpha=0.2, linewidth=0)
    gens = range(max(len(r.generations) for r in runs))
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    if drawn:
        ax.legend(fontsize=7)
    else:  # e.g. a perplexity of runs whose backend has no log-probabilities
        ax.text(0.5, 0.5, "no values", ha="center", va="center", transform=ax.transAxes)
    _int_xaxis(ax, gens)


def several_runs(runs: Sequence[Run]) -> list[tuple[str, str, object]]:
    """The figures of a comparison report: curves of every label overlaid."""
    band = "mean over the seeds of each label, band ± one standard deviation, n = seeds"
    out = []
    fig, (a, b) = _figure(10, 3.8, 2)
    draw_overlay(a, runs, "solved", "solved, pool", "solved tasks")
    draw_overlay(b, runs, "eval_solved", "solved, held-out", "solved tasks")
    out.append(("compare_solved", f"Solved tasks per generation ({band})", fig))
    for name, key, title, ylabel, scale in [
            ("compare_longest_plan", "max_plan_length", "longest valid plan",
             "steps", 1.0),
            ("compare_mean_plan_length", "mean_plan_length", "mean valid plan length",
             "steps", 1.0),
            ("compare_valid_ratio", "valid_ratio", "valid samples", "samples %", 100.0),
            ("compare_largest_size", "largest_solved_size", "largest size solved", "size",
             1.0)]:
        fig, (ax,) = _figure(6, 3.6)
        draw_overlay(ax, runs, key, title, ylabel, scale)
        out.append((name, f"{title[0].upper() + title[1:]} per generation ({band})", fig))
    fig, axes = _figure(15, 3.6, len(COLLAPSE_PANELS))
    for ax, (key, title, ylabel) in zip(axes, COLLAPSE_PANELS):
        draw_overlay(ax, runs, key, title, ylabel)
    out.append(("compare_collapse", f"Collapse indicators per generation ({band})", fig))
    if any(validator_kind(r) for r in runs):
        fig, (a, b) = _figure(10, 3.8, 2)
        draw_overlay(a, runs, "exploit_rate", "exploit rate (curated, invalid)", "%", 100.0)
        draw_overlay(b, runs, "bias_ratio", "samples showing the bias", "%", 100.0)
        out.append(("compare_exploit", f"Exploit rate and samples showing the curation-time "
                                       f"validator's bias per generation ({band})", fig))
    return out
