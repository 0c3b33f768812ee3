"""Install torch for `make test` / `make run` on any machine, and check that it works.

    python tools/torch_env.py install   # torch==2.13.0, unless some torch is already there
    python tools/torch_env.py check     # torch imports and computes on the CPU

Where it comes from:

- torch >= 2.4 already installed (any build, a CUDA one included): kept. The tiny model
  runs on the CPU with any build, and a GPU machine keeps the torch it came with.
- Linux, and PyTorch's CPU wheel index (https://download.pytorch.org/whl/cpu) answers:
  the CPU wheel from there (no CUDA libraries, a few hundred MB instead of gigabytes).
- otherwise (macOS, Windows, or a Linux machine that sees only the public package index):
  `pip install torch==2.13.0` from the configured index. On Linux the public index may
  give the CUDA build with its `nvidia-*` packages; it is used on the CPU.

`ITERDEPLOY_TORCH_INDEX` overrides the choice: a wheel index URL, or `default` for pip's
configured index.
"""
from __future__ import annotations

import argparse
import os
import platform
import shlex
import subprocess
import sys
import urllib.request
from importlib import metadata

TORCH = "torch==2.13.0"
MINIMUM = (2, 4)  # pyproject.toml's `torch>=2.4`: an older torch is replaced, not kept
CPU_INDEX = "https://download.pytorch.org/whl/cpu"


def installed_torch() -> str | None:
    """The installed torch version, or None."""
    try:
        return metadata.version("torch")
    except metadata.PackageNotFoundError:
        return None


def _at_least(version: str, minimum: tuple[int, int]) -> bool:
    try:
        major, minor = (int(x) for x in version.split("+")[0].split(".")[:2])
    except ValueError:
        return False
    return (major, minor) >= minimum


def reachable(url: str, timeout: float = 5.0) -> bool:
    """Whether `url` answers with HTTP 200 within `timeout` seconds."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except (OSError, ValueError):
        return False


def choose(system: str, torch_version: str | None, cpu_index_ok: bool,
           override: str | None = None) -> list[str] | None:
    """The `pip` arguments that install torch, or None to keep the installed one."""
    if torch_version is not None and _at_least(torch_version, MINIMUM):
        return None
    if override:
        return ["install", TORCH] + ([] if override == "default" else ["--index-url", override])
    if system == "Linux" and cpu_index_ok:
        return ["install", TORCH, "--index-url", CPU_INDEX]
    return ["install", TORCH]


def install(pip: list[str], probe_url: str) -> int:
    """Install torch as `choose` says; print what was done and why."""
    version = installed_torch()
    override = os.environ.get("ITERDEPLOY_TORCH_INDEX")
    system = platform.system()
    cpu_ok = version is None and not override and system == "Linux" and reachable(probe_url)
    args = choose(system, version, cpu_ok, override)
    if args is None:
        print(f"torch {version} is installed: kept (a CUDA build is used on the CPU)")
        return 0
    where = ("PyTorch's CPU wheel index" if CPU_INDEX in args
             else args[-1] if "--index-url" in args else "the default package index")
    print(f"installing {TORCH} from {where}: {shlex.join(pip + args)}", flush=True)
    return subprocess.call(pip + args)


def check() -> int:
    """torch imports and multiplies two matrices on the CPU, whatever build it is."""
    try:
        import torch
    except ImportError as exc:
        print(f"error: torch does not import: {exc}; run: make venv", file=sys.stderr)
        return 1
    product = (torch.ones(2, 3) @ torch.ones(3, 2)).sum().item()
    if product != 12.0:
        print(f"error: torch {torch.__version__} computes 2x3 @ 3x2 ones as {product}",
              file=sys.stderr)
        return 1
    cuda = torch.version.cuda
    build = f"a CUDA {cuda} build, used on the CPU" if cuda else "the CPU build"
    print(f"torch {torch.__version__}: {build}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("install", "check"))
    parser.add_argument("--pip", default=f"{shlex.quote(sys.executable)} -m pip",
                        help="the pip command (default: this Python's)")
    parser.add_argument("--probe-url", default=f"{CPU_INDEX}/torch/",
                        help="fetched to tell whether the CPU wheel index is reachable")
    ns = parser.parse_args(argv)
    if ns.command == "check":
        return check()
    return install(shlex.split(ns.pip), ns.probe_url)


if __name__ == "__main__":
    sys.exit(main())
