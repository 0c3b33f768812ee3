"""Optional TensorBoard event files, for watching a long run live (`log.tensorboard: true`).

Each finished generation adds its numeric metrics to `RUN/tensorboard/` as scalars at step =
generation, under namespaced tags (`pool/solved`, `eval/solved`, `time/train`, ...). The
writer is tensorboardX (the `tensorboard` extra), imported only when the option is on; the
run folder's JSON files stay the source of truth, these files are a view of them.
"""
from __future__ import annotations

from pathlib import Path

from iterdeploy import IterdeployError

HINT = ("log.tensorboard needs tensorboardX: pip install 'iterdeploy[tensorboard]' "
        "(or pip install tensorboardX), or set log.tensorboard=false")


def require() -> None:
    """Fail now, with the install hint, if the writer is not installed."""
    try:
        import tensorboardX  # noqa: F401
    except ImportError:
        raise IterdeployError(HINT) from None


def scalars(metrics: dict) -> dict[str, float]:
    """The numeric metrics of one generation under namespaced TensorBoard tags."""
    out: dict[str, float] = {}
    for key, value in metrics.items():
        if key in ("generation", "wall_s"):
            continue
        prefix, name = ("eval", key[5:]) if key.startswith("eval_") else ("pool", key)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (int, float)):
            out[f"{prefix}/{name}"] = float(value)
        elif isinstance(value, dict) and name in ("solved_by_domain", "solved_by_size",
                                                  "status_counts"):
            for sub, n in value.items():
                out[f"{prefix}/{name}/{sub}"] = float(n)
    for phase, seconds in metrics.get("time_s", {}).items():
        out[f"time/{phase}"] = float(seconds)
    if "wall_s" in metrics:
        out["time/wall"] = float(metrics["wall_s"])
    return out


def write_generation(log_dir: Path, metrics: dict) -> None:
    """Append one generation's scalars to the event files in `log_dir`."""
    require()
    from tensorboardX import SummaryWriter

    # one event file per generation: a file name is only unique to the second otherwise,
    # and a second writer on the same name would replace the first one's file
    suffix = f".gen{metrics['generation']:03d}"
    with SummaryWriter(logdir=str(log_dir), filename_suffix=suffix) as writer:
        for tag, value in scalars(metrics).items():
            writer.add_scalar(tag, value, global_step=metrics["generation"])
