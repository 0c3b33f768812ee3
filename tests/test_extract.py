"""Plan extraction from model text: line forms, fences, think blocks, candidates, robustness."""
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iterdeploy.planning.extract import (
    EMPTY_PLAN, NO_PLAN_FOUND, OK, STATUSES, TRUNCATED, UNTERMINATED_THINK, Extraction,
    extract_plan, format_plan,
)

ACTION_RE = re.compile(r"\([a-z][a-z0-9_\-]*(?: [a-z0-9_][a-z0-9_\-]*)*\)")


def plan_of(text):
    result = extract_plan(text)
    assert result.status == OK, result
    return list(result.plan)


def check_invariants(result: Extraction):
    assert isinstance(result, Extraction)
    assert result.status in STATUSES
    assert isinstance(result.reason, str) and result.reason
    assert result.source in ("fence", "lines", "none")
    if result.status == OK:
        assert result.plan and all(ACTION_RE.fullmatch(a) for a in result.plan)
    elif result.status == EMPTY_PLAN:
        assert result.plan == ()
    else:
        assert result.plan is None


# --- one plan line, every accepted form -----------------------------------------------

@pytest.mark.parametrize("line", [
    "(pick-up b1 b2)",
    "  (pick-up   b1\tb2)  ",
    "(pick-up b1 b2) ; comment",
    "(pick-up b1 b2) ;; cost 1",
    "1. (pick-up b1 b2)",
    "1: (pick-up b1 b2)",
    "1) (pick-up b1 b2)",
    "step 1: (pick-up b1 b2)",
    "Step 1 - (pick-up b1 b2)",
    "STEP 1. (pick-up b1 b2)",
    "0.000: (pick-up b1 b2) [1]",
    "0.000: (pick-up b1 b2) [1.000] ; note",
    "- (pick-up b1 b2)",
    "* (pick-up b1 b2)",
    "\u2022 (pick-up b1 b2)",
    "**1.** (pick-up b1 b2)",
    "- **Step 1:** (pick-up b1 b2)",
    "> 1. (pick-up b1 b2)",
    "1. `(pick-up b1 b2)`",
    "(PICK-UP B1 B2)",
    "(Pick-Up b1 B2).",
    "1. (pick-up b1 b2) \u2014 lift b1 off b2",
    "1. (pick-up b1 b2) - lift b1 off b2",
    "( pick-up b1 b2 )",
])
def test_single_line_forms(line):
    assert plan_of(line) == ["(pick-up b1 b2)"]


def test_pddl_names_with_digits_dashes_underscores():
    assert plan_of("(move-to_2 loc_9_3 r-1 17)") == ["(move-to_2 loc_9_3 r-1 17)"]


def test_zero_argument_action():
    assert plan_of("(noop)") == ["(noop)"]


def test_several_actions_on_one_line():
    assert plan_of("(unstack a b) (put-down a), (stack b c)") == [
        "(unstack a b)", "(put-down a)", "(stack b c)"]
    assert plan_of("`(a x)` -> `(b y)` \u2192 (c z)") == ["(a x)", "(b y)", "(c z)"]


@pytest.mark.parametrize("text", [
    "(define (problem bw-1) (:domain blocksworld))",
    "(:init",
    "(:goal (and (on a b) (on b c)))",
    "(and (on a b))",
    "(not (clear a))",
    "(and)",
    "(pick-up ?x)",
    "(?x a)",
    "(a - block)",
    "((a b))",
    "(1abc d)",
    "()",
    "(pick-up b1 b\u0662)",  # a non-ASCII digit is no PDDL name
    "(on a b) is now true",
    "Plan: (pick-up b1 b2)",
    "(a b))",
])
def test_not_plan_lines(text):
    result = extract_plan(text)
    assert result.status == NO_PLAN_FOUND, result
    assert result.plan is None and result.source == "none"


# --- echoed PDDL --------------------------------------------------------------------

PROBLEM_ECHO = """\
(define (problem bw-3)
  (:domain blocksworld)
  (:objects b1 b2 b3)
  (:init
    (on b1 b2)
    (ontable b2)
    (clear b1)
    (handempty))
  (:goal (and
    (on b2 b1)
    (on b3 b2)))
)
"""


def test_echoed_problem_gives_no_plan():
    assert extract_plan(PROBLEM_ECHO).status == NO_PLAN_FOUND
    assert extract_plan("```pddl\n" + PROBLEM_ECHO + "```\n").status == NO_PLAN_FOUND


def test_echoed_problem_then_plan():
    text = "Task:\n" + PROBLEM_ECHO + "(unstack b1 b2)\n(put-down b1)\n"
    assert plan_of(text) == ["(unstack b1 b2)", "(put-down b1)"]


def test_stray_open_paren_in_prose_does_not_hide_the_plan():
    text = "Let me see (first b1 must be cleared:\n(unstack b1 b2)\n(put-down b1)\n"
    assert plan_of(text) == ["(unstack b1 b2)", "(put-down b1)"]


# --- candidates ---------------------------------------------------------------------

def test_last_candidate_wins():
    text = "Draft:\n(a x)\n(b y)\n\nBetter plan:\n(c z)\n(d w)\n\nDone."
    result = extract_plan(text)
    assert result.plan == ("(c z)", "(d w)") and result.source == "lines"


def test_blank_and_comment_lines_do_not_break_a_run():
    text = "Plan:\n(a x)\n\n; then\n(b y)\n\n\n(c z)\nThat is all."
    assert plan_of(text) == ["(a x)", "(b y)", "(c z)"]


def test_numbered_steps_with_explanations_between_form_one_plan():
    text = ("1. (unstack b1 b2)\nThis frees b2.\n\n**2.** (put-down b1)\n"
            "Now b1 is on the table.\nStep 3: (stack b2 b3)\n\nThe goal holds.")
    assert plan_of(text) == ["(unstack b1 b2)", "(put-down b1)", "(stack b2 b3)"]


def test_restarted_numbering_starts_a_new_candidate():
    text = "1. (a x)\n2. (b y)\nWait, that fails. Again:\n1. (c z)\n2. (d w)\n3. (e v)\n"
    assert plan_of(text) == ["(c z)", "(d w)", "(e v)"]
    text = "1. (a x)\n2. (b y)\n1. (c z)\n"  # adjacent restart, no prose
    assert plan_of(text) == ["(c z)"]


def test_goal_listed_before_the_plan_is_a_separate_candidate():
    text = "The goal is\n(on b2 b1)\n(on b3 b2)\nso the plan is\n(pick-up b2)\n(stack b2 b1)\n"
    assert plan_of(text) == ["(pick-up b2)", "(stack b2 b1)"]


def test_lone_atom_as_last_candidate_is_taken():
    # Documented ambiguity: an atom alone on a line reads as a one-step plan.
    text = "(pick-up b2)\n(stack b2 b1)\nThis achieves the goal:\n(on b2 b1)\n"
    assert plan_of(text) == ["(on b2 b1)"]


def test_temporal_ipc_plan():
    text = "0.000: (pick-up b1) [1.000]\n1.001: (stack b1 b2) [1.000]\n; cost = 2 (unit cost)\n"
    assert plan_of(text) == ["(pick-up b1)", "(stack b1 b2)"]


# --- fences ---------------------------------------------------------------------------

@pytest.mark.parametrize("opening,closing", [
    ("```", "```"), ("```pddl", "```"), ("```plan", "```"), ("~~~", "~~~"), ("````", "````"),
])
def test_fenced_block(opening, closing):
    text = f"Here is the plan:\n{opening}\n(unstack a b)\n(put-down a)\n{closing}\nDone."
    result = extract_plan(text)
    assert result.plan == ("(unstack a b)", "(put-down a)") and result.source == "fence"


def test_last_fenced_block_with_plan_lines_wins():
    text = ("```\n(a x)\n```\nActually:\n```pddl\n(b y)\n(c z)\n```\n"
            "```\nnot a plan\n```\n")
    assert plan_of(text) == ["(b y)", "(c z)"]


def test_fence_beats_later_unfenced_lines():
    text = "```\n(a x)\n(b y)\n```\nIn words, it finishes with\n(b y)\n"
    result = extract_plan(text)
    assert result.plan == ("(a x)", "(b y)") and result.source == "fence"


def test_fence_with_problem_echo_and_plan():
    text = "```pddl\n" + PROBLEM_ECHO + "```\n```\n(pick-up b3)\n```\n"
    assert plan_of(text) == ["(pick-up b3)"]


def test_unclosed_fence_with_complete_lines_is_a_plan():
    result = extract_plan("```\n(a x)\n(b y)\n")
    assert result.plan == ("(a x)", "(b y)") and result.source == "fence"


def test_shorter_fence_line_does_not_close_a_longer_fence():
    # Inside a ```` fence, a ``` line is content (a non-plan line), not the closing fence.
    result = extract_plan("````\n(a x)\n```\n(b y)\n````\n")
    assert result.plan == ("(b y)",) and result.source == "fence"


def test_inline_triple_backticks_are_not_a_fence():
    assert plan_of("```(a x)```\n(b y)\n") == ["(a x)", "(b y)"]


def test_empty_fence_is_an_explicit_empty_plan():
    result = extract_plan("The goal already holds.\n```\n; no actions needed\n```\n")
    assert result.status == EMPTY_PLAN and result.plan == () and result.source == "fence"
    assert format_plan(result.plan) == ""


def test_fence_with_only_prose_is_not_empty_plan():
    assert extract_plan("```\nno plan exists\n```").status == NO_PLAN_FOUND


def test_plan_lines_beat_an_empty_fence():
    assert plan_of("```\n```\n(a x)\n") == ["(a x)"]


# --- truncation ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Plan:\n(unstack b1 b2)\n(stack b1",
    "Plan:\n1. (unstack b1 b2)\n2. (stack b1 b3) (pick",
    "1. (unstack b1 b2)\n2. (",
    "1. (unstack b1 b2)\n2.",
    "```\n(unstack b1 b2)\n(sta",
    "```pddl\n",
])
def test_truncated_when_no_complete_candidate(text):
    result = extract_plan(text)
    assert result.status == TRUNCATED and result.plan is None, result


def test_truncated_last_run_falls_back_to_last_complete_one():
    text = "First try:\n(a x)\n(b y)\nSecond try:\n(c z)\n(d"
    assert plan_of(text) == ["(a x)", "(b y)"]


def test_broken_line_followed_by_text_is_not_truncation():
    text = "(a x)\n(b y\nThat line above is broken.\n"
    assert plan_of(text) == ["(a x)"]


def test_broken_pddl_at_the_end_is_not_a_truncated_plan():
    assert extract_plan("(:init\n(on a b").status == NO_PLAN_FOUND


# --- think blocks -----------------------------------------------------------------

def test_think_content_is_ignored_when_an_answer_follows():
    text = "<think>\nMaybe (a x)\n(a x)\n(b y)\n</think>\n\n(c z)\n"
    result = extract_plan(text)
    assert result.plan == ("(c z)",) and result.source == "lines"


def test_think_tags_are_case_insensitive_and_last_close_counts():
    text = "<THINK>\n(a x)\n</Think>\nmore\n(b y)\n</think>\n```\n(c z)\n```"
    assert plan_of(text) == ["(c z)"]


def test_unterminated_think_gives_no_plan():
    result = extract_plan("<think>\nOkay, so (unstack b1 b2)\n(unstack b1 b2)\n(put-down b1)\n")
    assert result.status == UNTERMINATED_THINK and result.plan is None


def test_answer_after_think_without_plan():
    result = extract_plan("<think>\n(unstack b1 b2)\n</think>\n\nI cannot solve this.")
    assert result.status == NO_PLAN_FOUND


def test_close_tag_without_open_tag():
    # Qwen3 chat templates can put <think> in the prompt: the text starts with reasoning.
    assert plan_of("reasoning (a x)\n(a x)\n</think>\n(b y)") == ["(b y)"]


def test_plan_before_an_unclosed_think_is_used():
    assert plan_of("</think>\n(a x)\n<think>\n(b y)\n") == ["(a x)"]


# --- normalisation, formatting, API ---------------------------------------------------

def test_crlf_and_cr_line_endings():
    assert plan_of("Plan:\r\n(a x)\r\n(b y)\r\n") == ["(a x)", "(b y)"]
    assert plan_of("Plan:\r(a x)\r(b y)\r") == ["(a x)", "(b y)"]


def test_format_plan_round_trip():
    text = format_plan(("(a x)", "(b y)"))
    assert text == "(a x)\n(b y)\n"
    assert plan_of(text) == ["(a x)", "(b y)"]


def test_to_dict_and_no_plan_cases():
    result = extract_plan("")
    assert result.status == NO_PLAN_FOUND and not result.ok
    assert result.to_dict() == {"status": NO_PLAN_FOUND, "reason": result.reason,
                                "source": "none", "plan": None}
    assert extract_plan("(a x)").to_dict()["plan"] == ["(a x)"]


def test_non_str_input_raises_type_error():
    with pytest.raises(TypeError):
        extract_plan(b"(a x)")
    with pytest.raises(TypeError):
        extract_plan(None)


def test_extraction_is_frozen():
    result = extract_plan("(a x)")
    with pytest.raises(AttributeError):
        result.status = "X"


# --- never crashes, never hangs -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "(" * 100_000,
    ")" * 100_000 + "(a x)",
    "(" * 100_000 + "a x" + ")" * 100_000,
    "(a x) " * 200_000,  # 1.2 MB on one line, no newline
    "x" * 1_000_000,
    "\x00(a\x00 x)\x00\n" * 1000,
    "<think>" * 100_000,
    "```\n" * 100_000,
    "1" * 100_000 + ". (a x)",
    "- " * 200_000 + "(a x)",
    "\n" * 500_000,
    "(a " + "b " * 300_000,
])
def test_hostile_inputs_return(text):
    check_invariants(extract_plan(text))


def test_two_megabyte_plan_is_extracted_in_full():
    text = "<think>\n" + "hmm (a b)\n" * 50_000 + "</think>\n" + "(pick-up b1)\n" * 120_000
    assert len(text) > 2_000_000
    result = extract_plan(text)
    assert result.status == OK and len(result.plan) == 120_000


def test_one_line_megabyte_plan():
    result = extract_plan("(a x) " * 200_000)
    assert result.status == OK and len(result.plan) == 200_000


FRAGMENTS = st.sampled_from([
    "(", ")", "(a x)", "(ACT A-1 b_2)", "(:init", "(and ", "?x", "1.", "2:", "step 3 ",
    "0.000: ", "[1]", ";", ";; cost 1", "- ", "**", "`", "```", "```pddl", "~~~", "<think>",
    "</think>", "\n", "\r\n", "\n\n", " ", "\t", "\x00", "é", "\u2028", "->", ",", "x",
    "goal", "(on b1 b2)",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, max_size=60).map("".join))
def test_planish_fragments_never_crash(text):
    result = extract_plan(text)
    check_invariants(result)
    if result.status == OK:  # what was found is stable: its IPC text extracts to itself
        assert extract_plan(format_plan(result.plan)).plan == result.plan


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text):
    check_invariants(extract_plan(text))


NAMES = st.from_regex(r"[a-z][a-z0-9_\-]{0,6}", fullmatch=True)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(NAMES, min_size=1, max_size=4), min_size=1, max_size=8),
       st.sampled_from(["{a}", "{i}. {a}", "step {i}: {a}", "- {a} ; c", "{a} [1]"]),
       st.booleans(), st.text(alphabet="abc .:\n", max_size=40))
def test_generated_plans_are_recovered(actions, style, fenced, reasoning):
    acts = ["(" + " ".join(tokens) + ")" for tokens in actions]
    lines = [style.format(a=a.upper() if i % 2 else a, i=i + 1) for i, a in enumerate(acts)]
    body = "\n".join(lines)
    if fenced:
        body = "```pddl\n" + body + "\n```"
    text = f"<think>\n{reasoning}\n(bogus step)\n</think>\n\nThe plan:\n{body}\n"
    result = extract_plan(text)
    if any(tokens[0] in ("and", "or", "not", "imply", "forall", "exists", "when", "define",
                         "either", "increase", "decrease", "assign", "problem", "domain")
           for tokens in actions):
        return  # PDDL keywords are refused as action names on purpose
    assert result.status == OK and list(result.plan) == acts
    assert result.source == ("fence" if fenced else "lines")


def test_cli_extract_plan(tmp_path):
    import subprocess
    import sys
    f = tmp_path / "answer.txt"
    f.write_text("<think>(pickup a)</think>\nHere:\n```\n1. (PICKUP B1)\n2. (stack b1 b2)\n```\n")
    r = subprocess.run([sys.executable, "-m", "iterdeploy.cli", "extract-plan", str(f)],
                       capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout == "(pickup b1)\n(stack b1 b2)\n"
    r = subprocess.run([sys.executable, "-m", "iterdeploy.cli", "extract-plan", "--json"],
                       input="no plan here", capture_output=True, text=True)
    assert r.returncode == 1 and '"status": "NO_PLAN_FOUND"' in r.stdout
