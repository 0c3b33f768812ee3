"""A fork server for Fast Downward's translator (run as `python -m` by planner.py).

Starting `python -m fast_downward.translate` costs ~70 ms of interpreter start and imports
before ~30 ms of work on a small task, and a pool build translates hundreds of tasks. This
process imports the translator once and forks a child per request, so every translation
starts from the same pristine, freshly imported state (the translator keeps module-level
state, so it is never run in this process itself) and the output is byte-identical to a
fresh `python -m fast_downward.translate` with the same hash seed.

Protocol, one JSON object per line: the request {"domain", "problem", "sas", "log",
"timeout"} (paths; seconds) on stdin, the reply {"code": exit code} on stdout, with the
exit codes of `python -m fast_downward.translate` (0 ok, 20 out of memory, 21 out of time,
30 crash, 31 input error). The server exits at the end of its input.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import traceback

OUT_OF_MEMORY, OUT_OF_TIME, CRITICAL_ERROR, INPUT_ERROR = 20, 21, 30, 31


def _child(req: dict) -> int:
    """Translate one task in a freshly forked process; returns the exit code."""
    from fast_downward.translate import main, options, pddl_parser

    log = os.open(req["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    signal.setitimer(signal.ITIMER_REAL, max(float(req["timeout"]), 0.001))  # kills us
    try:
        options.set_options([req["domain"], req["problem"], "--sas-file", req["sas"]])
        main.main()
        return 0
    except MemoryError:
        return OUT_OF_MEMORY
    except pddl_parser.ParseError as exc:
        print(exc)
        return INPUT_ERROR
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else CRITICAL_ERROR
    except BaseException:  # noqa: BLE001 - report any crash as the translator would
        traceback.print_exc()
        return CRITICAL_ERROR


def serve(inp=sys.stdin, out=sys.stdout) -> None:
    """Answer translation requests until the end of `inp`."""
    import fast_downward.translate.main  # noqa: F401 - imported once, before any fork

    for line in inp:
        if not line.strip():
            continue
        req = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the child never returns into the loop
            code = 1
            try:
                code = _child(req)
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status):
            code = os.WEXITSTATUS(status)
        elif os.WTERMSIG(status) == signal.SIGALRM:
            code = OUT_OF_TIME
        else:
            code = -os.WTERMSIG(status)
        out.write(json.dumps({"code": code}) + "\n")
        out.flush()


if __name__ == "__main__":
    serve()
