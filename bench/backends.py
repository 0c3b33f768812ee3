"""Tiny-backend throughput against the machine's own matmul rate, and the deploy phase of the
default run with this code and with the previous code path.

    python bench/backends.py [--json] [--threads 1 2] [--run runs/default] [--seconds 4]

Cases, run for every thread count given (on a shared 2-core machine 2 threads can be slower
than 1), all in one process so that the ratios are side by side:

- ``matmul``: fp32 1024 x 1024 x 1024 matrix products, the FLOP rate the other rows are a
  fraction of;
- ``sample batch B`` (B = 1, 32, 128, 512): new tokens/s with the default 1.0 M-parameter model
  (random weights), real compact Blocksworld prompts of 5-7 blocks, 16 rows per prompt as in
  the default run, 128 new tokens per row (EOS is masked so every row decodes the full length);
- ``sample batch B, 4 KV heads`` (B = 128, 512; case ``mha``): the same model with a key/value
  head for each of its four attention heads, as the default had before it shared one among
  all four (grouped-query attention, as Qwen3 shares one per four); its per-row caches, which
  decode attention reads at every step, are four times larger;
- ``train full`` / ``train lora``: fine-tuning tokens/s (real, non-padding tokens) at batch 32;
- ``deploy``: generation 0 of the default run (the run folder's base model and pool, k = 16,
  the default sampling settings), sampled with this code at the default batch and with the
  previous code path (`PREVIOUS`, read from git) at its batch of 64; they are timed on the
  same prompts and seeds in `--repeats` turns, the cases taking turns batch by batch (the
  median and the range of the turns' speed-ups are reported), and their texts compared.

`matmul_fraction` is the FLOP rate a case reaches divided by the matmul rate: a forward pass
costs 2 FLOPs per weight of each linear layer per token it processes (the output layer only on
the tokens a loss needs), plus 4 x hidden x context per layer for attention; training is the
forward pass and twice that backward (LoRA: once, the base weights are frozen).
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parent.parent
CASES = ("sample", "mha", "train", "deploy")
PREVIOUS = "91432c4"  # the tiny backend before shared-prefix decoding and completion-only loss


def _examples(n: int, blocks=(5, 7)):
    from iterdeploy.corpus import build_corpus

    return build_corpus(seed=1, groups=[{"domain": "blocksworld",
                                         "sizes": {"blocks": list(blocks)}, "n": n}],
                        progress=False)


def matmul_rate(seconds: float) -> float:
    """fp32 GFLOP/s of 1024^3 matrix products (best of a few timed blocks)."""
    import torch

    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    best = 0.0
    for _ in range(3):
        a @ b
        n, clock = 0, time.perf_counter()
        while time.perf_counter() - clock < seconds / 3:
            a @ b
            n += 1
        best = max(best, 2 * 1024 ** 3 * n / (time.perf_counter() - clock) / 1e9)
    return best


class Flops:
    """FLOPs of the tiny model's forward pass, per token, as a function of its context."""

    def __init__(self, model):
        cfg = model.config
        self.layers, self.hidden = cfg.num_hidden_layers, cfg.hidden_size
        head = cfg.hidden_size * cfg.vocab_size
        linear = sum(p.numel() for n, p in model.named_parameters()
                     if p.dim() == 2 and "embed" not in n and "lm_head" not in n)
        self.linear, self.head = 2 * linear, 2 * head

    def token(self, context: int, head: bool = True) -> float:
        """One token's forward FLOPs with `context` keys attended to."""
        return self.linear + (self.head if head else 0) + 4 * self.hidden * context * self.layers


def _no_eos(tinymod):
    """Patch the tiny backend's sampler so that every row decodes max_new_tokens."""
    real = tinymod.pick_tokens

    def draw(logits, u, p):
        logits = logits.clone()
        logits[:, tinymod.EOS] = float("-inf")
        return real(logits, u, p)

    tinymod.pick_tokens = draw
    return lambda: setattr(tinymod, "pick_tokens", real)


def bench_sampling(b, flops: Flops, threads: int, seconds: float,
                   batches=(1, 32, 128, 512), label: str = "") -> list[dict]:
    from iterdeploy.backends import SamplingParams
    from iterdeploy.backends import tiny as tinymod

    examples = _examples(64)
    restore = _no_eos(tinymod)
    rows = []
    new = 128
    try:
        for batch in batches:
            b.sample_batch_size = batch
            prompts = [examples[i // 16].prompt for i in range(batch)]
            plen = {p: len(b.tokenizer.encode(p)) + 1 for p in prompts}  # with BOS
            # each distinct prompt is read once; each row then feeds new - 1 tokens
            per_call = sum(flops.token(c + 1) for p in plen for c in range(plen[p]))
            per_call += sum(flops.token(plen[p] + t + 1) for p in prompts for t in range(new - 1))
            sp = SamplingParams(temperature=1.0, top_p=1.0, max_new_tokens=new)
            b.sample(prompts, list(range(batch)), sp)  # warm-up
            tokens, calls, clock = 0, 0, time.perf_counter()
            while time.perf_counter() - clock < seconds or calls < 2:
                out = b.sample(prompts, [calls * batch + i for i in range(batch)], sp)
                tokens += sum(o.new_tokens for o in out)
                calls += 1
            wall = time.perf_counter() - clock
            rows.append({"case": f"sample batch {batch}{label}", "threads": threads,
                         "tokens_per_s": tokens / wall, "gflop_per_s": per_call * calls / wall / 1e9})
    finally:
        restore()
    return rows


def bench_training(b, flops: Flops, threads: int, seconds: float, tmp: str) -> list[dict]:
    examples = _examples(256, (4, 9))
    enc = [b._encode_example(e) for e in examples]
    per_pass = 0.0
    for x, y, _ in enc:
        per_pass += sum(flops.token(i + 1, head=False) for i in range(len(x)))
        per_pass += flops.head * sum(1 for t in y[1:] if t != -100)
    rows = []
    for mode in ("full", "lora"):
        b.mode = mode
        b.args = dataclasses.replace(b.args, finetune=dataclasses.replace(
            b.args.finetune, steps=8, batch_size=32))
        b.train(examples[:64], os.path.join(tmp, "warm"))  # warm-up
        tokens = wall = 0.0
        runs = 0
        while wall < seconds or runs < 1:
            stats = json.loads(Path(b.train(examples, os.path.join(tmp, mode)),
                                    "train.json").read_text())
            tokens += stats["tokens"]
            wall += stats["wall_s"]
            runs += 1
        # 8 steps x 32 = 256 examples: each pass sees every example once
        factor = 3 if mode == "full" else 2
        rows.append({"case": f"train {mode} (batch 32)", "threads": threads,
                     "tokens_per_s": tokens / wall,
                     "gflop_per_s": factor * per_pass * runs / wall / 1e9})
    b.mode = "full"
    return rows


def previous_backend_class():
    """`TinyBackend` as it was at commit PREVIOUS (tiny.py and lean.py read from git)."""
    names = {}
    for stem in ("lean", "tiny"):
        src = subprocess.run(["git", "-C", str(ROOT), "show",
                              f"{PREVIOUS}:src/iterdeploy/backends/{stem}.py"],
                             capture_output=True, text=True, check=True).stdout
        src = src.replace("iterdeploy.backends.lean", "_previous_lean")
        name = f"_previous_{stem}"
        spec = importlib.util.spec_from_loader(name, loader=None)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        exec(compile(src, f"{PREVIOUS}:{stem}.py", "exec"), module.__dict__)
        names[stem] = module
    return names["tiny"].TinyBackend


def _deploy_inputs(run: Path | None, tmp: str):
    """Base model dir, prompts and seeds of generation 0 of the default run (k = 16)."""
    from iterdeploy.config import RunConfig, from_dict
    from iterdeploy.deploy import Deployment
    from iterdeploy.pool import build_pool
    from iterdeploy.seeding import derive_seed
    import yaml

    cfg_path = ROOT / "configs" / "default.yaml"
    cfg = from_dict(RunConfig, yaml.safe_load(cfg_path.read_text()))
    note = ""
    if run is not None and (run / "base" / "DONE").exists():
        base, task_dir = run / "base", run / "tasks"
    else:
        from iterdeploy.backends.tiny import TinyBackend
        from iterdeploy.corpus import build_corpus

        note = "base pre-trained here for 300 steps (pass --run with a finished default run)"
        base, task_dir = Path(tmp) / "base", Path(tmp) / "tasks"
        trainer = TinyBackend(dataclasses.replace(cfg.backend.args, threads=1))
        trainer.progress = False
        corpus = cfg.backend.args.pretrain.corpus
        trainer.pretrain(build_corpus(seed=derive_seed(cfg.seed, "corpus"), progress=False,
                                      groups=[dataclasses.asdict(g) for g in corpus.groups],
                                      name_pool=corpus.name_pool), base, steps=300)
    tasks = build_pool(cfg.pool.groups, cfg.pool.seed, task_dir, reference="none",
                       progress=False)
    pool = [t for t in tasks if t.split == "pool"]
    dep = Deployment(task_dir, tasks, seed=cfg.seed, prompt_style=cfg.prompt_style,
                     params=None, batch_size=cfg.sampling.batch_size)
    pairs = [(t, i) for t in pool for i in range(cfg.sampling.k)]
    prompts = [dep.prompt(t.id) for t, _ in pairs]
    seeds = [derive_seed(cfg.seed, 0, t.id, i) for t, i in pairs]
    return cfg, base, prompts, seeds, note


def bench_deploy(threads: int, run: Path | None, tmp: str,
                 repeats: int = 3) -> tuple[list[dict], dict]:
    """The deploy phase with the previous and the new code, timed in `repeats` turns. A turn
    walks through the loop's batches (slices of the default batch size); every case samples
    each slice before the next slice starts, in alternating order, so that a slow stretch of
    the machine (at 2 threads on a shared machine the same work can take half as long again)
    falls on all cases alike. Each row gives the median of the turns' wall times and the
    speed-up of the medians, and each row of the new code `speedup_range`: the lowest and
    highest speed-up of one turn against the previous code's time in the same turn."""
    from iterdeploy.backends import SamplingParams
    from iterdeploy.backends.tiny import TinyBackend

    cfg, base, prompts, seeds, note = _deploy_inputs(run, tmp)
    sp = SamplingParams(temperature=cfg.sampling.temperature, top_p=cfg.sampling.top_p,
                        max_new_tokens=cfg.sampling.max_new_tokens)
    new_args = dataclasses.replace(cfg.backend.args, threads=threads)
    plain = dataclasses.asdict(new_args)  # the keyword arguments of the previous code
    old_args = {"threads": threads, "mode": plain["mode"], "seed": plain["seed"],
                "model": {k: v for k, v in plain["model"].items()
                          if v is not None and k != "max_position_embeddings"}}
    width = cfg.sampling.batch_size
    cases = [("previous code, batch 64", previous_backend_class(), 64),
             ("new code, batch 64", TinyBackend, 64),
             (f"new code, batch {width}", TinyBackend, width)]
    backends = []
    for label, cls, batch in cases:
        b = cls(new_args) if cls is TinyBackend else cls(**old_args)
        b.progress = False
        b.sample_batch_size = batch
        b.set_base(base)
        backends.append(b)
    walls, results = _batch_by_batch(cases, backends, prompts, seeds, sp, width, repeats)
    first = cases[0][0]
    rows = []
    for label, _, _ in cases:
        med = statistics.median(walls[label])
        row = {"case": f"deploy gen 0: {label}", "threads": threads, "wall_s": med,
               "wall_s_each": walls[label], "samples": len(results[label]),
               "tokens_per_s": sum(o.new_tokens for o in results[label]) / med,
               "speedup": statistics.median(walls[first]) / med}
        if label != first:
            turns = [p / x for p, x in zip(walls[first], walls[label])]
            row["speedup_range"] = [min(turns), max(turns)]
        rows.append(row)
    old, new = results[first], results[cases[-1][0]]
    changed = sum(a.text != b.text for a, b in zip(old, new))
    return rows, {"threads": threads, "samples": len(old), "changed_texts": changed,
                  "repeats": repeats, "note": note}


def _batch_by_batch(cases, backends, prompts, seeds, sp, width: int, repeats: int):
    """Each case's wall time per turn, and its completions of the first turn: a turn walks
    through slices of `width` rows, and every case samples a slice (in its own batches)
    before the next slice starts, the cases in alternating order from slice to slice."""
    results = {label: [] for label, _, _ in cases}
    walls = {label: [] for label, _, _ in cases}
    slices = [(lo, min(lo + width, len(prompts))) for lo in range(0, len(prompts), width)]
    for turn in range(repeats):
        spent = dict.fromkeys(walls, 0.0)
        for n, (lo, hi) in enumerate(slices):
            order = list(zip(cases, backends))
            for (label, _, batch), b in order[::-1] if n % 2 else order:
                out, clock = [], time.perf_counter()
                for start in range(lo, hi, batch):
                    end = min(start + batch, hi)
                    out += b.sample(prompts[start:end], seeds[start:end], sp)
                spent[label] += time.perf_counter() - clock
                if turn == 0:
                    results[label] += out
        for label in walls:
            walls[label].append(spent[label])
    return walls, results


def _random_backend(threads: int, out: Path, **model):
    """A tiny backend holding the default model (with `model` overrides), random weights."""
    from iterdeploy.backends.tiny import TinyBackend

    b = TinyBackend(threads=threads, model=model)
    b.progress = False
    b.pretrain(_examples(8), out, steps=1)  # builds and saves a random model
    return b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seconds", type=float, default=4.0, help="minimum time per case")
    ap.add_argument("--run", type=Path, default=None,
                    help="a finished default run (its base model and pool) for the deploy case")
    ap.add_argument("--repeats", type=int, default=3,
                    help="turns of the deploy case (medians are reported)")
    ap.add_argument("--cases", default=",".join(CASES),
                    help="comma-separated subset of sample, mha, train, deploy")
    args = ap.parse_args()
    cases = args.cases.split(",")
    unknown = sorted(set(cases) - set(CASES))
    if unknown:
        ap.error(f"--cases: unknown {', '.join(unknown)} (choose from {', '.join(CASES)})")
    if args.repeats < 1:
        ap.error(f"--repeats: at least 1 turn, not {args.repeats}")

    import torch

    rows, deploy_notes = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for threads in args.threads:
            torch.set_num_threads(threads)
            rate = matmul_rate(args.seconds)
            rows.append({"case": "matmul fp32 1024^3", "threads": threads,
                         "gflop_per_s": rate})
            b = _random_backend(threads, Path(tmp) / "default")
            case_rows = []
            if "sample" in cases:
                case_rows += bench_sampling(b, Flops(b.model), threads, args.seconds)
            if "train" in cases:
                case_rows += bench_training(b, Flops(b.model), threads, args.seconds, tmp)
            for r in case_rows:
                r["parameters"] = sum(p.numel() for p in b.model.parameters())
            if "mha" in cases:  # a key/value head per attention head (the default shares one)
                m = _random_backend(threads, Path(tmp) / "mha", num_key_value_heads=4)
                mha = bench_sampling(m, Flops(m.model), threads, args.seconds, (128, 512),
                                     ", 4 KV heads")
                for r in mha:
                    r["parameters"] = sum(p.numel() for p in m.model.parameters())
                case_rows += mha
            for r in case_rows:
                r["matmul_fraction"] = r["gflop_per_s"] / rate
            rows += case_rows
            if "deploy" in cases:
                drows, info = bench_deploy(threads, args.run, tmp, args.repeats)
                rows += drows
                deploy_notes.append(info)
    if args.json:
        print(json.dumps({"rows": rows, "deploy": deploy_notes}, indent=1))
        return
    _print(rows, deploy_notes)


def _floor_pct(fraction: float) -> str:
    """A fraction as a percentage rounded down to 0.1, so that one just under a target never
    reads as the target."""
    return f"{math.floor(fraction * 1000) / 10:.1f}%"


def _print(rows: list[dict], deploy_notes: list[dict]) -> None:
    params = next((r["parameters"] for r in rows if "parameters" in r), None)
    if params:
        print(f"tiny backend, {params:,} parameters")
    print(f"{'case':<44}{'threads':>8}{'tokens/s':>11}{'GFLOP/s':>9}{'of matmul':>11}"
          f"{'wall s':>8}{'speed-up':>10}")
    for r in rows:
        tps = f"{r['tokens_per_s']:,.0f}" if "tokens_per_s" in r else ""
        gf = f"{r['gflop_per_s']:.1f}" if "gflop_per_s" in r else ""
        frac = f"{r['matmul_fraction']:.0%}" if "matmul_fraction" in r else ""
        wall = f"{r['wall_s']:.1f}" if "wall_s" in r else ""
        sp = f"x{r['speedup']:.2f}" if "speedup" in r else ""
        low, high = r.get("speedup_range", (None, None))
        turns = f"  (x{low:.2f}-{high:.2f})" if low is not None else ""
        print(f"{r['case']:<44}{r['threads']:>8}{tps:>11}{gf:>9}{frac:>11}{wall:>8}{sp:>10}"
              f"{turns}")
    for d in deploy_notes:
        print(f"\ndeploy, {d['threads']} thread(s): {d['changed_texts']} of {d['samples']} sampled "
              f"texts differ between the previous and the new code (floating-point rounding); "
              f"median of {d.get('repeats', 1)} turns, in brackets the lowest and highest "
              f"turn's speed-up" + (f"; {d['note']}" if d["note"] else ""))
    best = {}
    for r in rows:
        if "matmul_fraction" in r:
            best[r["case"]] = max(best.get(r["case"], 0), r["matmul_fraction"])
    targets = []  # only those whose cases ran
    if "sample batch 128" in best or "sample batch 512" in best:
        sample = max(best.get("sample batch 128", 0), best.get("sample batch 512", 0))
        targets.append(f"sampling at batch >= 128 >= 50 % of matmul: {_floor_pct(sample)} "
                       f"({'met' if sample >= 0.5 else 'NOT met'})")
    if "train full (batch 32)" in best:
        train = best["train full (batch 32)"]
        targets.append(f"training >= 50 %: {_floor_pct(train)} "
                       f"({'met' if train >= 0.5 else 'NOT met'})")
    speeds = [r["speedup"] for r in rows
              if r["case"].startswith("deploy") and "batch 64" not in r["case"]]
    if speeds:
        targets.append(f"deploy phase >= 3x the previous code: x{max(speeds):.2f} "
                       f"({'met' if max(speeds) >= 3 else 'NOT met'})")
    if targets:
        print("\ntargets: " + "; ".join(targets))


if __name__ == "__main__":
    main()
