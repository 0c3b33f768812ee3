"""docs/RELIABILITY.md states the figures of the tests it describes, the README links it,
the declared license is in the repository, and no text in it points outside it."""
import re
import tomllib

import test_fuzz
import test_hostile_files
import test_hostile_output
import test_kill
from conftest import REPO

TEXT = (REPO / "docs" / "RELIABILITY.md").read_text()
DOC = " ".join(TEXT.split())


def test_the_figures_are_those_of_the_tests():
    assert f"{len(test_kill.TARGETS)} SIGKILLs per run of the kill test" in DOC
    aimed = sum(1 for aim, *_ in test_kill.TARGETS if aim != "random moment")
    assert f"({aimed} aimed, {len(test_kill.TARGETS) - aimed} at random moments)" in DOC
    assert f"{len(test_hostile_output.HOSTILE)} texts through the real loop" in DOC
    assert f"{len(test_hostile_files.CASES)} PDDL cases" in DOC
    configs = test_hostile_files.test_bad_configs_name_the_key_and_exit_2.pytestmark[0].args[1]
    assert f"{sum(1 for _, needle in configs if needle)} configs" in DOC
    f = test_fuzz
    assert (f"{f.RANDOM_TEXTS} random texts, {f.EDITED_FILES} edited bundled files and "
            f"{f.PLAN_TEXTS} random plan texts") in DOC
    n = len(f.DOMAINS)
    assert n == 10 and (f"{f.WALKS} random walks and {f.CORRUPTIONS} single-step corruptions "
                        f"in each of the ten domains ({n * f.WALKS} walks, "
                        f"{n * f.CORRUPTIONS} corruptions)") in DOC
    for name in ("test_kill.py", "test_hostile_files.py", "test_hostile_output.py",
                 "test_fuzz.py", "test_sample_record.py"):
        assert (REPO / "tests" / name).exists() and f"tests/{name}" in DOC


def test_readme_links_it_and_the_license_is_there():
    readme = (REPO / "README.md").read_text()
    assert "(docs/RELIABILITY.md)" in readme
    assert "Every write is atomic" not in readme
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert (REPO / "LICENSE").read_text().startswith("MIT License")


def test_no_text_points_outside_the_repository():
    outside = re.compile(r"DESIGN" r"\.md|\.\./shared|\.\./\.\.")
    bad = []
    for path in REPO.rglob("*"):
        rel = path.relative_to(REPO)
        if rel.parts[0] in (".git", ".venv", "runs", "build", "dist", ".pytest_cache",
                            ".hypothesis") or "egg-info" in str(rel) or not path.is_file():
            continue
        if path.suffix not in (".py", ".md", ".yaml", ".toml", ".txt", "") and \
                path.name != "Makefile":
            continue
        try:
            text = path.read_text()
        except UnicodeDecodeError:
            continue
        bad += [f"{rel}:{i}" for i, line in enumerate(text.splitlines(), 1)
                if outside.search(line)]
    assert bad == []
