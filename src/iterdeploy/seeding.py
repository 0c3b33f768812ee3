"""Derived seeds: a seed is a hash of everything that identifies the random draw.

A sample's seed derives from (run seed, generation, task, sample index), a task's from
(pool seed, domain, sizes, split, index), so results never depend on iteration order,
batching or whether a run was resumed.
"""
import hashlib
import json


def derive_seed(*parts) -> int:
    """A 63-bit seed from any JSON-serialisable parts (stable across processes)."""
    blob = json.dumps(parts, sort_keys=True, default=str).encode()
    return int.from_bytes(hashlib.sha256(blob).digest()[:8], "big") >> 1
