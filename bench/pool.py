"""Pool build time and reference-planner call times.

    python bench/pool.py [--json] [--per-size 100] [--workers 2] [--direct]

Builds a Blocksworld pool (blocks 4..8, `--per-size` tasks per size plus 5 eval tasks each:
525 tasks by default) with LAMA-first reference lengths, twice: with an empty plan cache
(cold: every task goes through Fast Downward) and again into another folder with that cache
(warm: no planner call). Then times `solve_text` on a few generated tasks of every domain.
`--direct` runs the translator as a process per call instead of the fork server, for
comparison. Timings on a shared 2-core machine are noisy; note the load average.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from iterdeploy.config import GroupConfig
from iterdeploy.domains import DOMAINS, generate, get_spec
from iterdeploy.planning import planner
from iterdeploy.pool import build_pool


def pool_build(per_size: int, workers: int) -> dict:
    """Seconds for a cold and a warm build of the same pool."""
    groups = [GroupConfig(domain="blocksworld", vary={"blocks": [4, 8]}, per_size=per_size,
                          eval_per_size=5)]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for run in ("cold", "warm"):
            start = time.perf_counter()
            tasks = build_pool(groups, 0, Path(tmp) / run, cache_dir=Path(tmp) / "cache",
                               workers=workers, progress=False)
            out[f"{run}_s"] = round(time.perf_counter() - start, 2)
        out["tasks"] = len(tasks)
        out["mean_ref_length"] = round(statistics.mean(t.ref_length for t in tasks), 2)
        out["mean_witness_length"] = round(statistics.mean(t.witness_length for t in tasks), 2)
    return out


def solve_times(seeds: int = 3) -> dict:
    """Median seconds per LAMA-first call on generated tasks at default sizes."""
    out = {}
    for domain in DOMAINS:
        text = get_spec(domain).domain_text()
        times = [planner.solve_text(text, generate(domain, s).problem).time_s
                 for s in range(seeds)]
        out[domain] = round(statistics.median(times), 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--per-size", type=int, default=100)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--direct", action="store_true",
                    help="a translator process per call (no fork server)")
    args = ap.parse_args()
    planner.USE_FORK_SERVER = planner.USE_FORK_SERVER and not args.direct
    result = {"load_average_before": os.getloadavg()[0],
              "fork_server": planner.USE_FORK_SERVER,
              "pool": pool_build(args.per_size, args.workers),
              "solve_s": solve_times()}
    if args.json:
        print(json.dumps(result))
        return
    p = result["pool"]
    print(f"pool of {p['tasks']} Blocksworld tasks: cold {p['cold_s']} s, warm {p['warm_s']} s "
          f"(mean LAMA-first length {p['mean_ref_length']}, witness {p['mean_witness_length']};"
          f" load average before {result['load_average_before']:.2f})")
    for domain, s in result["solve_s"].items():
        print(f"  {domain:12s} LAMA-first {s:.3f} s per call")


if __name__ == "__main__":
    main()
