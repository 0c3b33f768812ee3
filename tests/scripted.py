"""Run-config overrides for a small experiment driven by the scripted backend (no model):
the pool, sampling and generation counts the loop-level tests vary, everything else fixed."""


def scripted_overrides(*, generations: int = 3, k: int = 3, eval_k: int = 2,
                       batch_size: int | None = 4, capability: int = 5, per_size: int = 3,
                       blocks: tuple[int, int] = (2, 6), groups: str | None = None) -> list[str]:
    """`--set` overrides (as `load_config` takes them) for a scripted Blocksworld run."""
    groups = groups or (f"pool.groups=[{{domain: blocksworld, vary: {{blocks: "
                        f"[{blocks[0]}, {blocks[1]}]}}, per_size: {per_size}, "
                        f"eval_per_size: 1}}]")
    out = ["backend.name=scripted", f"backend.args={{capability: {capability}, noise: 0.3}}",
           "prompt_style=full", f"generations={generations}", f"sampling.k={k}",
           f"sampling.eval_k={eval_k}", "pool.reference=none", groups]
    if batch_size is not None:
        out.insert(-2, f"sampling.batch_size={batch_size}")
    return out


def flat_config(d: dict, prefix: str = "") -> dict:
    """A nested config dict as dotted keys (`curation.policy`), to compare configs key by key."""
    out = {}
    for k, v in d.items():
        if isinstance(v, dict) and v:
            out.update(flat_config(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out
