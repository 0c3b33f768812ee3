"""A deterministic fake model for tests of the loop: runs in milliseconds, no torch.

It reads the PDDL domain and problem out of a full-style prompt, and "can solve" a task when
the task's size (its number of objects) is at most its capability: then it answers with a
shortest plan (BFS), sometimes padded with a useless pair of steps, sometimes garbled, as
decided by the sample's seed. Beyond its capability it writes a plausible but wrong plan.
Training "teaches" it: its capability becomes one more than the largest task size in the
training data, the way a fine-tuned model extrapolates a little beyond its data. Everything
is a pure function of (prompt, seed, capability), so runs are reproducible and resumable.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Sequence

from iterdeploy import IterdeployError
from iterdeploy.backends import Completion, Example, SamplingParams
from iterdeploy.backends.args import ScriptedArgs, backend_args
from iterdeploy.planning.ground import applicable, bfs
from iterdeploy.planning.pddl import parse_domain, parse_problem
from iterdeploy.planning.validate import Task

_DEFINE = re.compile(r"\(define\s+\((domain|problem)\b", re.IGNORECASE)


def _split_pddl(prompt: str) -> tuple[str, str]:
    """The domain and problem definitions embedded in a full-style prompt."""
    blocks = {}
    for m in _DEFINE.finditer(prompt):
        depth, i = 0, m.start()
        for i in range(m.start(), len(prompt)):
            if prompt[i] == "(":
                depth += 1
            elif prompt[i] == ")":
                depth -= 1
                if depth == 0:
                    break
        blocks.setdefault(m.group(1).lower(), prompt[m.start():i + 1])
    if set(blocks) != {"domain", "problem"}:
        raise ValueError("the scripted backend needs full-style prompts with PDDL in them")
    return blocks["domain"], blocks["problem"]


class ScriptedBackend:
    """Fake backend: solves tasks of up to `capability` objects, learns from its data."""

    def __init__(self, args: ScriptedArgs | None = None, **kwargs):
        args = backend_args("scripted", args if args is not None else kwargs)
        self.base_capability = args.capability
        self.capability = args.capability
        self.noise = args.noise
        self.max_states = args.max_states
        self.progress = False
        self._plans: dict[str, list[str] | None] = {}

    def base(self, out_dir: Path, seed: int, prompt_style: str = "compact") -> None:
        """No base to train: the scripted model starts at its capability."""
        return None

    def set_base(self, path: Path) -> None:
        raise IterdeployError("the scripted backend has no trained base model")

    def _task(self, prompt: str) -> Task:
        dom_text, prob_text = _split_pddl(prompt)
        d = parse_domain(dom_text)
        return Task(d, parse_problem(prob_text, d))

    def _size(self, prompt: str) -> int:
        return len(self._task(prompt).problem.objects)

    def _answer(self, prompt: str, seed: int) -> str:
        task = self._task(prompt)
        rng = random.Random(seed)
        if prompt not in self._plans:
            self._plans[prompt] = bfs(task, self.max_states)
        plan = self._plans[prompt]
        size = len(task.problem.objects)
        if plan is not None and size <= self.capability and rng.random() >= self.noise:
            plan = list(plan)
            if rng.random() < 0.5:  # a valid but longer plan: a useless detour
                detour = self._detour(task)
                if detour:
                    plan = detour + plan
            body = "\n".join(plan)
        else:  # a wrong plan: the first applicable actions, then a made-up step
            state = set(task.init)
            steps = []
            for _ in range(3):
                options = list(applicable(task, frozenset(state)))
                if not options:
                    break
                name, args = options[rng.randrange(len(options))]
                task.apply(state, name, args)
                steps.append("(" + " ".join((name, *args)) + ")")
            steps.append("(" + " ".join(rng.choice(list(task.schemas))
                                        .split()) + " nothing)")
            body = "\n".join(steps)
        return f"<think>\nsize {size}\n</think>\n\n```\n{body}\n```"

    @staticmethod
    def _detour(task: Task) -> list[str]:
        """An action and its inverse, if one exists (e.g. pick-up then put-down)."""
        state = frozenset(task.init)
        for name, args in applicable(task, state):
            pre, neg, add, dele, _ = task.ground(name, args)
            nxt = (state - dele) | add
            for n2, a2 in applicable(task, nxt):
                _, _, add2, dele2, _ = task.ground(n2, a2)
                if (nxt - dele2) | add2 == state:
                    return ["(" + " ".join((name, *args)) + ")",
                            "(" + " ".join((n2, *a2)) + ")"]
        return []

    def sample(self, prompts: Sequence[str], seeds: Sequence[int],
               params: SamplingParams) -> list[Completion]:
        """One completion per (prompt, seed)."""
        out = []
        for prompt, seed in zip(prompts, seeds):
            text = self._answer(prompt, seed)
            words = text.split()
            if len(words) > params.max_new_tokens:
                out.append(Completion(" ".join(words[:params.max_new_tokens]),
                                      params.max_new_tokens, finished=False))
            else:
                out.append(Completion(text, len(words), finished=True))
        return out

    def train(self, examples: Sequence[Example], out_dir: Path, init: Path | None = None) -> Path:
        """Capability = 1 + the largest task size in the data (or the starting capability)."""
        start = self.base_capability
        if init is not None:
            start = json.loads((Path(init) / "scripted.json").read_text())["capability"]
        sizes = [self._size(e.prompt) for e in examples]
        self.capability = max([start] + [s + 1 for s in sizes])
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "scripted.json").write_text(json.dumps({"capability": self.capability}))
        return out_dir

    def load(self, path: Path | None) -> None:
        """Capability saved at `path` (None: the base capability)."""
        if path is None or not (Path(path) / "scripted.json").exists():
            self.capability = self.base_capability
        else:
            self.capability = json.loads((Path(path) / "scripted.json").read_text())["capability"]

    def logprobs(self, prompts, completions):
        """Not a probabilistic model: log-probabilities are not defined."""
        raise NotImplementedError("the scripted backend has no log-probabilities")
