"""iterdeploy: iterative deployment of language models on classical planning.

Importing the package imports nothing heavy (no torch, no transformers): the planning core,
the validator and the command line start in well under a second.
"""

__version__ = "0.1.0"


class IterdeployError(Exception):
    """Root of the project's exceptions: bad files, bad configuration, misuse."""
