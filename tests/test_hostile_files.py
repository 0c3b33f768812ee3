"""Hostile files: malformed, unsupported, binary, empty and huge PDDL, bad configs, an
output folder that cannot be written. Each gets a clear error naming the file and line (or
key), exit code 2 from the CLI, no traceback, and no partial file left behind."""
import os
import resource
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from iterdeploy.cli import main

DOMAIN = """(define (domain d)
  (:requirements :strips :typing)
  (:types block)
  (:predicates (on ?x - block ?y - block) (clear ?x - block))
  (:action move
    :parameters (?x - block ?y - block)
    :precondition (and (clear ?x) (clear ?y))
    :effect (and (on ?x ?y) (not (clear ?y)))))
"""
PROBLEM = """(define (problem p) (:domain d)
  (:objects a b - block)
  (:init (clear a) (clear b))
  (:goal (on a b)))
"""
DEEP = "(" * 100_000 + ")" * 100_000


def _domain(**swap):
    text = DOMAIN
    for old, new in swap.items():
        text = text.replace(old.replace("_", " "), new)
    return text


# (case, domain text or bytes, problem text or bytes, what the message must say, line)
CASES = [
    ("domain nested 100,000 deep", DOMAIN.replace("(and (on ?x ?y)", DEEP + " (and (on ?x ?y)"),
     PROBLEM, "nested deeper than 100 levels", 8),
    ("problem nested 100,000 deep", DOMAIN, PROBLEM.replace("(clear a)", DEEP),
     "nested deeper than 100 levels", 3),
    ("domain: an unclosed parenthesis", DOMAIN.rstrip()[:-1], PROBLEM, "unbalanced '('", 1),
    ("domain: an extra ')'", DOMAIN + ")", PROBLEM, "unexpected text after the closing", 9),
    ("problem: unbalanced", DOMAIN, PROBLEM.replace("(clear b))", "(clear b)"),
     "unbalanced '('", 1),
    ("undefined type", DOMAIN.replace("?y - block)\n    :pre", "?y - tower)\n    :pre"),
     PROBLEM, "undeclared type `tower`", None),
    ("undefined predicate in an action", DOMAIN.replace("(clear ?x) (clear ?y)",
                                                        "(free ?x) (clear ?y)"),
     PROBLEM, "undeclared predicate `free` in precondition of action `move`", 5),
    ("undefined predicate in a problem", DOMAIN, PROBLEM.replace("(clear a)", "(free a)"),
     "undeclared predicate `free`", 3),
    ("undefined object", DOMAIN, PROBLEM.replace("(on a b)", "(on a c)"),
     "undeclared object `c`", 4),
    ("object of an undefined type", DOMAIN, PROBLEM.replace("a b - block", "a b - tower"),
     "undeclared type `tower`", None),
    ("an action defined twice", DOMAIN[:-2] + "\n  (:action move :parameters () "
     ":precondition () :effect ()))", PROBLEM, "action `move` defined twice", 9),
    ("a predicate declared twice", DOMAIN.replace("(clear ?x - block))",
                                                  "(clear ?x - block) (on ?x - block))"),
     PROBLEM, "predicate `on` declared twice", 4),
    ("a parameter declared twice", DOMAIN.replace("(?x - block ?y - block)",
                                                  "(?x - block ?x - block)"),
     PROBLEM, "parameter `?x` of `move` declared twice", 5),
    ("an object declared twice", DOMAIN, PROBLEM.replace("a b - block", "a b - block a - object"),
     "object `a` declared twice", None),
    ("unsupported requirement", DOMAIN.replace(":typing)", ":typing :fluents)"), PROBLEM,
     "unsupported requirement `:fluents`", 2),
    ("unsupported construct", DOMAIN.replace("(and (on ?x ?y)", "(and (decrease (clear ?x) 1) "
                                             "(on ?x ?y)"), PROBLEM,
     "decrease", 8),
    ("binary domain file", bytes(range(256)) * 4, PROBLEM, "cannot read domain file", None),
    ("binary problem file", DOMAIN, b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "cannot read problem",
     None),
    ("empty domain file", "", PROBLEM, "empty file", 1),
    ("empty problem file", DOMAIN, "   \n", "empty file", 1),
    ("a problem for another domain", DOMAIN, PROBLEM.replace("(:domain d)", "(:domain e)"),
     "problem is for domain `e`", None),
    ("a problem file given as domain", PROBLEM, PROBLEM, "expected (define (domain", 1),
]


def _write(path, content):
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return str(path)


@pytest.mark.parametrize("case,domain,problem,needle,line", CASES, ids=[c[0] for c in CASES])
def test_bad_pddl_is_a_clear_error_with_exit_code_2(tmp_path, case, domain, problem, needle,
                                                    line):
    d = _write(tmp_path / "domain.pddl", domain)
    p = _write(tmp_path / "problem.pddl", problem)
    plan = _write(tmp_path / "plan.txt", "(move a b)\n")
    result = CliRunner().invoke(main, ["validate", d, p, plan])
    assert result.exit_code == 2, (case, result.output, result.exception)
    message = result.output.strip()
    assert message.startswith("error: ") and len(message.splitlines()) == 1, message
    assert needle in message, message
    bad = d if needle.startswith(("cannot read domain", "expected (define")) or \
        problem == PROBLEM else p
    where = f"{bad}:{line}:" if line else f"{bad}"
    assert where in message, message


def test_the_well_formed_files_above_validate(tmp_path):
    """The cases above each break one thing of a pair of files that is fine."""
    d = _write(tmp_path / "domain.pddl", DOMAIN)
    p = _write(tmp_path / "problem.pddl", PROBLEM)
    plan = _write(tmp_path / "plan.txt", "(move a b)\n")
    result = CliRunner().invoke(main, ["validate", d, p, plan])
    assert result.exit_code == 0 and result.output.startswith("VALID"), result.output


@pytest.mark.parametrize("content,needle", [
    (b"\xff\xfe\x00(move a b)", "cannot read plan file"),
    ("(move a b", None),
])
def test_bad_plan_files(tmp_path, content, needle):
    d = _write(tmp_path / "domain.pddl", DOMAIN)
    p = _write(tmp_path / "problem.pddl", PROBLEM)
    plan = _write(tmp_path / "plan.txt", content)
    result = CliRunner().invoke(main, ["validate", d, p, plan])
    if needle:  # unreadable: bad input
        assert result.exit_code == 2 and needle in result.output and plan in result.output
    else:  # readable but not a plan: an invalid plan, with its status
        assert result.exit_code == 1 and result.output.startswith("PARSE_ERROR: plan line 1")


# ----------------------------------------------------------------------------- configs

SCRIPTED = ["--set", "backend.name=scripted", "--set", "backend.args={capability: 3}",
            "--set", "prompt_style=full",
            "--set", "generations=1", "--set", "sampling.k=2", "--set", "pool.reference=none",
            "--set", "pool.groups=[{domain: blocksworld, vary: {blocks: [2, 3]}, per_size: 2, "
                     "eval_per_size: 1}]"]


@pytest.mark.parametrize("text,needle", [
    ("sampling:\n  kk: 3\n", "unknown key(s) sampling.kk"),
    ("sampling:\n  k: three\n", "sampling.k: expected int, got 'three'"),
    ("generations: [1, 2]\n", "generations: expected int"),
    ("pool:\n  groups: 5\n", "pool.groups"),
    ("backend:\n  name: gpt9\n", "backend.name: 'gpt9' is not one of"),
    ("seed: 0\nsampling: [\n", ":3: not valid YAML"),
    ("- a\n- b\n", "must be a mapping of keys"),
    (b"\x00\xff\xfe\x01binary", "cannot read config"),
    ("", None),  # an empty config is the defaults: fine (not run here)
])
def test_bad_configs_name_the_key_and_exit_2(tmp_path, text, needle):
    cfg = _write(tmp_path / "c.yaml", text)
    if needle is None:
        from iterdeploy.config import load_config
        assert load_config(cfg).generations >= 0
        return
    result = CliRunner().invoke(main, ["run", cfg, "--out", str(tmp_path / "r"), "-q"])
    assert result.exit_code == 2, (result.output, result.exception)
    message = result.output.strip().splitlines()[-1]
    assert message.startswith(f"error: {cfg}") and needle in message, message
    assert not (tmp_path / "r").exists()


def test_an_unknown_override_names_the_key(tmp_path):
    result = CliRunner().invoke(main, ["run", "--out", str(tmp_path / "r"), "--set",
                                       "sampling.temprature=0.5"])
    assert result.exit_code == 2 and "sampling.temprature" in result.output


# ----------------------------------------------------------------------------- output folder


def test_an_output_folder_that_is_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "f").write_text("")
    result = CliRunner().invoke(main, ["run", "--out", str(tmp_path / "f" / "r"), "-q",
                                       *SCRIPTED])
    assert result.exit_code == 2, (result.output, result.exception)
    assert result.output == f"error: {tmp_path / 'f' / 'r'}: Not a directory\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_output_folder_is_a_clear_error(tmp_path):
    (tmp_path / "ro").mkdir()
    os.chmod(tmp_path / "ro", 0o500)
    try:
        result = CliRunner().invoke(main, ["run", "--out", str(tmp_path / "ro" / "r"), "-q",
                                           *SCRIPTED])
    finally:
        os.chmod(tmp_path / "ro", 0o700)
    assert result.exit_code == 2 and "cannot" in result.output, result.output


def _limited(limit):
    def preexec():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def _leftovers(run):
    """Temporary files and JSONL files with a cut last line."""
    bad = [str(p) for p in run.rglob(".*.tmp")]
    bad += [str(p) for p in run.rglob("*.jsonl")
            if p.read_bytes() and not p.read_bytes().endswith(b"\n")]
    return bad


def test_a_full_disk_is_a_clear_error_and_the_run_resumes(tmp_path):
    """RLIMIT_FSIZE makes every write past 3 KB fail (EFBIG), as a full disk does: the run
    stops with one error line naming the file, leaves no partial file, and, given room,
    resumes to the files of a run that never ran out of space."""
    cmd = [sys.executable, "-m", "iterdeploy.cli", "run", "-q", *SCRIPTED]
    full = tmp_path / "full"
    proc = subprocess.run([*cmd, "--out", str(full)], capture_output=True, text=True,
                          preexec_fn=_limited(3_000), timeout=300)
    assert proc.returncode == 2, proc.stderr
    message = proc.stderr.strip().splitlines()[-1]
    assert message.startswith(f"error: {full}") and "cannot write: File too large" in message
    assert "Traceback" not in proc.stderr
    assert _leftovers(full) == []
    # a partial sample journal may remain (complete lines only); nothing is final yet
    assert not list(full.rglob("samples.jsonl"))
    resumed = subprocess.run([*cmd, "--out", str(full)], capture_output=True, text=True,
                             timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    straight = tmp_path / "straight"
    assert subprocess.run([*cmd, "--out", str(straight)], capture_output=True,
                          timeout=300).returncode == 0
    for p in straight.rglob("*.jsonl"):
        assert (full / p.relative_to(straight)).read_bytes() == p.read_bytes(), p
    shutil.rmtree(straight)
