"""The hf backend's training phase as its own program, for `accelerate launch`.

    accelerate launch --num_processes N -m iterdeploy.backends.hf_train \
        --args ARGS.json --examples EXAMPLES.jsonl --out DIR [--init ADAPTER]

Every process loads the model and trains under DDP (or FSDP / DeepSpeed, chosen by
accelerate's own config file); process 0 saves the adapter to DIR. `HFBackend.train` starts
this with `train_processes` > 1 and writes to a temporary folder that it then moves into the
run folder, so the loop's process stays the one writer of the run folder.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from iterdeploy.backends import Example
from iterdeploy.backends.args import backend_args


def main(argv: list[str] | None = None) -> None:
    """Train one adapter from the files named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--args", required=True, help="HFArgs as JSON")
    parser.add_argument("--examples", required=True, help="JSON lines: prompt, completion, weight")
    parser.add_argument("--out", required=True)
    parser.add_argument("--init", default=None)
    opts = parser.parse_args(argv)
    from iterdeploy.backends.hf import HFBackend

    args = backend_args("hf", {**json.loads(Path(opts.args).read_text()), "train_processes": 1})
    examples = [Example(**json.loads(line))
                for line in Path(opts.examples).read_text().splitlines() if line.strip()]
    HFBackend(args).train(examples, Path(opts.out), Path(opts.init) if opts.init else None)


if __name__ == "__main__":
    main()
