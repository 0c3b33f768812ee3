"""A backend that replays given texts as its completions: for driving the real loop with
chosen model output (hostile text in the tests, a saved transcript when debugging).

`sample` answers the i-th prompt it is asked, counted over the backend's life, with
`texts[i % len(texts)]`, whatever the prompt and seed; `train` learns nothing. The texts
come from `texts` (a list) or `file` (a JSON list of strings, for texts too large for a
config file).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from iterdeploy import IterdeployError
from iterdeploy.backends import Completion, Example, SamplingParams
from iterdeploy.backends.args import ReplayArgs, backend_args


class ReplayBackend:
    """Fake backend: answers with the given texts in turn."""

    def __init__(self, args: ReplayArgs | None = None, **kwargs):
        args = backend_args("replay", args if args is not None else kwargs)
        texts, file = args.texts, args.file
        self.progress = False
        if (texts is None) == (file is None):
            raise IterdeployError("backend.args for 'replay': give exactly one of texts, file")
        if file is not None:
            try:
                texts = json.loads(Path(file).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise IterdeployError(f"{file}: cannot read replay texts: {exc}") from None
        if not texts or not all(isinstance(t, str) for t in texts):
            raise IterdeployError("backend.args for 'replay': texts must be a non-empty list "
                                  "of strings")
        self.texts = list(texts)
        self.calls = 0

    def base(self, out_dir: Path, seed: int, prompt_style: str = "compact") -> None:
        """No base to train."""
        return None

    def set_base(self, path: Path) -> None:
        raise IterdeployError("the replay backend has no trained base model")

    def sample(self, prompts: Sequence[str], seeds: Sequence[int],
               params: SamplingParams) -> list[Completion]:
        """The next len(prompts) texts."""
        out = []
        for _ in prompts:
            text = self.texts[self.calls % len(self.texts)]
            self.calls += 1
            out.append(Completion(text, len(text.split()), finished=True))
        return out

    def train(self, examples: Sequence[Example], out_dir: Path, init: Path | None = None) -> Path:
        """Learns nothing; writes a marker so the model folder is not empty."""
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "replay.json").write_text(json.dumps({"examples": len(examples)}))
        return out_dir

    def load(self, path: Path | None) -> None:
        """Nothing to load: the texts are the model."""

    def logprobs(self, prompts, completions):
        """Not a probabilistic model: log-probabilities are not defined."""
        raise NotImplementedError("the replay backend has no log-probabilities")
