"""iterdeploy: iterative deployment of language models on classical planning.

Importing the package imports nothing heavy (no torch, no transformers): the planning core,
the validator and the command line start in well under a second.
"""

__version__ = "0.1.0"


class IterdeployError(Exception):
    """Root of the project's exceptions: bad files, bad configuration, misuse."""


_API = {  # the validator's API, imported on first use: `from iterdeploy import validate`
    "validate": "iterdeploy.planning.validate",
    "validate_many": "iterdeploy.planning.validate",
    "ValidationResult": "iterdeploy.planning.validate",
    "Task": "iterdeploy.planning.validate",
}


def __getattr__(name: str):
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'iterdeploy' has no attribute {name!r}")
