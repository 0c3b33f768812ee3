"""SFT on validator-accepted samples = REINFORCE with a binary reward, checked numerically.

docs/theory.md derives the identities; here they are checked on the gradients of a small
Llama model of the tiny backend, with completions it really sampled for Blocksworld tasks and
that the project's `Deployment` validated (some valid, some not). Two independent paths:

- the SFT side goes through the backend's training loss: `lean.completion_nll` (per-example
  mean token NLL) on batches built by the tiny backend, weighted as `TinyBackend._fit` weighs
  them (checked against the loss the backend reports for a training step);
- the REINFORCE side through the library forward (`model(input_ids).logits`), summing the
  completion's token log-probabilities (checked against `backend.logprobs`), with the reward
  `iterdeploy.curation.reward` on every sample, valid or not.

Each identity is "the two gradients are parallel (cosine >= 0.99999) and their norms have
the stated ratio (to 0.1 %)". The last tests corrupt one ingredient at a time and assert that
the same check then fails, so a pass is not an accident of the data.
"""
import math

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from iterdeploy.backends import Example, SamplingParams, make_backend  # noqa: E402
from iterdeploy.backends.lean import completion_nll  # noqa: E402
from iterdeploy.config import GroupConfig  # noqa: E402
from iterdeploy.corpus import build_corpus  # noqa: E402
from iterdeploy.curation import reward  # noqa: E402
from iterdeploy.deploy import Deployment  # noqa: E402
from iterdeploy.pool import build_pool  # noqa: E402

COSINE = 0.99999
SCALE_TOL = 1e-3
SMALL = {"hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 4,
         "intermediate_size": 64}
FIGURES: dict[str, tuple[float, float]] = {}  # name -> (cosine, norm ratio / stated factor)


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A briefly pre-trained tiny model, its samples for 2-3 block tasks (validated), and a
    second model fine-tuned a little from it (the off-policy case's current policy)."""
    root = tmp_path_factory.mktemp("theory")
    backend = make_backend("tiny", model=SMALL, finetune={"steps": 3, "batch_size": 16,
                                                           "lr": 1e-3, "warmup": 1})
    backend.progress = False
    corpus = build_corpus(seed=0, groups=[{"domain": "blocksworld",
                                           "sizes": {"blocks": [2, 3]}, "n": 300}],
                          name_pool=12, progress=False)
    backend.pretrain(corpus, root / "base", steps=200, batch_size=16, lr=6e-3, warmup=5)
    tasks = build_pool([GroupConfig(vary={"blocks": [2, 3]}, per_size=4, eval_per_size=0)],
                       0, root / "tasks", reference="none", progress=False)
    deployment = Deployment(root / "tasks", tasks, seed=0, prompt_style="compact",
                            params=SamplingParams(temperature=1.0, top_p=1.0, max_new_tokens=64), batch_size=64)
    samples = deployment.deploy(backend, tasks, 0, 8, root / "samples.jsonl", progress=False)
    items = [(deployment.prompt(r.task_id), r.text, r) for r in samples]
    valid = sum(reward(r) for r in samples)
    assert 2 <= valid <= len(samples) - 2, f"need valid and invalid samples, got {valid}"
    print(f"\n{len(samples)} samples of {len(tasks)} tasks, {int(valid)} valid")
    backend.train(corpus[:48], root / "current")  # 3 small steps away from the base
    return {"backend": backend, "items": items, "base": root / "base",
            "current": root / "current", "root": root}


def _model(path):
    import transformers

    model = transformers.LlamaForCausalLM.from_pretrained(path)
    model.eval()
    return model


# ----------------------------------------------------------------------------- gradients


def _flat_grad(model, value) -> torch.Tensor:
    params = list(model.parameters())
    grads = torch.autograd.grad(value, params, allow_unused=True)
    return torch.cat([(g if g is not None else torch.zeros_like(p)).reshape(-1)
                      for g, p in zip(grads, params)]).double()


def _seq_logprob(backend, model, prompt, completion):
    """log pi(completion | prompt) through the library forward, and its token count."""
    x, y, _ = backend._encode_example(Example(prompt, completion))
    logits = model(input_ids=torch.tensor([x])).logits[0, :-1].float()
    target = torch.tensor(y[1:])
    keep = target != -100
    lp = torch.log_softmax(logits, -1)[keep].gather(1, target[keep][:, None])[:, 0]
    return lp.sum(), int(keep.sum())


def reinforce(backend, model, items, coef) -> torch.Tensor:
    """The REINFORCE estimate (1/N) sum_i coef_i grad log pi(y_i | x_i), over every sample."""
    total = 0.0
    for (prompt, text, _), c in zip(items, coef):
        lp, _ = _seq_logprob(backend, model, prompt, text)
        total = total + c * lp
    return _flat_grad(model, total / len(items))


def backend_loss(backend, model, examples):
    """The tiny backend's training loss of one batch: per-example mean token NLL
    (`completion_nll`), times `Example.weight`, summed and divided by the number of examples
    (`backends.common.weighted_loss`, the loss every backend trains on)."""
    from iterdeploy.backends.common import weighted_loss

    ids, labels, _, weights = backend._collate([backend._encode_example(e) for e in examples])
    return weighted_loss(completion_nll(model, ids, labels), weights, len(examples))


def sequence_nll(backend, model, examples):
    """Per-example sequence NLL -log pi(y | x) from the backend's per-token mean, and T."""
    ids, labels, _, _ = backend._collate([backend._encode_example(e) for e in examples])
    tokens = (labels[:, 1:] != -100).sum(1)
    return completion_nll(model, ids, labels) * tokens, tokens


def tokens_of(backend, items):
    return [len(backend._encode_example(Example(p, t))[0])
            - len(backend.tokenizer.encode(p)) - 1 for p, t, _ in items]


def agreement(sft_ascent, pg, factor, name=None) -> tuple[float, float]:
    """(cosine, |sft| / |pg| / factor) of two gradient vectors."""
    cos = float(sft_ascent @ pg / (sft_ascent.norm() * pg.norm()))
    ratio = float(sft_ascent.norm() / pg.norm()) / factor
    if name:
        FIGURES[name] = (cos, ratio)
        print(f"{name}: 1 - cosine {1 - cos:.2e}, norm ratio / stated factor {ratio:.6f}")
    return cos, ratio


def agrees(sft_ascent, pg, factor, name=None) -> bool:
    cos, ratio = agreement(sft_ascent, pg, factor, name)
    return cos >= COSINE and abs(ratio - 1) <= SCALE_TOL


def accepted(items):
    """The SFT set: the samples the validator accepted (as recorded by Deployment)."""
    return [it for it in items if it[2].valid]


def paper_sft_ascent(backend, model, sft_items, weights=None, normaliser=None):
    """-grad of the paper's SFT loss: -(1/norm) sum_A w_i log pi(y_i), w fixed."""
    examples = [Example(p, t) for p, t, _ in sft_items]
    nll, _ = sequence_nll(backend, model, examples)
    w = torch.tensor(weights if weights is not None else [1.0] * len(examples))
    norm = normaliser if normaliser is not None else len(examples)
    return -_flat_grad(model, (w * nll).sum() / norm)


def backend_sft_ascent(backend, model, sft_items, weights=None):
    """-grad of the tiny backend's loss on the SFT set with the given Example weights."""
    weights = weights if weights is not None else [1.0] * len(sft_items)
    examples = [Example(p, t, w) for (p, t, _), w in zip(sft_items, weights)]
    return -_flat_grad(model, backend_loss(backend, model, examples))


# ----------------------------------------------------------------------------- on-policy


def test_the_reinforce_path_scores_what_the_backend_scores(world):
    """The library-forward log-probability equals the backend protocol's `logprobs`."""
    backend, items = world["backend"], world["items"]
    backend.load(world["base"])
    model = _model(world["base"])
    with torch.no_grad():
        got = [float(_seq_logprob(backend, model, p, t)[0]) for p, t, _ in items[:6]]
    want = [sum(x) for x in backend.logprobs([p for p, _, _ in items[:6]],
                                             [t for _, t, _ in items[:6]])]
    assert got == pytest.approx(want, abs=1e-3)


def test_backend_loss_here_is_the_loss_the_backend_trains_on(world, tmp_path):
    """One training step's reported loss equals `backend_loss` at the same weights (the
    whole set in one batch), for mixed signed weights."""
    items = world["items"][:12]
    examples = [Example(p, t, w) for (p, t, _), w in zip(items, [1.0, -0.5, 2.0] * 4)]
    probe = make_backend("tiny", model=SMALL, finetune={"steps": 1, "batch_size": 64,
                                                         "lr": 1e-3, "warmup": 1})
    probe.progress = False
    probe.set_base(world["base"])
    probe.train(examples, tmp_path / "one-step")
    import json
    reported = json.loads((tmp_path / "one-step" / "train.json").read_text())["loss"][0]
    with torch.no_grad():
        here = float(backend_loss(probe, _model(world["base"]), examples))
    assert here == pytest.approx(reported, abs=2e-4)


def test_sft_on_accepted_samples_is_reinforce_scaled_by_the_acceptance_rate(world):
    """Paper's form: -grad L_SFT = g_hat / p_hat, with the binary reward on ALL samples."""
    backend, items = world["backend"], world["items"]
    model = _model(world["base"])
    a, n = len(accepted(items)), len(items)
    pg = reinforce(backend, model, items, [reward(r) for *_, r in items])
    sft = paper_sft_ascent(backend, model, accepted(items))
    assert agrees(sft, pg, n / a, "on-policy, pooled, paper's loss")


def test_per_task_sft_is_per_task_reinforce_scaled_by_its_acceptance_rate(world):
    backend, items = world["backend"], world["items"]
    model = _model(world["base"])
    tasks = sorted({r.task_id for *_, r in items if r.valid})
    for task in tasks[:2]:
        mine = [it for it in items if it[2].task_id == task]
        a = len(accepted(mine))
        pg = reinforce(backend, model, mine, [reward(r) for *_, r in mine])
        sft = paper_sft_ascent(backend, model, accepted(mine))
        assert agrees(sft, pg, len(mine) / a, f"on-policy, task {task}")


def test_our_per_token_mean_loss_is_reinforce_with_reward_divided_by_length(world):
    """The backend's loss with weight 1 is REINFORCE with reward r/T (scale 1/p_hat), not
    with r; Example weights T_i give the binary reward back (scale 1/p_hat too: the loss
    divides by the number of examples, not by the weights)."""
    backend, items = world["backend"], world["items"]
    model = _model(world["base"])
    T = tokens_of(backend, items)
    r = [reward(rec) for *_, rec in items]
    sft_items = accepted(items)
    lengths = [t for t, it in zip(T, items) if it[2].valid]
    assert len(set(lengths)) > 1, "accepted completions of one length prove nothing here"
    n, a = len(items), len(sft_items)

    mean_loss = backend_sft_ascent(backend, model, sft_items)
    pg_per_token = reinforce(backend, model, items, [ri / ti for ri, ti in zip(r, T)])
    assert agrees(mean_loss, pg_per_token, n / a, "backend loss (w=1) vs reward r/T")
    pg_binary = reinforce(backend, model, items, r)
    cos, _ = agreement(mean_loss, pg_binary, 1.0, "backend loss (w=1) vs reward r")
    assert cos < COSINE  # the length normalisation is a real difference

    summed = backend_sft_ascent(backend, model, sft_items, weights=lengths)
    assert agrees(summed, pg_binary, n / a, "backend loss (w=T) vs reward r")


# ----------------------------------------------------------------------------- off-policy


def _off_policy(world):
    """Samples of the base (behaviour), gradients at the fine-tuned model (current), and
    rho_i = pi_current / pi_base from the backend protocol's logprobs."""
    backend, items = world["backend"], world["items"]
    prompts, texts = [p for p, _, _ in items], [t for _, t, _ in items]
    backend.load(world["base"])
    behaviour = [sum(x) for x in backend.logprobs(prompts, texts)]
    backend.load(world["current"])
    current = [sum(x) for x in backend.logprobs(prompts, texts)]
    rho = [math.exp(c - b) for c, b in zip(current, behaviour)]
    return backend, items, _model(world["current"]), rho


def test_importance_weighted_sft_is_off_policy_reinforce(world):
    backend, items, model, rho = _off_policy(world)
    assert max(rho) / min(rho) > 1.5, "the two policies must differ for this to mean much"
    print(f"importance weights {min(rho):.3f} .. {max(rho):.3f}")
    r = [reward(rec) for *_, rec in items]
    pg = reinforce(backend, model, items, [p * ri for p, ri in zip(rho, r)])
    keep = [i for i, it in enumerate(items) if it[2].valid]
    rho_a = [rho[i] for i in keep]
    n, a = len(items), len(keep)
    sft = paper_sft_ascent(backend, model, accepted(items), weights=rho_a)
    assert agrees(sft, pg, n / a, "off-policy, weights rho, 1/a")
    # self-normalised: divided by sum_A rho, the factor is 1 / (IS estimate of the current
    # policy's acceptance rate)
    p_current = sum(p * ri for p, ri in zip(rho, r)) / n
    sft = paper_sft_ascent(backend, model, accepted(items), weights=rho_a,
                           normaliser=sum(rho_a))
    assert agrees(sft, pg, 1 / p_current, "off-policy, self-normalised")


# ----------------------------------------------------------------------------- the check can fail


def test_an_invalid_sample_leaked_into_the_sft_set_is_caught(world):
    backend, items = world["backend"], world["items"]
    model = _model(world["base"])
    pg = reinforce(backend, model, items, [reward(r) for *_, r in items])
    leak = next(it for it in items if not it[2].valid)
    sft_items = accepted(items) + [leak]
    sft = paper_sft_ascent(backend, model, sft_items)
    assert not agrees(sft, pg, len(items) / len(sft_items), "corrupt: invalid sample leaked")
    assert not agrees(sft, pg, len(items) / (len(sft_items) - 1))


def test_a_dropped_valid_sample_is_caught(world):
    backend, items = world["backend"], world["items"]
    model = _model(world["base"])
    pg = reinforce(backend, model, items, [reward(r) for *_, r in items])
    sft_items = accepted(items)[1:]
    sft = paper_sft_ascent(backend, model, sft_items)
    assert not agrees(sft, pg, len(items) / len(sft_items), "corrupt: valid sample dropped")


def test_missing_or_swapped_importance_weights_are_caught(world):
    backend, items, model, rho = _off_policy(world)
    r = [reward(rec) for *_, rec in items]
    pg = reinforce(backend, model, items, [p * ri for p, ri in zip(rho, r)])
    a, n = len(accepted(items)), len(items)
    rho_a = [rho[i] for i, it in enumerate(items) if it[2].valid]
    plain = paper_sft_ascent(backend, model, accepted(items))  # rho = 1: the loop's SFT
    assert not agrees(plain, pg, n / a, "corrupt: no importance weights")
    swapped = paper_sft_ascent(backend, model, accepted(items), weights=[1 / p for p in rho_a])
    assert not agrees(swapped, pg, n / a, "corrupt: weights pi_base / pi_current")
