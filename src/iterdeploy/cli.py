"""The `iterdeploy` command.

Each command imports what it needs inside its body: `iterdeploy validate` must start in well
under a second, so nothing here imports torch, transformers or the planner at module level.
"""
from __future__ import annotations

import contextlib
import json
import shlex
import sys

import click

from iterdeploy import IterdeployError


def _fail(exc: Exception, code: int = 2):
    click.echo(f"error: {exc}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="iterdeploy")
def main():
    """Iterative deployment of language models on classical planning."""


@main.command()
@click.argument("files", nargs=-1, metavar="DOMAIN PROBLEM PLAN [PLAN]...",
                type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--manifest", type=click.Path(dir_okay=False, allow_dash=True),
              help="A file of DOMAIN PROBLEM PLAN lines (paths relative to it; '#' comments).")
@click.option("--json", "as_json", is_flag=True, help="Print the result object as JSON.")
def validate(files, manifest, as_json):
    """Validate plans for a PROBLEM of a DOMAIN (VAL semantics).

    One plan: prints `STATUS: reason` (with --json, the result object); exit code 0: valid;
    1: invalid plan; 2: bad input (unreadable or malformed PDDL, unreadable plan).

    Several plans, or --manifest: prints one JSON object per plan and line, in order
    (domain, problem, plan and the result's keys; status INPUT_ERROR when a file cannot be
    read or parsed), parsing each domain and problem once; exit code 0: every plan valid;
    1: some plan invalid; 2: some input could not be read (the other plans are still
    checked and printed).
    """
    if manifest is not None:
        if files:
            raise click.UsageError("give either DOMAIN PROBLEM PLAN... or --manifest, not both")
        _validate_many(_manifest(manifest))
    if len(files) < 3:
        raise click.UsageError("expected DOMAIN PROBLEM PLAN [PLAN]... or --manifest FILE")
    if len(files) > 3:
        _validate_many([(files[0], files[1], plan) for plan in files[2:]])
    domain, problem, plan = files
    from iterdeploy.planning.pddl import PDDLError
    from iterdeploy.planning.validate import Task

    try:
        task = Task.from_files(domain, problem)
        if plan == "-":
            text = sys.stdin.read()
        else:
            with open(plan, encoding="utf-8") as fh:
                text = fh.read()
    except PDDLError as exc:
        _fail(exc)
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{plan}: cannot read plan file: {exc}")
    result = task.validate(text)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
    else:
        click.echo(f"{result.status}: {result.reason}")
    sys.exit(0 if result.valid else 1)


def _manifest(path: str) -> list[tuple[str, str, str]]:
    """The (domain, problem, plan) triples of a manifest file, paths made relative to it."""
    from pathlib import Path

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read manifest: {exc}")
    base = Path(".") if path == "-" else Path(path).parent
    triples = []
    for lineno, line in enumerate(text.splitlines(), 1):
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        if len(fields) != 3:
            _fail(f"{path}:{lineno}: expected DOMAIN PROBLEM PLAN, found {line.strip()!r}")
        triples.append(tuple(f if f == "-" else str(base / f) for f in fields))
    return triples


def _validate_many(triples) -> None:
    """Print one JSON line per plan and exit with the batch's code (see `validate`)."""
    from iterdeploy.planning.validate import validate_many

    worst = 0
    for (domain, problem, plan), verdict in validate_many(triples):
        row = {"domain": domain, "problem": problem, "plan": plan}
        if isinstance(verdict, Exception):
            row.update(valid=False, status="INPUT_ERROR", failed_step=None, reason=str(verdict),
                       plan_length=0, cost=None, metric=None)
            worst = 2
        else:
            row.update(verdict.to_dict())
            if not verdict.valid:
                worst = max(worst, 1)
        click.echo(json.dumps(row))
    sys.exit(worst)


@main.command("extract-plan")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print status, reason and plan as JSON.")
def extract_plan_cmd(file, as_json):
    """Find the plan in free model text (FILE or standard input); print it in IPC format.

    Exit code 0: a plan was found; 1: none (the reason goes to stderr); 2: unreadable input.
    """
    from iterdeploy.planning.extract import extract_plan, format_plan

    try:
        if file in (None, "-"):
            text = sys.stdin.read()
        else:
            with open(file, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
    except OSError as exc:
        _fail(f"{file}: cannot read: {exc}")
    ex = extract_plan(text)
    if as_json:
        click.echo(json.dumps(ex.to_dict()))
    elif ex.plan is not None:
        click.echo(format_plan(ex.plan), nl=False)
    else:
        click.echo(f"{ex.status}: {ex.reason}", err=True)
    sys.exit(0 if ex.plan is not None else 1)  # an explicit empty plan (EMPTY_PLAN) is a plan


@main.group()
def tasks():
    """Generate planning tasks."""


def _sizes(items) -> dict:
    out = {}
    for item in items:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} must look like knob=value", param_hint="--size")
        k, v = item.split("=", 1)
        try:
            out[k.strip()] = int(v)
        except ValueError:
            raise click.BadParameter(f"{item!r}: value must be an integer",
                                     param_hint="--size") from None
    return out


@tasks.command("generate")
@click.option("--domain", "-d", required=True, help="One of the ten bundled domains.")
@click.option("--n", "n", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--out", type=click.Path(file_okay=False), required=True)
@click.option("--size", "size", multiple=True, help="Size knob, e.g. --size blocks=5.")
@click.option("--witness/--no-witness", default=False,
              help="Also write the witness plan (a valid plan built with the task).")
def tasks_generate(domain, n, seed, out, size, witness):
    """Write N seeded problems (and domain.pddl) of DOMAIN to OUT."""
    from pathlib import Path

    from iterdeploy.domains import GeneratorError, generate, get_spec, resolve_sizes
    from iterdeploy.seeding import derive_seed

    try:
        spec = get_spec(domain)
        sizes = resolve_sizes(domain, _sizes(size))
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "domain.pddl").write_text(spec.domain_text())
        for i in range(n):
            task = generate(domain, derive_seed(seed, i), sizes)
            (out / f"p{i + 1:03d}.pddl").write_text(task.problem)
            if witness:
                (out / f"p{i + 1:03d}.plan").write_text("\n".join(task.witness) + "\n")
    except GeneratorError as exc:
        _fail(exc)
    click.echo(f"wrote {n} {domain} task(s) with {sizes} to {out}")


@main.command()
@click.argument("domain", type=click.Path(dir_okay=False, exists=True))
@click.argument("problem", type=click.Path(dir_okay=False, exists=True))
@click.option("--optimal", is_flag=True, help="A* with LM-cut (else LAMA-first).")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds.")
def solve(domain, problem, optimal, timeout):
    """Print a reference plan from Fast Downward in IPC format.

    Exit code 0: a plan (validated by our validator); 1: unsolvable or no plan within the
    time limit; 2: bad input, or the planner is missing or failed.
    """
    from iterdeploy.planning.planner import PlannerError
    from iterdeploy.planning.planner import solve as fd_solve

    try:
        res = fd_solve(domain, problem, optimal=optimal, timeout=timeout)
    except PlannerError as exc:
        _fail(exc, 1 if exc.kind in ("unsolvable", "timeout") else 2)
    except IterdeployError as exc:  # malformed PDDL
        _fail(exc)
    for step in res.plan:
        click.echo(step)
    unit = "" if res.action_costs else " (unit cost)"
    click.echo(f"; cost = {res.cost}{unit}, {res.config}, "
               f"{'optimal' if res.optimal else 'satisficing'}, {res.time_s:.2f}s")


DEFAULT_CONFIG = "default.yaml"


@main.command()
@click.argument("config", required=False, type=click.Path(dir_okay=False))
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Run folder (default: runs/<config name>); an existing one is resumed.")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Override a config value, e.g. --set sampling.k=8 (repeatable).")
@click.option("--force-config", is_flag=True,
              help="Resume a folder even though its config differs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars.")
def run(config, out, overrides, force_config, quiet):
    """Run (or resume) an iterative-deployment experiment; no CONFIG: the CPU default."""
    import logging
    from pathlib import Path

    from iterdeploy.config import load_config
    from iterdeploy.loop import check_config
    from iterdeploy.loop import run as run_loop

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s",
                        datefmt="%H:%M:%S")
    given = config
    name = Path(config).stem if config else "default"
    if config is None:
        config = _bundled_config(DEFAULT_CONFIG)
    out = Path(out or Path("runs") / name)
    try:
        cfg = load_config(config, list(overrides))
        try:
            check_config(cfg)
        except IterdeployError as exc:
            raise IterdeployError(f"{config or 'config'}: {exc}") from None
        with _stop_on_signals():
            run_loop(cfg, out, force_config=force_config, progress=not quiet)
    except IterdeployError as exc:
        _fail(exc)
    except OSError as exc:  # e.g. --out names a file, or a folder we may not write
        _fail(f"{exc.filename or out}: {exc.strerror or exc}")
    except Stopped as exc:
        args = ["iterdeploy", "run", *([given] if given else []),
                "--out", str(out), *(f"--set={o}" for o in overrides)]
        click.echo(f"stopped by {exc.name}; nothing half-written is left in {out}; resume "
                   f"with: {shlex.join(args)}", err=True)
        sys.exit(128 + exc.signum)


class Stopped(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived: raised where the run is, so every `atomic_open` on the
    way out deletes its temporary file (a KeyboardInterrupt, so no `except Exception`
    swallows it)."""

    def __init__(self, signum: int):
        import signal

        super().__init__(signum)
        self.signum, self.name = signum, signal.Signals(signum).name


@contextlib.contextmanager
def _stop_on_signals():
    import signal

    def stop(signum, frame):
        raise Stopped(signum)

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


@main.command()
@click.argument("runs", nargs=-1, required=True, type=click.Path(file_okay=False))
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Output folder (default: RUN/report for one run, ./report for several).")
@click.option("--labels", default=None, metavar="A,B,...",
              help="One label per run, comma-separated; runs sharing a label are seeds "
                   "(drawn as mean and spread). Default: the folder names.")
@click.option("--readme", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Also rewrite the block between '<!-- results:start -->' and "
                   "'<!-- results:end -->' in this file with the run's table and main figure "
                   "(one run only).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def report(runs, out, labels, readme, quiet):
    """Write report.md, a self-contained report.html and every figure (PNG and SVG) for
    one run folder or several (finished generations only: a running run can be reported)."""
    from pathlib import Path

    from iterdeploy.report import read_runs, readme_block, update_readme, write_report

    label_list = [x.strip() for x in labels.split(",")] if labels else None
    if label_list is not None and not all(label_list):
        _fail(f"--labels: empty label in {labels!r}")
    if readme and len(runs) != 1:
        _fail("--readme takes exactly one run")
    try:
        if readme:
            readme_block(readme)  # before the work: a README without the markers is refused
        data = read_runs(runs, label_list, progress=not quiet)
        folder = Path(out) if out else (Path(runs[0]) / "report" if len(runs) == 1
                                        else Path("report"))
        write_report(data, folder)
        if readme:
            update_readme(readme, data[0], folder)
    except IterdeployError as exc:
        _fail(exc)
    click.echo(f"wrote {folder / 'report.html'}, {folder / 'report.md'} and "
               f"{folder / 'figures'}/ ({', '.join(r.label for r in data)})")
    if readme:
        click.echo(f"updated the results block of {readme}")


@main.command()
@click.argument("run_dir", metavar="RUN", type=click.Path(file_okay=False, exists=True))
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE", required=True,
              help="A setting of the other validator (keys of curation.validator), e.g. "
                   "--set kind=goal-slack --set m=1 (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def rejudge(run_dir, overrides, as_json, quiet):
    """What another curation-time validator would have accepted, curated and let through on
    a finished run's samples, per generation (the run folder is only read)."""
    import json

    from iterdeploy.rejudge import rejudge as rejudge_run
    from iterdeploy.rejudge import table

    try:
        rows = rejudge_run(run_dir, list(overrides), progress=not quiet)
    except IterdeployError as exc:
        _fail(exc)
    click.echo(json.dumps(rows, indent=1) if as_json else table(rows))


def _bundled_config(name: str):
    """configs/NAME in a checkout, else the copy inside the package."""
    from pathlib import Path

    here = Path(__file__).resolve()
    for cand in (here.parents[2] / "configs" / name, here.parent / "configs" / name):
        if cand.exists():
            return cand
    return None  # the defaults in code are the same experiment


if __name__ == "__main__":  # pragma: no cover
    main()
