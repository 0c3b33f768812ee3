"""The extras' version ranges (tools/check_extras.py): the checker's logic offline, and the
real ranges against PyPI when it answers."""
import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "check_extras.py"


@pytest.fixture
def checker():
    spec = importlib.util.spec_from_file_location("check_extras", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_release_that_refuses_our_lowest_transformers_is_reported(checker, monkeypatch):
    from packaging.requirements import Requirement
    monkeypatch.setattr(checker, "requirements", lambda: [
        Requirement("transformers>=5.16"), Requirement("vllm>=0.8"), Requirement("torch>=2.4")])
    deps = {"vllm==0.8": ["transformers>=4.45,<5", "torch==2.6.0",
                          "pytest; extra == 'test'"],
            "transformers==5.16": ["tokenizers>=0.22"], "torch==2.4": []}
    monkeypatch.setattr(checker, "metadata", lambda pin: {"requires_dist": deps[pin]})
    problems = checker.check()
    assert problems == ["vllm==0.8 requires transformers<5,>=4.45, but our lowest allowed "
                        "transformers is 5.16"]  # torch is the machine's choice: not checked


@pytest.mark.slow
def test_the_extras_ranges_resolve_on_pypi(checker):
    if not checker.index_reachable():
        pytest.skip("pypi.org is not reachable: the extras' ranges are not checked")
    assert checker.check() == []
