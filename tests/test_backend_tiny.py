"""The tiny from-scratch backend: tokenizer, lean forward, seeded sampling, training."""
import json

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from iterdeploy import prompts  # noqa: E402
from iterdeploy.backends import Example, SamplingParams, make_backend  # noqa: E402
from iterdeploy.backends.lean import Decoder, train_logits  # noqa: E402
from iterdeploy.backends.tiny import EOS, TinyTokenizer  # noqa: E402
from iterdeploy.domains import DOMAINS, generate, load_domain  # noqa: E402
from iterdeploy.planning.pddl import parse_problem  # noqa: E402
from iterdeploy.planning.validate import Task  # noqa: E402

SMALL = {"hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 4,
         "intermediate_size": 64}


@pytest.fixture(scope="module")
def tok():
    return TinyTokenizer.build()


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_tokenizer_round_trips_prompts_and_plans_of_every_domain(tok, domain):
    t = generate(domain, 5)
    dom = load_domain(domain)
    text = prompts.compact_prompt(dom, parse_problem(t.problem, dom), t.problem) + \
        prompts.completion_for(t.witness, "compact")
    ids = tok.encode(text)
    assert 3 not in ids  # no <unk>: the vocabulary covers the bundled domains
    assert tok.decode(ids).split() == text.lower().split()


def test_object_names_are_stem_plus_number_and_unseen_names_are_readable(tok):
    ids = tok.encode("(on b17 b3)")
    assert [tok.vocab[i] for i in ids] == ["(on", "b17", "b3", "##)"]
    big = tok.encode("(on b517 b3)")  # beyond the number tokens: digit by digit
    assert tok.decode(big).strip() == "(on b517 b3)"
    assert tok.decode(tok.encode("(frobnicate zork1)")).strip() == "(frobnicate zork1)"
    saved = TinyTokenizer(list(tok.vocab))
    assert saved.encode("(on b17 b3)") == ids



def test_grid_cells_and_numbered_compound_names_are_single_tokens(tok):
    ids = tok.encode("(adjacent loc_2_13 loc_3_13 down)")
    assert [tok.vocab[i] for i in ids] == ["(adjacent", "loc_2_13", "loc_3_13", "down", "##)"]
    assert [tok.vocab[i] for i in tok.encode("(empty rover3store)")] == \
        ["(empty", "rover3store", "##)"]
    # beyond the grid tokens, a cell is spelled and still decodes exactly
    far = tok.encode("(at-robot loc_14_2)")
    assert len(far) > 3 and tok.decode(far).strip() == "(at-robot loc_14_2)"

def _model(seed=0, kv_heads=2):
    torch.manual_seed(seed)
    cfg = transformers.LlamaConfig(vocab_size=60, hidden_size=32, num_hidden_layers=2,
                                   num_attention_heads=4, num_key_value_heads=kv_heads,
                                   intermediate_size=64, tie_word_embeddings=True)
    return transformers.LlamaForCausalLM(cfg).eval()


@pytest.mark.parametrize("kv_heads", [4, 2])
def test_lean_forward_matches_the_library_forward(kv_heads):
    m = _model(kv_heads=kv_heads)
    ids = torch.randint(4, 60, (3, 11))
    with torch.no_grad():
        assert torch.allclose(m(input_ids=ids).logits, train_logits(m, ids), atol=1e-5)


def _decode_and_compare(m, prompts, groups, drops, steps, gen):
    """Decode with random tokens, checking each row's logits against a full forward over
    its own prompt + tokens at every step; drop rows per `drops`. Returns the rows left."""
    seqs = [list(prompts[g]) for g in groups.tolist()]
    rows = list(range(len(seqs)))
    dec = Decoder(m, prompts, groups, steps + 1)
    logits = dec.prefill()
    for step in range(steps):
        assert logits.shape[0] == len(rows)
        for j, r in enumerate(rows):
            full = m(input_ids=torch.tensor([seqs[r]])).logits[0, -1]
            assert torch.allclose(full, logits[j], atol=1e-5), (step, r)
        toks = torch.randint(4, 60, (len(rows),), generator=gen)
        for j, r in enumerate(rows):
            seqs[r].append(int(toks[j]))
        if step in drops:
            keep = torch.tensor(drops[step])
            dec.keep(keep)
            rows, toks = [rows[i] for i in drops[step]], toks[keep]
        logits = dec.step(toks)
    return dec, rows


@pytest.mark.parametrize("kv_heads,lora", [(4, False), (2, False), (1, False), (4, True)])
def test_shared_prefix_decoder_matches_the_library_forward(kv_heads, lora):
    """Each row's logits equal a full forward over its own prompt + tokens, at every step,
    also after finished rows (and a whole prompt's rows) are dropped. A plain model takes the
    fused path (q|k|v and gate|up in one matmul each); a peft-wrapped one its own modules;
    one shared key/value head its own attention path. Prompts with as many rows each (dense
    blocks, no gather) and with different numbers of rows both."""
    m = _model(kv_heads=kv_heads)
    if lora:
        peft = pytest.importorskip("peft")
        m = peft.get_peft_model(m, peft.LoraConfig(r=4, target_modules=["q_proj", "down_proj"],
                                                   init_lora_weights=False)).eval()
    gen = torch.Generator().manual_seed(1)
    prompts = [torch.randint(4, 60, (n,), generator=gen).tolist() for n in (11, 4, 7, 5)]
    with torch.no_grad():
        dense, _ = _decode_and_compare(m, prompts, torch.tensor([0, 0, 1, 1, 2, 2, 3, 3]),
                                       {}, 4, gen)
        assert dense.dense
        # ragged blocks, rows dropped: kept positions per step
        drops = {1: [0, 2, 3, 5, 6, 7], 2: [1, 2, 4, 5], 4: [0, 3]}
        dec, rows = _decode_and_compare(m, prompts, torch.tensor([0, 0, 1, 1, 1, 2, 3, 3]),
                                        drops, 6, gen)
        assert (dec.fused is None) == lora
        assert rows == [2, 7]  # rows of prompts 1 and 3 are left (prompts 0 and 2 dropped)
        with pytest.raises(ValueError):
            Decoder(m, prompts, torch.tensor([1, 0]), 3)


def test_completion_loss_counts_only_labelled_tokens():
    from iterdeploy.backends.lean import completion_nll

    m = _model()
    ids = torch.randint(4, 60, (3, 9))
    labels = torch.full_like(ids, -100)
    labels[0, 4:9], labels[1, 2:6], labels[2, 7:8] = ids[0, 4:9], ids[1, 2:6], ids[2, 7:8]
    ids[1, 6:] = 0  # padding after row 1's last token: not labelled, never counted
    with torch.no_grad():
        got = completion_nll(m, ids, labels)
        logits = m(input_ids=ids).logits[:, :-1]
        nll = torch.nn.functional.cross_entropy(logits.transpose(1, 2), labels[:, 1:],
                                                ignore_index=-100, reduction="none")
        counted = (labels[:, 1:] != -100).float()
        want = (nll * counted).sum(1) / counted.sum(1)
    assert torch.allclose(got, want, atol=1e-5)


def _corpus(n=400, blocks=(2, 3)):
    from iterdeploy.corpus import build_corpus
    return build_corpus(seed=0, groups=[{"domain": "blocksworld",
                                         "sizes": {"blocks": list(blocks)}, "n": n}],
                        name_pool=20, progress=False)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A very small base model, pre-trained briefly (seconds)."""
    b = make_backend("tiny", threads=1, model=SMALL, finetune={"steps": 15, "batch_size": 16,
                                                     "lr": 3e-3, "warmup": 2})
    b.pretrain(_corpus(200), tmp_path_factory.mktemp("base"), steps=40, batch_size=32,
               lr=3e-3, warmup=5)
    return b


def test_sampling_is_seeded_per_sample_independent_of_batching(tiny):
    ex = _corpus(4)
    ps = [e.prompt for e in ex for _ in range(6)]
    seeds = list(range(100, 100 + len(ps)))
    params = SamplingParams(max_new_tokens=40)
    a = tiny.sample(ps, seeds, params)
    tiny.sample_batch_size = 5
    try:
        b = tiny.sample(ps[::-1], seeds[::-1], params)[::-1]
    finally:
        tiny.sample_batch_size = 64
    assert [x.text for x in a] == [x.text for x in b]
    assert len({x.text for x in a}) > 1  # different seeds, different samples
    # 3 new tokens cannot hold a plan: cut rows say so, finished rows ended with EOS
    c = tiny.sample(ps[:1] * 8, list(range(8)), SamplingParams(max_new_tokens=3))
    assert all(x.new_tokens <= 3 for x in c)
    assert all(x.finished or x.new_tokens == 3 for x in c)
    assert any(not x.finished for x in c)
    full = tiny.sample(ps[:1] * 8, list(range(8)), SamplingParams(max_new_tokens=60))
    for cut, whole in zip(c, full):  # the same seed: the cut text starts the full one
        if not cut.finished:
            assert whole.text.startswith(cut.text.rstrip())


def test_greedy_sampling_ignores_seeds(tiny):
    p = _corpus(1)[0].prompt
    out = tiny.sample([p, p], [1, 2], SamplingParams(temperature=0.0, max_new_tokens=30))
    assert out[0].text == out[1].text


def test_fine_tuning_starts_from_the_base_and_raises_the_likelihood(tiny, tmp_path):
    ex = [Example("domain: blocksworld\ninit: (arm-empty) (clear b7) (on-table b7)\n"
                  "goal: (clear b7)\nplan:\n", "(pickup b7)\n(putdown b7)\n")] * 4
    tiny.load(None)
    before = sum(tiny.logprobs([ex[0].prompt], [ex[0].completion])[0])
    tiny.train(ex, tmp_path / "g1")
    after = sum(tiny.logprobs([ex[0].prompt], [ex[0].completion])[0])
    assert after > before + 1.0
    tiny.train(ex, tmp_path / "g1b")  # from the base again: the same weights
    w1 = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "g1").state_dict()
    w2 = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "g1b").state_dict()
    assert all(torch.equal(w1[k], w2[k]) for k in w1)
    tiny.load(tmp_path / "g1")
    assert abs(sum(tiny.logprobs([ex[0].prompt], [ex[0].completion])[0]) - after) < 1e-3
    tiny.load(None)
    assert abs(sum(tiny.logprobs([ex[0].prompt], [ex[0].completion])[0]) - before) < 1e-3


def test_zero_weight_examples_teach_nothing(tiny, tmp_path):
    ex = [Example("domain: blocksworld\ninit: (arm-empty)\ngoal: (clear b2)\nplan:\n",
                  "(pickup b2)\n", weight=0.0)]
    tiny.load(None)
    before = tiny.logprobs([ex[0].prompt], [ex[0].completion])[0]
    tiny.train(ex, tmp_path / "zero")
    after = tiny.logprobs([ex[0].prompt], [ex[0].completion])[0]
    assert after == pytest.approx(before, abs=1e-4)


def test_lora_mode_trains_an_adapter_and_saves_merged_weights(tmp_path):
    b = make_backend("tiny", threads=1, model=SMALL, mode="lora", lora={"r": 4, "alpha": 8},
                     finetune={"steps": 10, "batch_size": 8, "lr": 1e-2, "warmup": 1})
    b.pretrain(_corpus(50), tmp_path / "base", steps=5, batch_size=16)
    ex = [Example("domain: blocksworld\ninit: (arm-empty)\ngoal: (clear b9)\nplan:\n",
                  "(pickup b9)\n")] * 4
    before = sum(b.logprobs([ex[0].prompt], [ex[0].completion])[0])
    b.train(ex, tmp_path / "lora")
    assert sum(b.logprobs([ex[0].prompt], [ex[0].completion])[0]) > before
    base = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "base").state_dict()
    tuned = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "lora").state_dict()
    assert set(base) == set(tuned)  # merged: a plain model again
    changed = [k for k in base if not torch.equal(base[k], tuned[k])]
    assert changed and all("proj" in k for k in changed)  # only LoRA targets moved


@pytest.mark.slow
def test_a_small_pretrained_base_emits_valid_plans_for_small_tasks(tmp_path):
    """The issue's acceptance test: a very small model trained in under a minute solves
    2-3-block tasks."""
    b = make_backend("tiny", threads=1, model={"hidden_size": 64, "num_hidden_layers": 2,
                                    "num_attention_heads": 4, "intermediate_size": 256})
    b.pretrain(_corpus(3000), tmp_path / "base", steps=400, batch_size=32, lr=3e-3,
               warmup=30)
    dom = load_domain("blocksworld")
    solved = valid = 0
    for i in range(10):
        t = generate("blocksworld", 10_000 + i, {"blocks": 2 + i % 2})
        problem = parse_problem(t.problem, dom)
        outs = b.sample([prompts.compact_prompt(dom, problem, t.problem)] * 4,
                        [i * 10 + j for j in range(4)], SamplingParams(max_new_tokens=60))
        ok = [Task(dom, problem).validate(list(prompts.plan_from_completion(o.text, "compact")[0]
                                                or [])).valid for o in outs]
        valid += sum(ok)
        solved += any(ok)
    assert solved >= 5, f"solved {solved}/10 2-3-block tasks"
    assert EOS not in b.tokenizer.encode("(pickup b1)")


def test_unknown_settings_fail_naming_the_key():
    from iterdeploy import IterdeployError
    with pytest.raises(IterdeployError, match="backend.args.finetune.*learning_rate"):
        make_backend("tiny", threads=1, finetune={"learning_rate": 1e-3})
    with pytest.raises(IterdeployError, match="backend.args.model.*hiden_size"):
        make_backend("tiny", threads=1, model={"hiden_size": 64})
    with pytest.raises(IterdeployError, match=r"backend\.args\.colour"):
        make_backend("tiny", threads=1, colour="blue")
    with pytest.raises(IterdeployError, match=r"backend\.args\.mode: 'half'"):
        make_backend("tiny", threads=1, mode="half")
    with pytest.raises(IterdeployError, match=r"backend\.args\.finetune\.steps: expected int"):
        make_backend("tiny", threads=1, finetune={"steps": "many"})
    b = make_backend("tiny", threads=1, model=SMALL)
    with pytest.raises(IterdeployError, match=r"backend\.args\.pretrain\.stepz"):
        b.pretrain(_corpus(5), "/nonexistent", stepz=3)


class Killed(Exception):
    pass


def test_killed_pretraining_resumes_from_its_checkpoint_to_identical_weights(tmp_path,
                                                                              monkeypatch):
    from iterdeploy.backends import lean

    corpus = _corpus(120)
    args = dict(steps=23, batch_size=16, lr=3e-3, warmup=3, checkpoint_every=5)
    straight = make_backend("tiny", threads=1, model=SMALL)
    straight.pretrain(corpus, tmp_path / "straight", **args)
    assert not (tmp_path / "straight" / "pretrain.ckpt").exists()  # removed when done

    real, calls = lean.completion_nll, {"n": 0}

    def dies_at_step_13(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 13:
            raise Killed
        return real(*a, **kw)

    monkeypatch.setattr(lean, "completion_nll", dies_at_step_13)
    with pytest.raises(Killed):
        make_backend("tiny", threads=1, model=SMALL).pretrain(corpus, tmp_path / "resumed", **args)
    assert (tmp_path / "resumed" / "pretrain.ckpt").exists()
    monkeypatch.setattr(lean, "completion_nll", real)

    resumed = make_backend("tiny", threads=1, model=SMALL)
    stats = resumed.pretrain(corpus, tmp_path / "resumed", **args)
    assert stats["resumed_at_step"] == 10  # the last checkpoint before the kill
    a = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "straight").state_dict()
    b = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "resumed").state_dict()
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    # the resumed run trained only the missing steps, and its loss curve is the same
    straight_stats = json.loads((tmp_path / "straight" / "train.json").read_text())
    assert stats["loss"] == straight_stats["loss"]
    assert stats["tokens"] == straight_stats["tokens"]


def test_a_checkpoint_of_another_training_is_refused_by_name(tmp_path, monkeypatch):
    from iterdeploy import IterdeployError
    from iterdeploy.backends import tiny as tiny_module

    corpus = _corpus(40)
    b = make_backend("tiny", threads=1, model=SMALL)
    ckpt = tmp_path / "base" / "pretrain.ckpt"
    ckpt.parent.mkdir()
    ckpt.write_bytes(b"not a checkpoint")
    with pytest.raises(IterdeployError, match=r"pretrain\.ckpt: unreadable"):
        b.pretrain(corpus, tmp_path / "base", steps=6, batch_size=8, checkpoint_every=2)
    ckpt.unlink()

    real = tiny_module._save_checkpoint

    def killed_after_first_checkpoint(torch_, path, state):
        real(torch_, path, state)
        raise Killed

    monkeypatch.setattr(tiny_module, "_save_checkpoint", killed_after_first_checkpoint)
    with pytest.raises(Killed):
        b.pretrain(corpus, tmp_path / "base", steps=6, batch_size=8, checkpoint_every=2)
    monkeypatch.setattr(tiny_module, "_save_checkpoint", real)
    with pytest.raises(IterdeployError, match=r"pretrain\.ckpt: checkpoint of another "
                                              r"training \(6 steps on 40 examples, not 8"):
        b.pretrain(corpus, tmp_path / "base", steps=8, batch_size=8, checkpoint_every=2)


def test_the_decoders_rotary_embedding_gives_the_same_numbers_as_the_plain_one():
    """Decode steps rotate with the sign moved into sin and accumulate in place: the result
    must be bit for bit the plain rotation's (negating a factor is exact), or sampled texts
    would change."""
    from iterdeploy.backends.lean import _Rope, _rotate, _rotate_signed, _signed

    torch.manual_seed(0)
    rope = _Rope(_model(kv_heads=1))
    cos, sin = rope.cos_sin(torch.randint(0, 300, (64,)))  # [N, 1, D], one position per row
    x = torch.randn(64, 5, rope.dim) * 3
    assert torch.equal(_rotate_signed(x, cos, _signed(sin)), _rotate(x, cos, sin))
    assert not torch.equal(_rotate_signed(x, cos, sin), _rotate(x, cos, sin))  # the sign matters
