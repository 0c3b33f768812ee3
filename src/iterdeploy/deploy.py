"""Deployment: sample a model on tasks, find each sample's plan, validate it, record it.

`SampleRecord` is one line of `samples.jsonl` (and of `eval_samples.jsonl`, `curated.jsonl`),
built in one place (`Deployment.record`) and read back by `load_samples`. Curation, metrics
and training read records only through this class.

The `samples.jsonl` schema, version 3 (each line is one JSON object with sorted keys):

=================  ===========  ==========================================================
key                type         meaning
=================  ===========  ==========================================================
v                  int          schema version, 3
task_id            str          the task (`tasks/tasks.jsonl`)
sample             int          sample index within the task, 0 .. k-1
generation         int          the model that wrote it (0: the base model)
seed               int          the sampling seed, derived from (run seed, generation,
                                task, sample)
text               str          the model's completion, verbatim
extraction         str          the plan extractor's status: OK, EMPTY_PLAN, NO_PLAN_FOUND,
                                TRUNCATED or UNTERMINATED_THINK (`planning.extract`)
plan               list | null  the extracted plan, one normalised action per item; `[]` for
                                an explicit empty plan; null when no plan was extracted
validation         str | null   the validator's status (VALID, PARSE_ERROR, UNKNOWN_ACTION,
                                WRONG_ARITY, UNKNOWN_OBJECT, TYPE_MISMATCH,
                                PRECONDITION_FALSE, GOAL_NOT_REACHED); null when there
                                was no plan to validate
status             str          validation, or extraction when there was no plan: one status
                                per sample, for readers that want one (not read back)
valid              bool         the plan is valid (validation == VALID)
accepted           bool         the curation-time validator accepts it (`curation.validator`,
                                `iterdeploy.imperfect`); equal to valid with the true one
shows_bias         bool         the sample shows that validator's bias (see
                                `iterdeploy.imperfect`); false with the true one
failed_step        int | null   1-based step the validator rejected, else null
reason             str          why: the validator's reason, or the extractor's when there
                                was no plan; cut to 300 characters
plan_length        int          actions in the plan (0 without one)
reasoning_tokens   int          whitespace-separated words of reasoning before the plan
new_tokens         int          tokens the model generated
finished           bool         false when generation stopped at max_new_tokens
=================  ===========  ==========================================================

Versions 1 and 2 still load. Version 2 (before the curation-time verdict was kept) was
curated with the true validator: `accepted` becomes `valid`, `shows_bias` false. Version 1
(no `v` key, written before the extractor's status was kept) also has its `status` become
`validation`, or `extraction` NO_PLAN_FOUND when it was NO_PLAN_FOUND, and its empty plans
(stored as null) become `[]`. A newer version than this code knows is refused with a message
that names it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from tqdm import tqdm

from iterdeploy import IterdeployError, prompts
from iterdeploy.backends import Example, SamplingParams
from iterdeploy.imperfect import Judge, make_judge
from iterdeploy.planning.extract import extract_plan
from iterdeploy.planning.pddl import parse_domain, parse_problem
from iterdeploy.planning.validate import Task
from iterdeploy.pool import PoolTask
from iterdeploy.rundir import Appender, read_jsonl, write_jsonl
from iterdeploy.seeding import derive_seed

SCHEMA_VERSION = 3
_MAX_REASON = 300  # characters of a reason kept in a record (a reason can quote a 1 MB name)


@dataclass(frozen=True)
class SampleRecord:
    """One sampled trace, its plan and both verdicts (a line of `samples.jsonl`)."""

    task_id: str
    sample: int
    generation: int
    seed: int
    text: str
    extraction: str
    plan: tuple[str, ...] | None
    validation: str | None
    valid: bool
    accepted: bool
    shows_bias: bool
    failed_step: int | None
    reason: str
    plan_length: int
    reasoning_tokens: int
    new_tokens: int
    finished: bool

    @property
    def status(self) -> str:
        """The validator's status, or the extractor's when there was no plan to validate."""
        return self.validation if self.validation is not None else self.extraction

    def to_json(self) -> dict:
        """The JSON object of one line (plan as a list)."""
        d = asdict(self)
        d["plan"] = None if self.plan is None else list(self.plan)
        return {"v": SCHEMA_VERSION, **d, "status": self.status}

    @classmethod
    def from_json(cls, row: dict, where: str = "<record>") -> "SampleRecord":
        """A record from a line of any known schema version; `where` names it in errors."""
        version = row.get("v", 1)
        if version == 1:
            row = _upgrade_v2(_upgrade_v1(row))
        elif version == 2:
            row = _upgrade_v2(row)
        elif version != SCHEMA_VERSION:
            raise IterdeployError(
                f"{where}: sample record schema version {version!r}; this iterdeploy reads "
                f"versions 1 to {SCHEMA_VERSION} (a newer iterdeploy wrote it: upgrade)")
        names = [f.name for f in fields(cls)]
        missing = [n for n in names if n not in row]
        if missing:
            raise IterdeployError(f"{where}: sample record lacks {', '.join(missing)}")
        values = {n: row[n] for n in names}
        if values["plan"] is not None:
            values["plan"] = tuple(values["plan"])
        return cls(**values)


def _upgrade_v1(row: dict) -> dict:
    """A version-1 line (one `status`, empty plans as null) in version-2 keys."""
    row = dict(row)
    status = row.pop("status")
    if status == "NO_PLAN_FOUND":
        row.update(extraction="NO_PLAN_FOUND", validation=None, plan=None)
    else:
        row.update(extraction="OK" if row.get("plan") else "EMPTY_PLAN",
                   validation=status, plan=row.get("plan") or [])
    row.setdefault("reason", "")
    return row


def _upgrade_v2(row: dict) -> dict:
    """A version-2 line (curated with the true validator) in version-3 keys."""
    return {"accepted": row.get("valid"), "shows_bias": False, **row}


def load_samples(path: Path) -> list[SampleRecord]:
    """The records of a samples file (a torn last line from a kill is dropped)."""
    return [SampleRecord.from_json(row, f"{path}:{i}")
            for i, row in enumerate(read_jsonl(path), 1)]


def write_samples(path: Path, records) -> None:
    """Records to a JSONL file, atomically."""
    write_jsonl(path, [r.to_json() for r in records])


class Deployment:
    """Prompts, validation and sample records for the tasks of one run."""

    def __init__(self, task_dir: Path, tasks: list[PoolTask], *, seed: int, prompt_style: str,
                 params: SamplingParams, batch_size: int, judge: Judge | None = None):
        self.seed, self.prompt_style = seed, prompt_style
        self.judge = judge or make_judge("exact")  # the curation-time validator
        self.params, self.batch_size = params, batch_size
        self.by_id: dict[str, PoolTask] = {}
        self._compiled: dict[str, Task] = {}
        self._prompt: dict[str, str] = {}
        self._domains: dict[str, tuple] = {}
        self.add(task_dir, tasks)

    def add(self, task_dir: Path, tasks: list[PoolTask]) -> None:
        """Make more tasks deployable (a refreshed pool); tasks already known are skipped."""
        for t in tasks:
            if t.id in self.by_id:
                continue
            self.by_id[t.id] = t
            if t.domain not in self._domains:
                text = (task_dir / "domains" / f"{t.domain}.pddl").read_text()
                self._domains[t.domain] = (text, parse_domain(text))
            dom_text, dom = self._domains[t.domain]
            prob_text = (task_dir / t.problem_file).read_text()
            problem = parse_problem(prob_text, dom, str(task_dir / t.problem_file))
            self._compiled[t.id] = Task(dom, problem)
            self._prompt[t.id] = prompts.prompt_for(self.prompt_style, dom, problem, prob_text,
                                                    dom_text)

    def prompt(self, task_id: str) -> str:
        """The prompt a task is deployed with."""
        return self._prompt[task_id]

    def validate(self, task_id: str, plan: list[str]):
        """The validator's result for a plan of a task."""
        return self._compiled[task_id].validate(plan)

    def target(self, plan: list[str]) -> str:
        """A plan as the completion the model is trained on (no reasoning)."""
        return prompts.completion_for(plan, self.prompt_style)

    def deploy(self, backend, tasks: list[PoolTask], generation: int, k: int, path: Path,
               progress: bool) -> list[SampleRecord]:
        """k validated samples per task, appended batch by batch; resumes a partial file."""
        if path.exists():
            return load_samples(path)
        partial = Appender(path.with_suffix(".partial.jsonl"))
        done = {(r["task_id"], r["sample"]) for r in partial.rows}
        todo = [(t, i) for t in tasks for i in range(k) if (t.id, i) not in done]
        bar = tqdm(total=len(todo), desc=f"gen {generation} {path.stem}", unit="sample",
                   disable=not progress, leave=False)
        for start in range(0, len(todo), self.batch_size):
            chunk = todo[start:start + self.batch_size]
            seeds = [derive_seed(self.seed, generation, t.id, i) for t, i in chunk]
            outs = backend.sample([self._prompt[t.id] for t, _ in chunk], seeds, self.params)
            partial.extend([self.record(t, i, generation, s, o).to_json()
                            for (t, i), s, o in zip(chunk, seeds, outs)])
            bar.update(len(chunk))
        bar.close()
        partial.close()
        records = sorted((SampleRecord.from_json(r, str(partial.path)) for r in partial.rows),
                         key=lambda r: (r.task_id, r.sample))
        write_samples(path, records)
        partial.path.unlink()
        return records

    def record(self, task: PoolTask, index: int, generation: int, seed: int,
               out) -> SampleRecord:
        """The one place a sample record is built: extract the plan, validate it with the
        true validator and with the curation-time one."""
        ex = extract_plan(out.text)
        compiled = self._compiled[task.id]
        r = None if ex.plan is None else compiled.validate(list(ex.plan))
        if r is None:
            validation, valid, failed, length, reason = None, False, None, 0, ex.reason
        else:
            validation, valid, failed, length, reason = (r.status, r.valid, r.failed_step,
                                                         r.plan_length, r.reason)
        accepted, shows_bias = self.judge(compiled, ex.plan, r, seed)
        return SampleRecord(
            task_id=task.id, sample=index, generation=generation, seed=seed, text=out.text,
            extraction=ex.status, plan=ex.plan, validation=validation, valid=valid,
            accepted=accepted, shows_bias=shows_bias, failed_step=failed,
            reason=reason[:_MAX_REASON], plan_length=length,
            reasoning_tokens=self._reasoning_tokens(out.text, ex.plan),
            new_tokens=out.new_tokens, finished=out.finished)

    def rejudge(self, record: SampleRecord) -> SampleRecord:
        """The record as this deployment's curation-time validator sees it (same seed, so the
        same false-acceptance coin as when sampled under it); the true verdict is unchanged."""
        compiled = self._compiled[record.task_id]
        truth = None if record.plan is None else compiled.validate(list(record.plan))
        accepted, shows_bias = self.judge(compiled, record.plan, truth, record.seed)
        return replace(record, accepted=accepted, shows_bias=shows_bias)

    def _reasoning_tokens(self, text: str, plan) -> int:
        reasoning = prompts.reasoning_of(text, plan, self.prompt_style)
        return len(reasoning.split()) if reasoning else 0

    def example(self, record: SampleRecord) -> Example:
        """A curated record as a training example (prompt, reasoning + plan)."""
        reasoning = prompts.reasoning_of(record.text, record.plan, self.prompt_style)
        completion = prompts.completion_for(list(record.plan or ()), self.prompt_style,
                                            reasoning or "")
        return Example(self._prompt[record.task_id], completion)
