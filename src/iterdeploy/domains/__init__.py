"""The ten bundled IPC 2023 Learning Track domains and one seeded task generator per domain.

`DOMAINS` is a plain dict {name: DomainSpec}. Each generator module `domains/<name>.py`
defines `KNOBS` (size knobs with their ranges), `IPC_TRAINING_EASY` (knob settings that mirror
the IPC 2023 training-easy instances), `SIZE_KNOB` (the knob used as the task's size bucket)
and `generate(rng, **sizes) -> (problem_pddl_text, witness_plan)`. The witness is a valid
(not necessarily optimal) plan built with the task, which proves the task solvable.
"""
from __future__ import annotations

import functools
import importlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from iterdeploy import IterdeployError

PDDL_DIR = Path(__file__).parent / "pddl"
NAMES = ("blocksworld", "childsnack", "ferry", "floortile", "miconic",
         "rovers", "satellite", "sokoban", "spanner", "transport")


class GeneratorError(IterdeployError):
    """Bad generator knobs (unknown, out of range, or an impossible combination)."""


@dataclass(frozen=True)
class Knob:
    """One integer size knob of a generator."""

    default: int
    low: int
    high: int
    help: str


@dataclass(frozen=True)
class GeneratedTask:
    """A generated problem: PDDL text, a witness plan proving it solvable, its knobs."""

    domain: str
    name: str
    seed: int
    sizes: dict[str, int]
    problem: str
    witness: tuple[str, ...]

    @property
    def size(self) -> int:
        """The value of the domain's main size knob (the size bucket in metrics)."""
        return self.sizes[DOMAINS[self.domain].size_knob]


@dataclass(frozen=True)
class DomainSpec:
    """What the registry knows of a domain."""

    name: str
    knobs: dict[str, Knob]
    size_knob: str
    ipc_training_easy: tuple[dict[str, int], ...]
    generate_fn: Callable = field(repr=False)

    @property
    def domain_file(self) -> Path:
        """The bundled domain.pddl."""
        return PDDL_DIR / f"{self.name}.pddl"

    def domain_text(self) -> str:
        """The bundled domain file's text."""
        return self.domain_file.read_text()


def _spec(name: str) -> DomainSpec:
    mod = importlib.import_module(f"iterdeploy.domains.{name}")
    return DomainSpec(name, dict(mod.KNOBS), mod.SIZE_KNOB, tuple(mod.IPC_TRAINING_EASY),
                      mod.generate)


def _load_all() -> dict[str, DomainSpec]:
    out = {}
    for name in NAMES:
        try:
            out[name] = _spec(name)
        except ModuleNotFoundError as exc:  # a generator not written yet
            if exc.name != f"iterdeploy.domains.{name}":
                raise
    return out


DOMAINS: dict[str, DomainSpec] = _load_all()


def resolve_sizes(domain: str, sizes: dict[str, int] | None = None) -> dict[str, int]:
    """Defaults filled in; unknown knobs and out-of-range values raise GeneratorError."""
    spec = get_spec(domain)
    sizes = dict(sizes or {})
    unknown = sorted(set(sizes) - set(spec.knobs))
    if unknown:
        raise GeneratorError(f"{domain}: unknown size knob(s) {', '.join(unknown)}; "
                             f"known: {', '.join(spec.knobs)}")
    out = {}
    for k, knob in spec.knobs.items():
        v = sizes.get(k, knob.default)
        if isinstance(v, bool) or not isinstance(v, int):
            try:
                v = int(str(v))
            except ValueError:
                raise GeneratorError(f"{domain}: knob {k} must be an integer, got {v!r}") from None
        if not knob.low <= v <= knob.high:
            raise GeneratorError(f"{domain}: knob {k}={v} is outside [{knob.low}, {knob.high}] "
                                 f"({knob.help})")
        out[k] = v
    return out


def get_spec(domain: str) -> DomainSpec:
    """The registry entry, or a GeneratorError listing the known domains."""
    if domain not in DOMAINS:
        raise GeneratorError(f"unknown domain {domain!r}; known: {', '.join(DOMAINS)}")
    return DOMAINS[domain]


def generate(domain: str, seed: int, sizes: dict[str, int] | None = None) -> GeneratedTask:
    """One task; same domain, seed and sizes give byte-identical PDDL."""
    spec = get_spec(domain)
    full = resolve_sizes(domain, sizes)
    name = f"{domain}-" + "-".join(f"{k}{v}" for k, v in full.items()) + f"-s{seed}"
    problem, witness = spec.generate_fn(random.Random(seed), name=name, **full)
    return GeneratedTask(domain, name, seed, full, problem, tuple(witness))


@functools.cache
def load_domain(domain: str):
    """The parsed bundled domain (cached)."""
    from iterdeploy.planning.pddl import parse_domain

    spec = get_spec(domain)
    return parse_domain(spec.domain_text(), str(spec.domain_file))
