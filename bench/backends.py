"""Tiny-backend throughput: sampling new tokens/s (batch 1 and 32) and training tokens/s.

    python bench/backends.py [--json] [--threads 1 2] [--model-json '{...}']

The model is the default tiny model (see `iterdeploy.backends.tiny.DEFAULT_MODEL`, ~1.1 M
parameters) with random weights; prompts and completions are real compact Blocksworld
examples of 4-9 blocks, the sizes of the default pool. Sampling runs at temperature 1 with
`max_new_tokens` long enough that every row decodes the full length (an untrained model
rarely emits EOS early, and EOS is masked out here so every row counts). Training counts
the real (non-padding) tokens of each batch. Targets on the 2-core machine: >= 5,000 new
tokens/s sampling at batch 32 and >= 8,000 training tokens/s. Each case is run for every
thread count given, because on a shared 2-core machine 2 threads can be slower than 1.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _examples(n: int):
    from iterdeploy.corpus import build_corpus

    return build_corpus(seed=1, groups=[{"domain": "blocksworld", "sizes": {"blocks": [4, 9]},
                                         "n": n}], progress=False)


def bench(threads: int, model: dict | None, seconds: float) -> list[dict]:
    import torch

    from iterdeploy.backends import SamplingParams
    from iterdeploy.backends import tiny as tinymod
    from iterdeploy.backends.tiny import TinyBackend

    rows = []
    examples = _examples(256)
    with tempfile.TemporaryDirectory() as tmp:
        b = TinyBackend(model=model, threads=threads)
        b.progress = False
        b.pretrain(examples[:8], tmp, steps=1)  # builds and saves a random model
        params = sum(p.numel() for p in b.model.parameters())
        eos = tinymod.EOS
        real_draw = tinymod._draw

        def no_eos(torch_, logits, u, p):  # every row decodes max_new_tokens
            logits = logits.clone()
            logits[:, eos] = float("-inf")
            return real_draw(torch_, logits, u, p)

        tinymod._draw = no_eos
        try:
            for batch in (1, 32):
                prompts = [examples[i % 8].prompt for i in range(batch)]
                sp = SamplingParams(1.0, 1.0, 128)
                b.sample(prompts, list(range(batch)), sp)  # warm-up
                tokens, clock, calls = 0, time.perf_counter(), 0
                while time.perf_counter() - clock < seconds or calls < 2:
                    out = b.sample(prompts, [calls * batch + i for i in range(batch)], sp)
                    tokens += sum(o.new_tokens for o in out)
                    calls += 1
                wall = time.perf_counter() - clock
                rows.append({"case": f"sample batch {batch}", "threads": threads,
                             "tokens_per_s": tokens / wall, "parameters": params})
        finally:
            tinymod._draw = real_draw
        for mode in ("full", "lora"):
            b.mode = mode
            steps = 8
            b.finetune_args = {**b.finetune_args, "steps": steps, "batch_size": 32}
            b.train(examples[:64], os.path.join(tmp, "warm"))  # warm-up
            tokens = wall = 0.0
            runs = 0
            while wall < seconds or runs < 1:
                stats = json.loads(open(os.path.join(
                    b.train(examples, os.path.join(tmp, mode)), "train.json")).read())
                tokens += stats["tokens"]
                wall += stats["wall_s"]
                runs += 1
            rows.append({"case": f"train {mode} (batch 32)", "threads": threads,
                         "tokens_per_s": tokens / wall, "parameters": params})
    torch.set_num_threads(1)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seconds", type=float, default=4.0, help="minimum time per case")
    ap.add_argument("--model-json", default=None, help="tiny model config overrides")
    args = ap.parse_args()
    model = json.loads(args.model_json) if args.model_json else None
    rows = []
    for t in args.threads:
        rows += bench(t, model, args.seconds)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"tiny backend, {rows[0]['parameters']:,} parameters")
    print(f"{'case':<26}{'threads':>8}{'tokens/s':>12}")
    for r in rows:
        print(f"{r['case']:<26}{r['threads']:>8}{r['tokens_per_s']:>12,.0f}")
    best = {}
    for r in rows:
        best[r["case"]] = max(best.get(r["case"], 0), r["tokens_per_s"])
    ok_s = best.get("sample batch 32", 0) >= 5000
    ok_t = best.get("train full (batch 32)", 0) >= 8000
    print(f"\ntargets: sampling >= 5,000 tok/s at batch 32: {'met' if ok_s else 'NOT met'}; "
          f"training >= 8,000 tok/s: {'met' if ok_t else 'NOT met'}")


if __name__ == "__main__":
    main()
