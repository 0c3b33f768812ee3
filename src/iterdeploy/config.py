"""Experiment configuration: nested dataclasses, YAML files and `--set a.b=value` overrides.

The defaults in code are the CPU default experiment (`iterdeploy run` with no argument).
Unknown keys and wrong types fail with a `ConfigError` that names the key and says what to
change. Builders (`loop.build_*`) turn this into plain arguments: backends and policies never
see the whole config.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from iterdeploy import IterdeployError
from iterdeploy.backends.args import backend_args


class ConfigError(IterdeployError):
    """A bad configuration file or override; the message names the key."""


@dataclass
class GroupConfig:
    """Tasks of one domain: every value of the varied knobs, `per_size` tasks each."""

    domain: str = "blocksworld"
    vary: dict[str, list[int]] = field(default_factory=lambda: {"blocks": [5, 7]})
    fixed: dict[str, int] = field(default_factory=dict)
    per_size: int = 100
    eval_per_size: int = 10


@dataclass
class PoolConfig:
    """The deployment pool and the disjoint held-out evaluation set."""

    seed: int = 0
    groups: list[GroupConfig] = field(default_factory=lambda: [
        GroupConfig(vary={"blocks": [5, 5]}, per_size=40, eval_per_size=4),
        GroupConfig(vary={"blocks": [6, 7]}, per_size=130, eval_per_size=13)])
    reference: str = "lama-first"  # lama-first | optimal | none
    reference_timeout: float = 10.0
    # true: generation g >= 1 is deployed on new tasks of the same groups, drawn with a seed
    # derived from (seed, g); the held-out set stays fixed (iterdeploy.refresh)
    refresh: bool = False


@dataclass
class BackendConfig:
    """Which model backend, and its arguments: the dataclass `ARGS[name]` of
    iterdeploy.backends.args (tiny: model shape, pre-training, fine-tuning; hf, vllm: model,
    LoRA, training, memory, vLLM engine). Missing arguments take that dataclass's defaults."""

    name: str = "tiny"
    args: Any = None  # a mapping here becomes ARGS[name]; None: all defaults

    def __post_init__(self):
        self.args = backend_args(self.name, self.args)


@dataclass
class SamplingConfig:
    """How each generation is deployed."""

    k: int = 16
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0  # 0: off
    min_p: float = 0.0
    max_new_tokens: int = 160
    eval_k: int = 4
    batch_size: int = 512  # prompts per backend.sample call (also the resume granularity)


@dataclass
class TrainConfig:
    """How each generation is fine-tuned."""

    init: str = "base"  # base (paper) | previous; iterative deployment only (RL continues)


@dataclass
class ValidatorConfig:
    """The validator curation uses; metrics always use the true one (iterdeploy.imperfect)."""

    kind: str = "exact"  # exact (the true validator) | ignore-precondition | goal-slack | false-accept | prefer-longest
    action: str = ""  # ignore-precondition: the action whose precondition loses `atom`
    atom: str = ""  # ignore-precondition: a literal in the action's parameters, (clear ?underob)
    m: int = 0  # goal-slack: accept a plan with at most m goal conditions unmet
    p: float = 0.0  # false-accept: the probability of accepting a plan the true validator rejects


@dataclass
class CurationConfig:
    """Which traces become the next training set."""

    policy: str = "paper"  # see iterdeploy.curation.CURATION
    validator: ValidatorConfig = field(default_factory=ValidatorConfig)


@dataclass
class RLConfig:
    """The policy-gradient baselines (`method: reinforce | grpo`, see iterdeploy.rl)."""

    baseline: str = "loo"  # reinforce: none | loo (mean reward of the task's other samples)
    kl: float = 0.0  # weight of the KL to the base model, subtracted from the reward


@dataclass
class LogConfig:
    """What a run reports beyond its run folder (never changes results)."""

    tensorboard: bool = False  # event files in RUN/tensorboard (needs the tensorboard extra)


@dataclass
class RunConfig:
    """One experiment: iterative deployment, or an RL baseline on the same tasks."""

    seed: int = 0
    method: str = "iterative"  # iterative (the paper's loop) | reinforce | grpo (iterdeploy.rl)
    generations: int = 5  # fine-tuned generations after the base (generation 0)
    prompt_style: str = "compact"  # compact, grouped or rows (tiny model) | full (LLMs)
    pool: PoolConfig = field(default_factory=PoolConfig)
    backend: BackendConfig = field(default_factory=BackendConfig)
    sampling: SamplingConfig = field(default_factory=SamplingConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    curation: CurationConfig = field(default_factory=CurationConfig)
    rl: RLConfig = field(default_factory=RLConfig)
    log: LogConfig = field(default_factory=LogConfig)


# --------------------------------------------------------------------------------------


def _check(value, tp, key: str):
    """Coerce `value` to the annotated type `tp`, or raise ConfigError naming `key`."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if isinstance(value, tp):
            return value
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a mapping of {tp.__name__} fields, "
                              f"got {value!r}")
        return from_dict(tp, value, key)
    if tp is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        errors = []
        for alt in typing.get_args(tp):
            try:
                return _check(value, alt, key)
            except ConfigError as exc:
                errors.append(str(exc))
        raise ConfigError(errors[0])
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list, got {value!r}")
        (item,) = typing.get_args(tp)
        return [_check(v, item, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a mapping, got {value!r}")
        kt, vt = typing.get_args(tp)
        return {_check(k, kt, key): _check(v, vt, f"{key}.{k}") for k, v in value.items()}
    if tp is type(None):
        if value is not None:
            raise ConfigError(f"{key}: expected null, got {value!r}")
        return None
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp in (int, float, str, bool):
        if type(value) is not tp:
            raise ConfigError(f"{key}: expected {tp.__name__}, got {value!r} "
                              f"({type(value).__name__})")
        return value
    raise ConfigError(f"{key}: unsupported type {tp}")  # pragma: no cover


def from_dict(cls, data: dict, prefix: str = ""):
    """Build a config dataclass from a plain dict; unknown keys and bad types raise."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        where = f"{prefix}." if prefix else ""
        raise ConfigError(f"unknown key(s) {', '.join(where + k for k in unknown)}; "
                          f"{cls.__name__} has: {', '.join(sorted(names))}")
    required = [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING and f.name not in data]
    if required:
        raise ConfigError(f"{prefix or cls.__name__}: missing key(s) {', '.join(required)}")
    kwargs = {k: _check(v, hints[k], f"{prefix}.{k}" if prefix else k) for k, v in data.items()}
    return cls(**kwargs)


def to_dict(cfg) -> dict:
    """The config as plain data (for YAML)."""
    return dataclasses.asdict(cfg)


def _parse_value(text: str):
    """`--set` values are YAML scalars or flow collections: 3, 0.5, true, [4, 9], {a: 1}."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"cannot parse override value {text!r}: {exc}") from None


def apply_overrides(data: dict, overrides: list[str]) -> dict:
    """Apply `a.b.c=value` overrides to a plain config dict (validated later)."""
    defaults = to_dict(RunConfig())
    for item in overrides:
        if "=" not in item:
            raise ConfigError(f"override {item!r} must look like key.path=value")
        path, raw = item.split("=", 1)
        keys = path.strip().split(".")
        node, dnode = data, defaults
        for i, k in enumerate(keys[:-1]):
            # backend.args depends on backend.name: checked when the config is built
            if keys[:2] == ["backend", "args"] and i >= 1:
                dnode = {}
            if isinstance(dnode, dict) and k not in dnode and dnode:
                raise ConfigError(f"override {path}: unknown key {'.'.join(keys[:i + 1])}")
            node = node.setdefault(k, {})
            if not isinstance(node, dict):
                raise ConfigError(f"override {path}: {'.'.join(keys[:i + 1])} is not a mapping")
            dnode = dnode.get(k, {}) if isinstance(dnode, dict) else {}
        node[keys[-1]] = _parse_value(raw)
    return data


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> RunConfig:
    """Defaults <- YAML file <- overrides, validated."""
    data: dict = {}
    if path is not None:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text()) or {}
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config: {exc}") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            why = " ".join(str(getattr(exc, "problem", None) or exc).split())
            raise ConfigError(f"{where}: not valid YAML: {why}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: a config file must be a mapping of keys")
    data = apply_overrides(upgrade(data), overrides or [])
    try:
        return from_dict(RunConfig, data)
    except ConfigError as exc:
        raise ConfigError(f"{path or 'config'}: {exc}") from None


# Engine settings that were arguments of the vllm backend before they got their own section.
_ENGINE_KEYS = {"tensor_parallel_size": "tensor_parallel_size",
                "data_parallel_size": "data_parallel_size",
                "gpu_memory_utilization": "gpu_memory_utilization",
                "max_model_len": "max_model_len", "enforce_eager": "enforce_eager",
                "sleep_while_training": "sleep_while_training",
                "release_after_train": "release_after_train", "vllm_args": "extra"}


def upgrade(data: dict) -> dict:
    """A config of an older layout in the current one (run folders written before the move):
    the top-level `pretrain: {corpus, args}` of the tiny backend is now
    `backend.args.pretrain` (its settings and `corpus`), and the vllm backend's engine
    settings are `backend.args.engine`. Other configs come back unchanged."""
    import copy

    data = copy.deepcopy(data)
    backend = data.get("backend", {})
    if not isinstance(backend, dict):  # a wrong type: reported when the config is built
        return data
    name = backend.get("name", "tiny")
    args = backend.get("args")
    if args is not None and not isinstance(args, dict):
        return data
    if "pretrain" in data and isinstance(data["pretrain"], dict):
        old = data.pop("pretrain")
        if name == "tiny":
            data["backend"] = backend
            args = backend.setdefault("args", {}) if args is None else args
            pre = {**(old.get("args") or {})}
            if old.get("corpus") is not None:
                pre["corpus"] = old["corpus"]
            args["pretrain"] = {**pre, **(args.get("pretrain") or {})}
    if name in ("vllm", "hf") and isinstance(args, dict):
        moved = {new: args.pop(key) for key, new in _ENGINE_KEYS.items() if key in args}
        if moved and name == "vllm":
            args["engine"] = {**moved, **(args.get("engine") or {})}
    return data
