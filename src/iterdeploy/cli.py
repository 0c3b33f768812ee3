"""The `iterdeploy` command.

Each command imports what it needs inside its body: `iterdeploy validate` must start in well
under a second, so nothing here imports torch, transformers or the planner at module level.
"""
from __future__ import annotations

import json
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
@click.argument("domain", type=click.Path(dir_okay=False))
@click.argument("problem", type=click.Path(dir_okay=False))
@click.argument("plan", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the result object as JSON.")
def validate(domain, problem, plan, as_json):
    """Validate PLAN for PROBLEM of DOMAIN (VAL semantics).

    Exit code 0: valid; 1: invalid plan; 2: bad input (unreadable or malformed PDDL).
    """
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


if __name__ == "__main__":  # pragma: no cover
    main()
