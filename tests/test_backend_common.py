"""The ML pieces the backends share (backends/common.py): sampler, loss, LoRA spec, checks."""
import pytest

torch = pytest.importorskip("torch")

from iterdeploy import IterdeployError  # noqa: E402
from iterdeploy.backends import SamplingParams  # noqa: E402
from iterdeploy.backends.common import (check_prompts, check_sampling,  # noqa: E402
                                        per_example_mean, pick_tokens, row_uniforms,
                                        token_nll, weighted_loss)


def _draw_before_unification(torch, logits, u, params):
    """The tiny backend's sampler as it was when the default experiment's results were
    recorded (top-p only): the shared sampler must give the same tokens for its settings."""
    if params.temperature <= 0:
        return logits.argmax(-1)
    probs = torch.softmax(logits / params.temperature, -1)
    if params.top_p < 1.0:
        sorted_p, order = probs.sort(-1, descending=True)
        keep = sorted_p.cumsum(-1) - sorted_p < params.top_p
        sorted_p = sorted_p * keep
        cdf = sorted_p.cumsum(-1)
        idx = (cdf < u[:, None] * cdf[:, -1:]).sum(-1).clamp(max=probs.size(-1) - 1)
        return order.gather(1, idx[:, None])[:, 0]
    cdf = probs.cumsum(-1)
    return (cdf < u[:, None] * cdf[:, -1:]).sum(-1).clamp(max=probs.size(-1) - 1)


@pytest.mark.parametrize("params", [SamplingParams(), SamplingParams(temperature=0.7),
                                    SamplingParams(temperature=0.0),
                                    SamplingParams(temperature=1.3, top_p=0.9)])
def test_the_shared_sampler_gives_the_old_tiny_tokens_bit_for_bit(params):
    gen = torch.Generator().manual_seed(0)
    for _ in range(20):
        logits = torch.randn(64, 700, generator=gen) * 3
        u = torch.rand(64, generator=gen)
        assert torch.equal(pick_tokens(logits, u, params),
                           _draw_before_unification(torch, logits, u, params))


def _frequencies(logits, params, n=4000):
    """Token frequencies of one row over n evenly spaced uniform numbers (exact quantiles)."""
    u = (torch.arange(n, dtype=torch.float) + 0.5) / n
    toks = pick_tokens(logits.expand(n, -1), u, params)
    return torch.bincount(toks, minlength=logits.shape[-1]).float() / n


def test_top_k_min_p_and_top_p_truncate_and_keep_the_ratios():
    probs = torch.tensor([0.4, 0.25, 0.15, 0.1, 0.06, 0.04])
    logits = probs.log()[None]
    top2 = _frequencies(logits, SamplingParams(top_k=2))
    assert torch.allclose(top2, torch.tensor([0.4, 0.25, 0, 0, 0, 0]) / 0.65, atol=1e-3)
    # min_p 0.3: tokens below 0.3 x 0.4 = 0.12 never come
    minp = _frequencies(logits, SamplingParams(min_p=0.3))
    assert torch.allclose(minp, torch.tensor([0.4, 0.25, 0.15, 0, 0, 0]) / 0.8, atol=1e-3)
    # top_p 0.5 keeps the smallest prefix reaching half the mass: 0.4 + 0.25
    topp = _frequencies(logits, SamplingParams(top_p=0.5))
    assert torch.allclose(topp, top2, atol=1e-3)
    # top_p applies to the mass that top_k left: of (0.4, 0.25, 0.15) / 0.8, 0.5 keeps 0.4/0.8
    both = _frequencies(logits, SamplingParams(top_k=3, top_p=0.5))
    assert both[0] == 1.0
    assert pick_tokens(logits.expand(3, -1), torch.tensor([0.0, 0.5, 0.9999]),
                       SamplingParams(top_k=1)).tolist() == [0, 0, 0]


def test_a_rows_token_does_not_depend_on_the_other_rows():
    gen = torch.Generator().manual_seed(1)
    logits, u = torch.randn(16, 50, generator=gen), torch.rand(16, generator=gen)
    params = SamplingParams(temperature=0.6, top_p=0.95, top_k=20, min_p=0.01)
    batch = pick_tokens(logits, u, params)
    alone = [int(pick_tokens(logits[i:i + 1], u[i:i + 1], params)) for i in range(16)]
    assert batch.tolist() == alone


def test_row_uniforms_are_per_seed():
    a = row_uniforms([5, 6], 10)
    assert torch.equal(a[0], row_uniforms([5], 10)[0]) and not torch.equal(a[0], a[1])


def test_the_loss_is_the_mean_over_examples_of_weight_times_mean_token_nll():
    per = torch.tensor([2.0, 1.0, 4.0], requires_grad=True)
    loss = weighted_loss(per, torch.tensor([1.0, 0.0, -0.5]), 3)
    assert loss.item() == pytest.approx((2.0 * 1 + 1.0 * 0 - 4.0 * 0.5) / 3)
    loss.backward()
    assert per.grad.tolist() == pytest.approx([1 / 3, 0.0, -0.5 / 3])  # weight 0: no gradient
    # a micro-batch of a larger batch divides by the whole batch's size
    assert weighted_loss(per.detach()[:1], torch.tensor([1.0]), 4).item() == 0.5
    # all weights 1: the same bits as the tiny backend's earlier normalisation by sum |w|
    gen = torch.Generator().manual_seed(0)
    x, w = torch.rand(32, generator=gen), torch.ones(32)
    assert torch.equal(weighted_loss(x, w, 32),
                       (x * w).sum() / w.abs().sum().clamp(min=1e-8))


def test_per_example_mean_counts_each_examples_own_tokens():
    nll = torch.tensor([1.0, 3.0, 5.0, 7.0])
    rows = torch.tensor([0, 0, 0, 2])
    assert per_example_mean(nll, rows, 3).tolist() == [3.0, 0.0, 7.0]


@pytest.mark.parametrize("chunk", [1, 3, 1000])
def test_chunked_token_nll_equals_the_full_cross_entropy_and_its_gradient(chunk):
    gen = torch.Generator().manual_seed(0)
    head = torch.nn.Linear(8, 40, bias=False)
    hidden = torch.randn(7, 8, generator=gen, requires_grad=True)
    targets = torch.randint(0, 40, (7,), generator=gen)
    full = torch.nn.functional.cross_entropy(head(hidden), targets, reduction="none")
    (g_full,) = torch.autograd.grad(full.sum(), hidden)
    got = token_nll(head, hidden, targets, chunk)
    (g_got,) = torch.autograd.grad(got.sum(), hidden)
    assert torch.allclose(got, full, atol=1e-6) and torch.allclose(g_got, g_full, atol=1e-6)


def test_argument_checks_name_what_is_wrong():
    with pytest.raises(IterdeployError, match="2 prompts but 1 seeds"):
        check_prompts(["a", "b"], [1])
    for params, key in [(SamplingParams(top_k=-1), "top_k"), (SamplingParams(min_p=1.0), "min_p"),
                        (SamplingParams(top_p=0.0), "top_p"),
                        (SamplingParams(temperature=-1), "temperature")]:
        with pytest.raises(IterdeployError, match=f"sampling.{key}"):
            check_sampling(params)


def test_one_lora_spec_for_every_backend():
    peft = pytest.importorskip("peft")
    from iterdeploy.backends.args import HFArgs, LoraSpec, TinyArgs
    from iterdeploy.backends.common import lora_config

    cfg = lora_config(peft, LoraSpec(r=4, alpha=8, dropout=0.1, target_modules=["q_proj"]))
    assert (cfg.r, cfg.lora_alpha, cfg.lora_dropout, set(cfg.target_modules)) == \
        (4, 8, 0.1, {"q_proj"})
    assert isinstance(TinyArgs().lora, LoraSpec) and isinstance(HFArgs().lora, LoraSpec)
