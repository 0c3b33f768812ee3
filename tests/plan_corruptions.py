"""Systematic corruptions of a valid plan and the verdicts the validator must give them.

Shared by the tests on BFS-optimal plans (test_validate.py) and on Fast Downward's reference
plans for IPC problems (test_ipc_reference_plans.py).
"""
from iterdeploy.planning.validate import Task


def _fields(step: str) -> list[str]:
    return step.strip().strip("()").split()


def _line(fields) -> str:
    return "(" + " ".join(fields) + ")"


def _replace(plan: list[str], k: int, *new: str) -> list[str]:
    return plan[:k] + list(new) + plan[k + 1:]


def check_corruptions(task: Task, plan: list[str], *, minimal: bool = True) -> None:
    """Assert the status and failing step of every corrupted copy of `plan`.

    `plan` must be a valid plan found by forward search (no proper prefix reaches the goal).
    With `minimal` (e.g. an optimal plan) no step can be dropped without breaking it;
    otherwise a dropped step may leave a valid plan only if that step was redundant.
    """
    n = len(plan)
    r = task.validate(plan)
    assert r.valid and r.plan_length == n, r

    def verdict(p):
        r = task.validate(p)
        return r.status, r.failed_step

    # truncated: every proper prefix applies and misses the goal
    for k in range(n):
        r = task.validate(plan[:k])
        assert (r.status, r.failed_step, r.plan_length) == ("GOAL_NOT_REACHED", None, k)
    dropped_valid = 0
    for k in range(n):
        s = _fields(plan[k])
        # unknown action at step k
        assert verdict(_replace(plan, k, _line(["zz-" + s[0], *s[1:]]))) == \
            ("UNKNOWN_ACTION", k + 1)
        # one argument too many (VAL segfaults or accepts it; must be WRONG_ARITY)
        extra = s[-1] if len(s) > 1 else "x"
        assert verdict(_replace(plan, k, _line([*s, extra]))) == ("WRONG_ARITY", k + 1)
        if len(s) > 1:
            # one argument too few
            assert verdict(_replace(plan, k, _line(s[:-1]))) == ("WRONG_ARITY", k + 1)
            # an undeclared object
            assert verdict(_replace(plan, k, _line([*s[:-1], "nosuchobj"]))) == \
                ("UNKNOWN_OBJECT", k + 1)
        # a dropped step
        r = task.validate(plan[:k] + plan[k + 1:])
        if r.valid:
            dropped_valid += 1
            assert not minimal, f"step {k + 1} of a minimal plan was redundant"
        else:
            assert r.status in ("PRECONDITION_FALSE", "GOAL_NOT_REACHED"), r
            assert r.failed_step is None or r.failed_step >= k + 1, r
    # swapped adjacent steps: valid only if the two steps are independent; a failure can
    # only show at or after the first swapped step
    for k in range(n - 1):
        r = task.validate(plan[:k] + [plan[k + 1], plan[k]] + plan[k + 2:])
        if not r.valid:
            assert r.failed_step is None or r.failed_step >= k + 1, r
    # case and comments do not matter
    assert task.validate("\n".join(p.upper() + " ; c" for p in plan)).valid
