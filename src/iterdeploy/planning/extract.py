"""Plan extraction: find the plan in free text written by a language model.

`extract_plan(text)` returns an `Extraction` (plan, status, reason, source) and never raises
for a `str`, whatever it holds: megabytes, NUL bytes, 100,000 nested parentheses, no newline.
The scan is line by line with anchored, bounded regular expressions (no nested quantifiers
over the same characters), so its time is linear in the length of the text.

What counts as a plan line (after collapsing whitespace, case-insensitive): an optional
prefix (block quote `>`, bullet `-`/`*`/`+`/`•`, markdown bold `**1.**`, a step number `1.`,
`1:`, `1)`, `step 1:`, `Step 1 -`, or an IPC temporal timestamp `0.000:`), then one or more
actions `(name arg ...)` (separated by spaces, commas, backticks or arrows `->`), then an
optional duration `[1]`, then nothing, a `.`/`,`, or a comment/explanation that starts
with `;`, `#`, `//`, `%`, `:` or a dash. An action has exactly one level of parentheses; its
name starts with a letter and is not `:keyword` nor a PDDL connective (`and`, `not`, ...);
names and arguments are PDDL names (ASCII letters, digits, `-`, `_`). Actions are
normalised to lower case with single spaces: `(pick-up b1 b2)`.

How the plan is chosen:

1. Reasoning is skipped: only the text after the last `</think>` is searched (Qwen3 writes
   `<think>...</think>` then the answer). If a `<think>` opens after that and never closes,
   the search stops at it; with no plan before it the status is `UNTERMINATED_THINK` (the
   model ran out of tokens while thinking), whatever plan-like lines the reasoning holds.
2. A *candidate* is a run of plan lines. Blank lines and `;` comment lines inside a run do
   not break it; any other line (prose, PDDL) does, except that a numbered line that
   continues the numbering of the previous run (`2.` after `1.` with an explanation between)
   extends it, and a step numbered 1 right after numbered steps starts a new candidate.
   Fenced code blocks (```` ``` ````, ```` ```pddl ````, `~~~`) also start new candidates.
3. Bare lines inside an open PDDL s-expression (the `(on a b)` lines of an echoed `(:init`
   or `(:goal (and` block) are not plan lines: a running parenthesis depth is kept over
   lines that start with `(`, `)` or `:`, and reset by prose and numbered plan lines.
4. The plan is the last complete candidate from a fenced block if there is one, else the
   last complete candidate from the unfenced text. A candidate is *truncated* when the
   text ends in the middle of one of its lines (`(stack b1`, `(a b) (c`, or a lone `3.`);
   a truncated candidate is used only to report `TRUNCATED` when no complete one exists.
5. A closed fence that holds nothing but blank and comment lines is an explicit empty plan
   (`EMPTY_PLAN`, plan `()`), used when no candidate with actions exists.

Ambiguity, decided on purpose: a goal atom alone on a line, `(on b1 b2)`, looks exactly like a
one-step plan, and a parenthesised phrase alone on a line `(see above)` like an action; when
such a line is the last candidate it is taken (the validator then rejects it). Inline
labels (`Plan: (a b)`) are not plan lines, so `Goal: (on b1 b2)` never is one either.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A plan was found (`plan` holds at least one action).
OK = "OK"
#: An explicit empty plan: a closed code fence with no action in it; `plan` is `()`.
EMPTY_PLAN = "EMPTY_PLAN"
#: Nothing plan-like in the answer.
NO_PLAN_FOUND = "NO_PLAN_FOUND"
#: The only plan-like text is cut off mid-line at the end of the text.
TRUNCATED = "TRUNCATED"
#: `<think>` was never closed and no plan precedes it: the answer never started.
UNTERMINATED_THINK = "UNTERMINATED_THINK"

#: Every status `extract_plan` can return.
STATUSES = (OK, EMPTY_PLAN, NO_PLAN_FOUND, TRUNCATED, UNTERMINATED_THINK)


@dataclass(frozen=True)
class Extraction:
    """What `extract_plan` found: a plan (or None) with a status, a reason and its source."""

    plan: tuple[str, ...] | None  # normalised actions; a tuple iff status is OK or EMPTY_PLAN
    status: str  # one of STATUSES
    reason: str  # human-readable
    source: str  # "fence", "lines" or "none"

    @property
    def ok(self) -> bool:
        """True when a non-empty plan was found."""
        return self.status == OK

    def to_dict(self) -> dict:
        """JSON-ready dict (plan as a list or None)."""
        return {
            "status": self.status,
            "reason": self.reason,
            "source": self.source,
            "plan": None if self.plan is None else list(self.plan),
        }


def format_plan(plan) -> str:
    """Plan actions -> IPC plan text, one action per line, with a trailing newline."""
    return "".join(f"{action}\n" for action in plan)


# --- regular expressions: each anchored, on one whitespace-collapsed line ---------------

_A = re.ASCII
_THINK_OPEN = re.compile(r"<think>", re.IGNORECASE | _A)
_THINK_CLOSE = re.compile(r"</think>", re.IGNORECASE | _A)
# Everything is optional, so the greedy path always matches and nothing backtracks far.
_PREFIX = re.compile(
    r"(?:> ?)*"                                  # block quotes
    r"(?:[-+\u2022] ?|\* )?"                     # bullet
    r"(?:\*\*|__)?"                              # bold open
    r"(?:(?:step ?)?(?P<num>[0-9]{1,9})(?P<frac>\.[0-9]{1,12})?)?"  # step / timestamp
    r" ?[.:)\-\u2013\u2014]?"
    r"(?:\*\*|__)?"                              # bold close
    r" ?[.:)\-\u2013\u2014]? ?`*",
    re.IGNORECASE | _A,
)
_ACTION = re.compile(r"\(([^()]*)\)")
_SEP = re.compile(r"(?:[ ,`*_]|->|=>|\u2192)*")
_DURATION = re.compile(r"\[[^\[\]]{0,64}\] ?[`*]*")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*", _A)
_ARG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*", _A)
_PARTIAL_TOKEN = re.compile(r"[A-Za-z0-9_\-]+", _A)
_COMMENT_STARTS = (";", "#", "//", "%", ":", "-", "\u2013", "\u2014")
_KEYWORDS = frozenset(
    {"and", "or", "not", "imply", "forall", "exists", "when", "define", "either",
     "increase", "decrease", "assign", "problem", "domain"}
)

# Line kinds.
_PLAN, _PARTIAL, _OTHER = "plan", "partial", "other"


def _action(content: str) -> str | None:
    """'pick-up B1  b2' -> '(pick-up b1 b2)', or None if it is not a ground action."""
    tokens = content.split()
    if not tokens or not _NAME.fullmatch(tokens[0]) or tokens[0].lower() in _KEYWORDS:
        return None
    if not all(_ARG.fullmatch(t) for t in tokens[1:]):
        return None
    return "(" + " ".join(tokens).lower() + ")"


def _partial_ok(content: str) -> bool:
    """Could `content` be the start of an action cut off by the end of the text?"""
    tokens = content.split()
    if not tokens:
        return True
    return tokens[0][:1].isascii() and tokens[0][:1].isalpha() and all(
        _PARTIAL_TOKEN.fullmatch(t) for t in tokens)


def _classify(line: str, last: bool) -> tuple[str, list[str], int | None]:
    """One stripped, non-blank line -> (kind, actions, step number)."""
    s = " ".join(line.split())
    m = _PREFIX.match(s)
    pos = m.end()
    step = int(m["num"]) if m["num"] is not None and m["frac"] is None else None
    actions: list[str] = []
    while True:
        am = _ACTION.match(s, pos)
        if am is None:
            break
        action = _action(am[1])
        if action is None:
            return _OTHER, [], None
        actions.append(action)
        pos = _SEP.match(s, am.end()).end()
    rest = s[pos:]
    if not actions:
        if last and m["num"] is not None and not rest:
            return _PARTIAL, [], step  # a lone "3." at the very end
        if last and rest[:1] == "(" and ")" not in rest and "(" not in rest[1:] \
                and _partial_ok(rest[1:]):
            return _PARTIAL, [], step
        return _OTHER, [], None
    if rest.startswith("["):
        dm = _DURATION.match(rest)
        if dm is not None:
            rest = rest[dm.end():]
    if not rest or rest in (".", ",") or rest.startswith(_COMMENT_STARTS):
        return _PLAN, actions, step
    if last and rest[:1] == "(" and ")" not in rest and "(" not in rest[1:] \
            and _partial_ok(rest[1:]):
        return _PARTIAL, actions, step
    return _OTHER, [], None


@dataclass
class _Candidate:
    """A run of plan lines."""

    fence: bool
    actions: list[str] = field(default_factory=list)
    truncated: bool = False
    last_step: int | None = None


def _answer_region(text: str) -> tuple[str, bool, bool]:
    """Text after reasoning -> (region, reaches end of text, an unclosed <think> follows)."""
    start = 0
    for m in _THINK_CLOSE.finditer(text):
        start = m.end()
    opened = _THINK_OPEN.search(text, start)
    if opened is None:
        return text[start:], True, False
    return text[start:opened.start()], False, True


def _scan(region: str, at_end: bool):
    """Region -> (candidates in order, number of closed fences with no action in them)."""
    lines = region.split("\n")
    last = -1
    if at_end:
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].strip():
                last = i
                break
    candidates: list[_Candidate] = []
    cur: _Candidate | None = None
    adjacent = False  # only blank/comment lines since the last plan line of `cur`
    depth = 0  # open parentheses of an echoed PDDL s-expression
    in_fence, fence_char, fence_len, fence_empty = False, "", 0, True
    empty_fences = 0
    for i, raw in enumerate(lines):
        st = raw.strip()
        if not st:
            continue
        if st[0] in "`~" and st.startswith(("```", "~~~")):
            ch = st[0]
            n = len(st) - len(st.lstrip(ch))
            info = st[n:].strip()
            if in_fence and ch == fence_char and n >= fence_len and not info:
                if fence_empty:
                    empty_fences += 1
                in_fence, cur, adjacent, depth = False, None, False, 0
                continue
            if not in_fence and not (ch == "`" and "`" in info):
                in_fence, fence_char, fence_len, fence_empty = True, ch, n, True
                cur, adjacent, depth = None, False, 0
                continue
        if st[0] == ";":
            continue
        fence_empty = False
        kind, actions, step = _classify(st, i == last)
        bare = st[0] == "("
        if kind != _OTHER and bare and depth > 0:
            kind = _OTHER  # an atom inside an echoed (:init ... or (:goal (and ...
        if kind == _OTHER:
            adjacent = False
            if st[0] in "():":
                depth = max(0, depth + st.count("(") - st.count(")"))
            else:
                depth = 0
            continue
        if not bare:
            depth = 0
        numbered_next = (cur is not None and step is not None and cur.last_step is not None
                         and step == cur.last_step + 1)
        restart = step == 1 and cur is not None and cur.last_step is not None
        if cur is None or not (numbered_next or (adjacent and not restart)):
            cur = _Candidate(fence=in_fence)
            candidates.append(cur)
        cur.actions.extend(actions)
        cur.last_step = step
        if kind == _PARTIAL:
            cur.truncated = True
        adjacent = True
    if in_fence and fence_empty and at_end:
        candidates.append(_Candidate(fence=True, truncated=True))  # "```pddl" then cut off
    return candidates, empty_fences


def extract_plan(text: str) -> Extraction:
    """Find the plan in free model text; never raises for a str (TypeError otherwise)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_plan needs a str, not {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    region, at_end, unclosed_think = _answer_region(text)
    candidates, empty_fences = _scan(region, at_end)
    complete = [c for c in candidates if not c.truncated and c.actions]
    fenced = [c for c in complete if c.fence]
    for pool, where in ((fenced, "fenced block"), (complete, "run of plan lines")):
        if pool:
            best = pool[-1]
            return Extraction(
                tuple(best.actions), OK,
                f"{len(best.actions)} action(s) from the last complete {where} "
                f"({len(candidates)} candidate(s) in the answer)",
                "fence" if best.fence else "lines")
    if empty_fences:
        return Extraction((), EMPTY_PLAN, "the answer's code block holds no action", "fence")
    if candidates:
        cut = candidates[-1]
        return Extraction(
            None, TRUNCATED,
            f"the text is cut off mid-plan after {len(cut.actions)} complete action(s), "
            "and no complete plan precedes it",
            "fence" if cut.fence else "lines")
    if unclosed_think:
        return Extraction(None, UNTERMINATED_THINK,
                          "<think> is never closed: the text holds reasoning but no answer",
                          "none")
    return Extraction(None, NO_PLAN_FOUND, "no plan line in the answer", "none")
