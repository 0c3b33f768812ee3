"""Reports from run folders: per-generation tables, plots, Markdown and a self-contained HTML.

Only files are read (the run-folder layout in the README): `tasks/tasks.jsonl`, and for every
*finished* generation (one with `DONE`) its `metrics.json` and `samples.jsonl`. A generation
still being written is left out, so a report of a run in progress shows what is final.

Several runs: runs given the same label are seeds of one setting; their curves are drawn as
the mean with a band of one standard deviation, and every number says how many seeds it
averages. matplotlib (the `report` extra) is imported only when figures are drawn, so
`import iterdeploy.report` stays light.

Output folder: `report.md`, `report.html` (one file: images embedded as data URIs, no
script, nothing fetched), and `figures/NAME.png` + `figures/NAME.svg` for every figure.
"""
from __future__ import annotations

import base64
import html
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean, stdev
from typing import Sequence

from tqdm import tqdm

from iterdeploy import IterdeployError
from iterdeploy.collapse import milestone_text
from iterdeploy.curation import reward
from iterdeploy.deploy import SampleRecord
from iterdeploy.metrics import headline
from iterdeploy.pool import PoolTask, load_pool
from iterdeploy.refresh import all_refreshed
from iterdeploy.rundir import gen_dir, is_done

PROGRESS_BYTES = 16 * 2**20  # show a progress bar when there is more than this to read
README_START, README_END = "<!-- results:start -->", "<!-- results:end -->"


# ----------------------------------------------------------------------------- reading


@dataclass
class Generation:
    """One finished generation: its metrics.json and what the plots need of its samples."""

    metrics: dict
    lengths: list[int]  # plan length of every valid pool sample
    best: dict[str, int]  # shortest valid plan per solved pool task


@dataclass
class Run:
    """What a report knows about one run folder."""

    path: Path
    label: str
    tasks: list[PoolTask]
    generations: list[Generation]
    in_progress: list[int] = field(default_factory=list)  # gen folders without DONE
    base_s: float = 0.0  # base pre-training seconds (tiny backend), 0 when none
    refreshed: list[PoolTask] = field(default_factory=list)  # pool.refresh: later pools

    @property
    def rows(self) -> list[dict]:
        """The metrics.json objects, generation 0 first."""
        return [g.metrics for g in self.generations]

    def pool(self, split: str = "pool") -> list[PoolTask]:
        """The tasks of one split (pool or eval)."""
        return [t for t in self.tasks if t.split == split]

    @property
    def domains(self) -> list[str]:
        """Domains of the pool, sorted."""
        return sorted({t.domain for t in self.tasks})


def _finished(run_dir: Path) -> tuple[list[int], list[int]]:
    """Finished generation numbers (consecutive from 0) and those still in progress."""
    numbers = sorted(int(m.group(1)) for p in run_dir.glob("gen_*")
                     if (m := re.fullmatch(r"gen_(\d+)", p.name)) and p.is_dir())
    done = []
    for g in numbers:
        if g != len(done) or not is_done(gen_dir(run_dir, g)):
            break
        done.append(g)
    return done, [g for g in numbers if g not in done]


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise IterdeployError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise IterdeployError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None


def _read_samples(path: Path, bar) -> tuple[list[int], dict[str, int]]:
    """Valid plan lengths and the best valid length per task, streaming the file."""
    lengths: list[int] = []
    best: dict[str, int] = {}
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, 1):
            bar.update(len(line))
            try:
                s = SampleRecord.from_json(json.loads(line), f"{path}:{lineno}")
            except json.JSONDecodeError as exc:
                raise IterdeployError(f"{path}:{lineno}: corrupt JSON line: {exc.msg}") from None
            if reward(s) > 0:
                lengths.append(s.plan_length)
                best[s.task_id] = min(best.get(s.task_id, s.plan_length), s.plan_length)
    return lengths, best


def read_runs(paths: Sequence[str | Path], labels: Sequence[str] | None = None,
              progress: bool = True) -> list[Run]:
    """Read run folders (finished generations only); labels default to the folder names."""
    paths = [Path(p) for p in paths]
    if labels is not None and len(labels) != len(paths):
        raise IterdeployError(f"--labels: {len(labels)} label(s) for {len(paths)} run(s); "
                              f"give one label per run (runs sharing a label are seeds)")
    plan = []
    for i, path in enumerate(paths):
        if not (path / "tasks" / "tasks.jsonl").is_file():
            raise IterdeployError(f"{path}: not a run folder (no tasks/tasks.jsonl); "
                                  f"give the --out folder of an 'iterdeploy run'")
        done, in_progress = _finished(path)
        if not done:
            raise IterdeployError(f"{path}: no finished generation yet (no gen_000/DONE)")
        plan.append((path, labels[i] if labels else _default_label(path, paths), done,
                     in_progress))
    files = [gen_dir(p, g) / "samples.jsonl" for p, _, done, _ in plan for g in done]
    total = sum(f.stat().st_size for f in files if f.exists())
    with tqdm(total=total, unit="B", unit_scale=True, desc="reading runs", leave=False,
              disable=not progress or total < PROGRESS_BYTES) as bar:
        return [_read_run(p, label, done, in_progress, bar) for p, label, done, in_progress
                in plan]


def _default_label(path: Path, paths: list[Path]) -> str:
    """The folder name, or more of its path where two runs share a name."""
    if sum(p.name == path.name for p in paths) == 1:
        return path.name
    return str(path)


def _read_run(path: Path, label: str, done: list[int], in_progress: list[int], bar) -> Run:
    tasks = load_pool(path / "tasks")
    gens = []
    for g in done:
        gd = gen_dir(path, g)
        metrics = _read_json(gd / "metrics.json")
        if metrics.get("generation") != g:
            raise IterdeployError(f"{gd / 'metrics.json'}: generation "
                                  f"{metrics.get('generation')!r}, expected {g}")
        gens.append(Generation(metrics, *_read_samples(gd / "samples.jsonl", bar)))
    base = path / "base" / "metrics.json"
    base_s = _read_json(base).get("wall_s", 0.0) if base.exists() else 0.0
    return Run(path, label, tasks, gens, in_progress, base_s,
               all_refreshed(path / "tasks"))


# ----------------------------------------------------------------------------- tables


@dataclass
class Table:
    """A table as strings, written as Markdown or HTML."""

    header: list[str]
    rows: list[list[str]]

    def markdown(self) -> str:
        """GitHub-flavoured Markdown."""
        def line(cells):
            return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
        return "\n".join([line(self.header), "|" + "---|" * len(self.header),
                          *(line(r) for r in self.rows)])

    def html(self) -> str:
        """An HTML table (cells escaped)."""
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.header)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                       for r in self.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _num(x, digits: int = 1) -> str:
    if x is None:
        return "–"
    return f"{x:.{digits}f}" if isinstance(x, float) else str(x)


def _seconds(x: float) -> str:
    return f"{x:.1f}" if x < 10 else f"{x:.0f}"


def _size_buckets(run: Run, split: str = "pool") -> list[tuple[str, int]]:
    """(domain, size) of the split's tasks, sorted."""
    return sorted({(t.domain, t.size) for t in run.pool(split)})


def size_knob(domain: str) -> str:
    """The knob that names a domain's size bucket (e.g. blocks)."""
    from iterdeploy.domains import get_spec
    try:
        return get_spec(domain).size_knob
    except IterdeployError:
        return "size"


def generation_table(run: Run) -> Table:
    """One run: a row per finished generation (solved, by domain or size, lengths, times)."""
    n_pool, n_eval = len(run.pool()), len(run.pool("eval"))
    domains = run.domains
    phases = list(dict.fromkeys(k for m in run.rows for k in m.get("time_s", {})))
    header = ["gen", f"solved (of {n_pool})"]
    if len(domains) > 1:
        header.append("by domain: " + " / ".join(domains))
    else:
        sizes = [s for _, s in _size_buckets(run)]
        header.append(f"{size_knob(domains[0])} " + " / ".join(map(str, sizes)))
    header += ["valid %", "mean / max plan length", "plan / shortest known", "new",
               "forgotten", f"held-out solved (of {n_eval})", "curated",
               *(f"{p} s" for p in phases), "wall s"]
    rows = []
    for m in run.rows:
        g = m["generation"]
        if len(domains) > 1:
            split = " / ".join(str(m["solved_by_domain"].get(d, 0)) for d in domains)
        else:
            split = " / ".join(str(m["solved_by_size"].get(f"{d}:{s}", 0))
                               for d, s in _size_buckets(run))
        ratio = m.get("plan_to_ref_ratio")
        rows.append([f"{g} (base)" if g == 0 else str(g), str(m["solved"]), split,
                     f"{100 * m['valid_ratio']:.1f}",
                     f"{_num(m['mean_plan_length'])} / {_num(m['max_plan_length'])}",
                     "–" if ratio is None else f"{ratio:.2f}×", _num(m["new_solved"]),
                     _num(m["forgotten"]), str(m.get("eval_solved", 0)), str(m["curated"]),
                     *(_seconds(m.get("time_s", {}).get(p, 0)) for p in phases),
                     _seconds(m["wall_s"])])
    return Table(header, rows)


def collapse_table(run: Run) -> Table:
    """One run: a row per generation with the long-horizon and collapse indicators
    (`iterdeploy.collapse`); a run written before they existed shows dashes."""
    rows = []
    base = run.rows[0].get("max_plan_length")
    for m in run.rows:
        g, longest = m["generation"], m.get("max_plan_length")
        times = f" ({longest / base:.2f}×)" if longest and base else ""
        h, hn = m.get("first_action_entropy"), m.get("first_action_entropy_norm")
        rows.append([f"{g} (base)" if g == 0 else str(g), f"{_num(longest)}{times}",
                     _num(m.get("max_best_plan_length")), _num(m.get("largest_solved_size")),
                     _num(m.get("distinct_valid_plans"), 2),
                     "–" if h is None else f"{h:.2f} ({hn:.2f})",
                     f"{_num(m.get('mean_plan_length'))} / "
                     f"{_num(m.get('mean_extracted_plan_length'))}",
                     _num(m.get("eval_ref_perplexity"), 3)])
    return Table(["gen", "longest valid plan (× base)", "longest shortest plan",
                  "largest size solved", "distinct valid plans / task",
                  "first-action entropy bits (normalised)", "mean plan length valid / all",
                  "held-out reference perplexity"], rows)


COLLAPSE_NOTE = ("Distinct valid plans: per task with a valid sample, the number of different "
                 "valid plans, averaged. First-action entropy: per task, the entropy of the "
                 "first action over its samples with a plan, averaged; normalised by log2 of "
                 "the task's number of such samples (1: every sample starts differently, 0: "
                 "all start alike). Longest shortest plan: the longest of the per-task "
                 "shortest valid plans. Perplexity: of the held-out tasks' reference plans "
                 "under the model.")


def group_by_label(runs: Sequence[Run]) -> dict[str, list[Run]]:
    """Runs that share a label are seeds of one setting (first-appearance order)."""
    groups: dict[str, list[Run]] = {}
    for r in runs:
        groups.setdefault(r.label, []).append(r)
    return groups


def aggregate(runs: Sequence[Run], key: str, scale: float = 1.0
              ) -> list[tuple[int, float, float, int]]:
    """Per generation: (generation, mean, standard deviation, number of seeds) of a metric
    over the runs that finished that generation and have a value for it."""
    out = []
    for g in range(max(len(r.generations) for r in runs)):
        values = [r.rows[g][key] * scale for r in runs
                  if g < len(r.generations) and r.rows[g].get(key) is not None]
        if values:
            out.append((g, mean(values), stdev(values) if len(values) > 1 else 0.0,
                        len(values)))
    return out


def _cell(mu: float, sd: float, n: int, digits: int, seeds: int = 1) -> str:
    """`mean ± sd (n=seeds)`; a single run's value as it is. `seeds` is the label's number
    of runs: a mean over fewer of them (a seed without the value) still says its n."""
    if n == 1 and seeds == 1:
        return str(int(mu)) if float(mu).is_integer() else f"{mu:.{digits}f}"
    if n == 1:
        return f"{mu:.{digits}f} (n=1)"
    return f"{mu:.{digits}f} ± {sd:.{digits}f} (n={n})"


def _span(agg: list, seeds: int) -> str:
    """First generation → last, as mean ± sd cells."""
    if not agg:
        return "–"
    return f"{_cell(*agg[0][1:], 1, seeds)} → {_cell(*agg[-1][1:], 1, seeds)}"


COMPARED = [("solved", "solved", 1.0, 1), ("eval_solved", "held-out solved", 1.0, 1),
            ("max_plan_length", "longest valid plan", 1.0, 1),
            ("valid_ratio", "valid samples %", 100.0, 1),
            ("largest_solved_size", "largest size solved", 1.0, 1),
            ("distinct_valid_plans", "distinct valid plans per task", 1.0, 2),
            ("first_action_entropy_norm", "first-action entropy (normalised)", 1.0, 2),
            ("eval_ref_perplexity", "held-out reference perplexity", 1.0, 3)]


def comparison_tables(runs: Sequence[Run]) -> tuple[Table, dict[str, Table]]:
    """Several runs: a summary row per label, and per compared metric a table with one
    column per label (mean ± standard deviation over seeds, n = seeds)."""
    groups = group_by_label(runs)
    header = ["label", "seeds", "generations", "pool / held-out tasks",
              "solved first → last", "last / first", "longest valid plan first → last",
              "held-out solved first → last"]
    rows = []
    for label, rs in groups.items():
        solved = aggregate(rs, "solved")
        longest = aggregate(rs, "max_plan_length")
        held = aggregate(rs, "eval_solved")
        gens = sorted({len(r.generations) - 1 for r in rs})
        first, last = solved[0], solved[-1]
        rows.append([label, str(len(rs)), " / ".join(f"0–{g}" for g in gens),
                     f"{len(rs[0].pool())} / {len(rs[0].pool('eval'))}",
                     _span(solved, len(rs)), f"{last[1] / first[1]:.2f}" if first[1] else "–",
                     _span(longest, len(rs)), _span(held, len(rs))])
    per_metric = {}
    for key, title, scale, digits in COMPARED:
        agg = {label: {g: (mu, sd, n) for g, mu, sd, n in aggregate(rs, key, scale)}
               for label, rs in groups.items()}
        n_gen = max(len(r.generations) for r in runs)
        per_metric[title] = Table(
            ["gen", *groups],
            [[str(g), *(_cell(*agg[label][g], digits, len(groups[label]))
                        if g in agg[label] else "–" for label in groups)]
             for g in range(n_gen)])
    return Table(header, rows), per_metric


def validator_kind(run: Run) -> str | None:
    """The run's curation-time validator when it is an imperfect one (else None)."""
    kinds = {m.get("curation_validator") for m in run.rows} - {None, "exact"}
    return sorted(kinds)[0] if kinds else None


def _pct(x) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def validator_table(run: Run) -> Table:
    """One run with an imperfect curation-time validator: per generation what it accepted,
    the exploit rate of the curated set and the share of samples that show the bias."""
    header = ["gen", "accepted %", "valid %", "shows the bias %", "curated",
              "exploit rate % (curated, invalid)", "curated / shortest valid plan length"]
    rows = []
    for m in run.rows:
        cur, short = m.get("curated_mean_plan_length"), m.get("curated_shortest_mean_plan_length")
        lengths = "–" if cur is None else f"{cur:.1f} / {short:.1f}"
        rows.append([str(m["generation"]), _pct(m.get("accepted_ratio")),
                     _pct(m["valid_ratio"]), _pct(m.get("bias_ratio")), str(m["curated"]),
                     _pct(m.get("exploit_rate")), lengths])
    return Table(header, rows)


def trend(values: Sequence[float | None]) -> str:
    """`a → b, slope s per generation, up in i of n steps` of a per-generation series (in
    the series' own unit), over the generations that have a value."""
    pts = [(g, v) for g, v in enumerate(values) if v is not None]
    if len(pts) < 2:
        return "–" if not pts else f"{pts[0][1]:.3g} (one generation)"
    gx = mean(g for g, _ in pts)
    vy = mean(v for _, v in pts)
    slope = (sum((g - gx) * (v - vy) for g, v in pts) / sum((g - gx) ** 2 for g, _ in pts))
    ups = sum(b[1] > a[1] for a, b in zip(pts, pts[1:]))
    return (f"{pts[0][1]:.3g} → {pts[-1][1]:.3g}, least-squares slope {slope:+.3g} per "
            f"generation, up in {ups} of {len(pts) - 1} steps")


def validator_text(run: Run) -> str:
    """Whether the exploit rate and the bias grow generation over generation."""
    from iterdeploy.imperfect import PER_SAMPLE_BIAS

    kind = validator_kind(run)
    rows = run.rows
    pct = [None if m.get("exploit_rate") is None else 100 * m["exploit_rate"] for m in rows]
    parts = [f"Curation used the imperfect validator {kind}; metrics use the true one. "
             f"Exploit rate (% of the curated set the true validator rejects): {trend(pct)}."]
    if kind in PER_SAMPLE_BIAS:
        bias = [None if m.get("bias_ratio") is None else 100 * m["bias_ratio"] for m in rows]
        parts.append(f"Samples that show the bias ({PER_SAMPLE_BIAS[kind]}), %: "
                     f"{trend(bias)}.")
    ratio = [m["curated_mean_plan_length"] / m["curated_shortest_mean_plan_length"]
             if m.get("curated_mean_plan_length") else None for m in rows]
    parts.append(f"Curated valid plans' mean length / the shortest valid plans' of the same "
                 f"tasks: {trend(ratio)}.")
    return " ".join(parts)


VALIDATOR_COMPARED = [("exploit_rate", "exploit rate % (curated, invalid)", 100.0, 1),
                      ("bias_ratio", "samples that show the bias %", 100.0, 1)]


def validator_comparison(runs: Sequence[Run]) -> dict[str, Table]:
    """Several runs, one with an imperfect validator: exploit rate and bias share per label."""
    groups = group_by_label(runs)
    n_gen = max(len(r.generations) for r in runs)
    out = {}
    for key, title, scale, digits in VALIDATOR_COMPARED:
        agg = {label: {g: (mu, sd, n) for g, mu, sd, n in aggregate(rs, key, scale)}
               for label, rs in groups.items()}
        out[title] = Table(["gen", *groups],
                           [[str(g), *(_cell(*agg[label][g], digits, len(groups[label]))
                                       if g in agg[label] else "–" for label in groups)]
                            for g in range(n_gen)])
    return out


# ----------------------------------------------------------------------------- writing


@dataclass
class Figure:
    """A written figure: its name (file stem), caption and PNG bytes."""

    name: str
    caption: str
    png: bytes


def write_report(runs: Sequence[Run], out: str | Path) -> Path:
    """Write report.md, report.html and figures/ for one run or several; returns OUT."""
    from iterdeploy import plots

    out = Path(out)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    specs = plots.single_run(runs[0]) if len(runs) == 1 else plots.several_runs(runs)
    figures = [Figure(name, caption, plots.save(fig, out / "figures" / name))
               for name, caption, fig in specs]
    sections = _sections(runs)
    (out / "report.md").write_text(_markdown(runs, sections, figures), encoding="utf-8")
    (out / "report.html").write_text(_html(runs, sections, figures), encoding="utf-8")
    return out


def _title(runs: Sequence[Run]) -> str:
    labels = list(group_by_label(runs))
    return f"iterdeploy report: {' vs '.join(labels)}"


def _about(run: Run) -> str:
    """One line on what a run is and how far it got."""
    m = run.rows[-1]
    text = (f"{run.path}: {len(run.generations)} finished generation(s) (0-{m['generation']}), "
            f"{len(run.pool())} pool tasks, {len(run.pool('eval'))} held-out tasks, "
            f"{m['samples'] // max(1, m['tasks'])} samples per task")
    if run.in_progress:
        text += (f"; generation(s) {', '.join(map(str, run.in_progress))} still running "
                 f"(not shown)")
    return text


def _sections(runs: Sequence[Run]) -> list[tuple[str, str | None, Table]]:
    """(heading, text, table) in report order."""
    if len(runs) == 1:
        r = runs[0]
        out = [("Per-generation results", headline(r.rows, r.base_s), generation_table(r)),
               ("Long horizons and collapse indicators",
                f"{milestone_text(r.rows)}. {COLLAPSE_NOTE}", collapse_table(r))]
        if validator_kind(r):
            out.append((f"Curation-time validator: {validator_kind(r)}", validator_text(r),
                        validator_table(r)))
        return out
    summary, per_metric = comparison_tables(runs)
    if any(validator_kind(r) for r in runs):
        per_metric.update(validator_comparison(runs))
    out = [("Runs side by side", "Mean ± standard deviation over the runs that share a "
            "label (n = number of seeds).", summary)]
    out += [(title[0].upper() + title[1:] + " per generation", None, t)
            for title, t in per_metric.items()]
    out += [(f"{r.label}: {r.path}", f"{headline(r.rows, r.base_s)}; {milestone_text(r.rows)}",
             generation_table(r)) for r in runs]
    return out


def _markdown(runs, sections, figures) -> str:
    parts = [f"# {_title(runs)}", "", *(f"- {_about(r)}" for r in runs), ""]
    for heading, text, table in sections:
        parts += [f"## {heading}", ""] + ([text, ""] if text else []) + [table.markdown(), ""]
    parts += ["## Figures", ""]
    for f in figures:
        parts += [f"![{f.caption}](figures/{f.name}.png)", "", f"*{f.caption}*", ""]
    return "\n".join(parts)


CSS = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;
color:#222}table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{border:1px solid
#ccc;padding:.25em .6em;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{
text-align:left}figure{margin:1.5em 0}img{max-width:100%;height:auto}figcaption{color:#555;
font-size:.9em}.meta{color:#555;font-size:.9em}"""


def _html(runs, sections, figures) -> str:
    esc = html.escape
    parts = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{esc(_title(runs))}</title><style>{CSS}</style></head><body>",
             f"<h1>{esc(_title(runs))}</h1>",
             "<ul class=\"meta\">" + "".join(f"<li>{esc(_about(r))}</li>" for r in runs)
             + "</ul>"]
    for heading, text, table in sections:
        parts.append(f"<h2>{esc(heading)}</h2>")
        if text:
            parts.append(f"<p>{esc(text)}</p>")
        parts.append(table.html())
    parts.append("<h2>Figures</h2>")
    for f in figures:
        data = base64.b64encode(f.png).decode("ascii")
        parts.append(f'<figure id="{f.name}"><img alt="{esc(f.caption)}" '
                     f'src="data:image/png;base64,{data}"><figcaption>{esc(f.caption)}'
                     f"</figcaption></figure>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def readme_block(readme: str | Path) -> tuple[int, int]:
    """Where the generated block of README starts and ends (refused unless exactly one)."""
    text = Path(readme).read_text(encoding="utf-8")
    # markers count only as whole lines, so a README may mention them in its text
    starts = [m.start() for m in re.finditer(f"^{re.escape(README_START)}$", text, re.M)]
    ends = [m.start() for m in re.finditer(f"^{re.escape(README_END)}$", text, re.M)]
    start, end = (starts or [-1])[0], (ends or [-1])[0]
    if len(starts) != 1 or len(ends) != 1 or end < start:
        raise IterdeployError(f"{readme}: needs exactly one '{README_START}' line followed by "
                              f"one '{README_END}' line around the generated block")
    return start, end


def update_readme(readme: str | Path, run: Run, out: Path) -> None:
    """Rewrite the block between the results markers of README with the run's headline,
    main figure and per-generation table (so no number in it is typed by hand)."""
    readme = Path(readme)
    text = readme.read_text(encoding="utf-8")
    start, end = readme_block(readme)
    figure = Path(os.path.relpath(out / "figures" / "main.png", readme.parent)).as_posix()
    block = "\n".join([
        README_START,
        f"<!-- generated by 'iterdeploy report {run.path} --out {out} --readme {readme.name}';"
        f" edit the run, not this block -->",
        "", f"![{run.label}: solved tasks, the frontier and plan lengths per generation]"
            f"({figure})", "",
        headline(run.rows, run.base_s) + ".", "", generation_table(run).markdown(), ""])
    readme.write_text(text[:start] + block + text[end:], encoding="utf-8")
