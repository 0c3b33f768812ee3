"""Model backends behind one small protocol, registered by name.

`BACKENDS` maps a name to "module:Class"; `make_backend` imports the module only when asked,
so `import iterdeploy` never imports torch. A backend is text in / text out:

- `sample(prompts, seeds, params) -> list[Completion]`: one completion per (prompt, seed);
  the caller repeats a prompt k times with k derived seeds. Same seed -> same text.
- `train(examples, out_dir, init=None) -> Path`: fine-tune from the base model (init=None)
  or from the weights at `init`, save to `out_dir`, and sample from the result afterwards.
- `load(path)`: sample from the weights/adapter saved at `path` (None = the base model).
- `logprobs(prompts, completions) -> list[list[float]]`: per-token log-probabilities of the
  given completions (for the RL baseline and the SFT = REINFORCE check).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from iterdeploy import IterdeployError

BACKENDS: dict[str, str] = {
    "tiny": "iterdeploy.backends.tiny:TinyBackend",
    "hf": "iterdeploy.backends.hf:HFBackend",
    "vllm": "iterdeploy.backends.vllm:VLLMBackend",
    "scripted": "iterdeploy.backends.scripted:ScriptedBackend",
    "replay": "iterdeploy.backends.replay:ReplayBackend",
}

EXTRA_FOR = {"torch": "hf", "transformers": "hf", "peft": "hf", "accelerate": "hf",
             "tokenizers": "hf", "vllm": "vllm"}


@dataclass(frozen=True)
class SamplingParams:
    """How to sample."""

    temperature: float = 1.0
    top_p: float = 1.0
    max_new_tokens: int = 256


@dataclass(frozen=True)
class Completion:
    """One sampled text and the number of new tokens it took."""

    text: str
    new_tokens: int
    finished: bool = True  # False when cut at max_new_tokens


@dataclass(frozen=True)
class Example:
    """A training example: loss on the completion only, scaled by weight."""

    prompt: str
    completion: str
    weight: float = 1.0


class Backend(Protocol):
    """What the loop and the RL baseline need from a model."""

    def sample(self, prompts: Sequence[str], seeds: Sequence[int],
               params: SamplingParams) -> list[Completion]: ...

    def train(self, examples: Sequence[Example], out_dir: Path,
              init: Path | None = None) -> Path: ...

    def load(self, path: Path | None) -> None: ...

    def logprobs(self, prompts: Sequence[str],
                 completions: Sequence[str]) -> list[list[float]]: ...


class MissingDependency(IterdeployError):
    """An optional dependency is not installed; the message has the pip command."""


def require(module: str):
    """Import an optional dependency or fail with the exact install hint."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra = EXTRA_FOR.get(module.split(".")[0], "hf")
        raise MissingDependency(
            f"{module} is not installed; install it with: pip install 'iterdeploy[{extra}]'"
        ) from exc


def make_backend(name: str, **kwargs) -> Backend:
    """Instantiate a registered backend with plain keyword arguments."""
    if name not in BACKENDS:
        raise IterdeployError(f"unknown backend {name!r}; known: {', '.join(BACKENDS)}")
    mod_name, cls_name = BACKENDS[name].split(":")
    cls = getattr(importlib.import_module(mod_name), cls_name)
    try:
        return cls(**kwargs)
    except TypeError as exc:  # an unknown or missing argument: say where it comes from
        if "argument" not in str(exc):
            raise
        raise IterdeployError(f"backend.args for {name!r}: {exc}") from None
