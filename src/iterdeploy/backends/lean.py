"""A lean forward pass over a `transformers` Llama model's own modules, for the tiny backend.

For a 1 M-parameter model on a CPU core, the per-call overhead of the library forward (mask
construction, cache objects, hooks) costs more than the arithmetic. This module runs the same
computation with the model's own submodules (embeddings, RMSNorms, projections, MLPs, head,
so `peft` LoRA layers work unchanged) and only re-implements rotary attention:

- `train_hidden` / `train_logits(model, ids)`: causal forward over right-padded rows (pads
  come after every real token, so no padding mask is needed); `completion_nll` runs the
  output layer and the loss on the labelled (completion) tokens only;
- `Decoder`: shared-prefix sampling. Each distinct prompt is pre-filled once and its keys and
  values are kept once, however many rows continue it; a decode step attends with batched
  matmuls (a prompt's rows against its one copy, each row against its own generated keys).

`tests/test_backend_tiny.py` checks them against the library forward.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F


def _inner(model):
    """The LlamaModel inside a LlamaForCausalLM (or a peft wrapper of one)."""
    m = model
    while not hasattr(m, "layers"):
        m = m.model if hasattr(m, "model") else m.base_model
    return m


def _lm_head(model):
    m = model
    while not hasattr(m, "lm_head"):
        m = m.base_model if hasattr(m, "base_model") else m.model
    return m.lm_head


class _Rope:
    def __init__(self, model):
        cfg = model.config
        self.heads = cfg.num_attention_heads
        self.kv_heads = getattr(cfg, "num_key_value_heads", None) or self.heads
        self.dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // self.heads
        rope = getattr(cfg, "rope_parameters", None) or {}
        theta = rope.get("rope_theta", getattr(cfg, "rope_theta", 10000.0))
        self.inv_freq = 1.0 / (theta ** (torch.arange(0, self.dim, 2, dtype=torch.float)
                                         / self.dim))

    def cos_sin(self, pos: torch.Tensor):
        freqs = pos[..., None].float() * self.inv_freq
        emb = torch.cat((freqs, freqs), -1)
        return emb.cos()[:, None], emb.sin()[:, None]  # [B, 1, T, D]


def _norm(module, x):
    """The model's RMSNorm as one fused op (same arithmetic as the module's float32 path)."""
    return F.rms_norm(x, module.weight.shape, module.weight, module.variance_epsilon)


class _Fused:
    """One layer's weights concatenated for inference: q|k|v and gate|up in one matmul each.
    Only for plain `nn.Linear` projections without bias (a peft-wrapped layer uses its
    modules)."""

    def __init__(self, layer):
        a, m = layer.self_attn, layer.mlp
        self.qkv = torch.cat([a.q_proj.weight, a.k_proj.weight, a.v_proj.weight])
        self.o = a.o_proj.weight
        self.gate_up = torch.cat([m.gate_proj.weight, m.up_proj.weight])
        self.down = m.down_proj.weight
        self.ln1, self.ln2 = layer.input_layernorm, layer.post_attention_layernorm

    @staticmethod
    def usable(model) -> bool:
        """Whether every layer is plain: bias-free `nn.Linear` projections and a SiLU MLP (the
        activation is read from the config: its module class differs across versions)."""
        if getattr(model.config, "hidden_act", None) not in ("silu", "swish"):
            return False
        for layer in _inner(model).layers:
            mods = (layer.self_attn.q_proj, layer.self_attn.k_proj, layer.self_attn.v_proj,
                    layer.self_attn.o_proj, layer.mlp.gate_proj, layer.mlp.up_proj,
                    layer.mlp.down_proj)
            if not all(type(m) is torch.nn.Linear and m.bias is None for m in mods):
                return False
        return True


def _rotate(x, cos, sin):
    half = x.shape[-1] // 2
    return x * cos + torch.cat((-x[..., half:], x[..., :half]), -1) * sin


def _signed(sin):
    """sin with its first half negated, for `_rotate_signed`."""
    half = sin.shape[-1] // 2
    return torch.cat((-sin[..., :half], sin[..., half:]), -1)


def _rotate_signed(x, cos, signed_sin):
    """`_rotate` with the sign of the rotated half moved into sin (the same numbers: negating
    a factor is exact) and the products accumulated in place: two temporaries, not five."""
    half = x.shape[-1] // 2
    rotated = torch.cat((x[..., half:], x[..., :half]), -1).mul_(signed_sin)
    return torch.mul(x, cos).add_(rotated)


def _attn_proj(layer, h, rope: _Rope, cos, sin):
    b, t, _ = h.shape
    a = layer.self_attn
    q = a.q_proj(h).view(b, t, rope.heads, rope.dim).transpose(1, 2)
    k = a.k_proj(h).view(b, t, rope.kv_heads, rope.dim).transpose(1, 2)
    v = a.v_proj(h).view(b, t, rope.kv_heads, rope.dim).transpose(1, 2)
    return _rotate(q, cos, sin), _rotate(k, cos, sin), v


def train_hidden(model, ids: torch.Tensor) -> torch.Tensor:
    """Final-normed hidden states [B, T, C] of a causal forward over right-padded token ids
    (pads come after every real token, so no padding mask is needed)."""
    inner, rope = _inner(model), _Rope(model)
    b, t = ids.shape
    pos = torch.arange(t).expand(b, t)
    cos, sin = rope.cos_sin(pos)
    x = inner.embed_tokens(ids)
    groups = rope.heads // rope.kv_heads
    for layer in inner.layers:
        q, k, v = _attn_proj(layer, _norm(layer.input_layernorm, x), rope, cos, sin)
        if groups > 1:
            k, v = k.repeat_interleave(groups, 1), v.repeat_interleave(groups, 1)
        o = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + layer.self_attn.o_proj(o.transpose(1, 2).reshape(b, t, -1))
        x = x + layer.mlp(_norm(layer.post_attention_layernorm, x))
    return _norm(inner.norm, x)


def train_logits(model, ids: torch.Tensor) -> torch.Tensor:
    """Logits [B, T, V] of a causal forward over right-padded token ids."""
    return _lm_head(model)(train_hidden(model, ids))


def completion_nll(model, ids: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Per-example mean negative log-likelihood [B] of the labelled tokens (labels -100 are
    not predicted). The output layer and the softmax run on the labelled positions only: a
    completion is about a third of an example's tokens, and padding is none of them."""
    hidden = train_hidden(model, ids)[:, :-1]
    target = labels[:, 1:]
    counted = target != -100
    logits = _lm_head(model)(hidden[counted])
    nll = F.cross_entropy(logits.float(), target[counted], reduction="none")
    total = torch.zeros(ids.shape[0], dtype=nll.dtype).index_add_(0, counted.nonzero()[:, 0], nll)
    return total / counted.sum(1).clamp(min=1)


class Decoder:
    """Incremental decoding of k sampled rows per prompt with one shared copy of each prompt.

    A batch holds G distinct prompts and N rows (row r continues prompt `groups[r]`; rows of
    one prompt are contiguous). Each prompt is pre-filled once, right-padded, and its keys and
    values stay in one per-prompt cache `[G, kv_heads, P, head_dim]` that is never copied to
    its rows. Every decode step feeds one token per row, all rows at the same generated
    position t, so the generated keys and values live in a per-row cache
    `[N, kv_heads, max_new, head_dim]` written at column t. A step's attention is two batched
    matmuls and one softmax over their joined scores:

    - prompt part: the queries of a prompt's rows, gathered into a `[G, heads, S, head_dim]`
      block (S = most live rows of any prompt), times that prompt's keys: one matmul per
      (prompt, head) with S query rows instead of S matrix-vector products over S copies;
    - generated part: each row's query times its own t + 1 generated keys.

    `keep(rows)` drops finished rows (and prompts left with none) so later steps cost only what
    the live rows need.
    """

    def __init__(self, model, prompts: list[list[int]], groups: torch.Tensor, max_new: int):
        self.model, self.inner, self.rope = model, _inner(model), _Rope(model)
        if len(groups) and bool((groups[1:] < groups[:-1]).any()):
            raise ValueError("rows must be sorted by prompt")
        rope = self.rope
        self.kv_groups = rope.heads // rope.kv_heads
        self.scale = rope.dim ** -0.5
        self.lengths = torch.tensor([len(p) for p in prompts])
        self.max_new, self.t = max_new, 0
        dtype = self.inner.embed_tokens.weight.dtype
        n_layers = len(self.inner.layers)
        shape = (len(groups), rope.kv_heads, max_new, rope.dim)
        self.kg = [torch.empty(shape, dtype=dtype) for _ in range(n_layers)]
        self.vg = [torch.empty(shape, dtype=dtype) for _ in range(n_layers)]
        self.kp: list[torch.Tensor] = []
        self.vp: list[torch.Tensor] = []
        layers = self.inner.layers
        self.fused = [_Fused(l) for l in layers] if _Fused.usable(model) else None
        self.prompts = prompts
        self._layout(groups)

    def _layout(self, groups: torch.Tensor) -> None:
        """Row -> (prompt block, slot) bookkeeping for live rows of prompts `groups`."""
        present, local = torch.unique_consecutive(groups, return_inverse=True)
        counts = torch.bincount(local, minlength=len(present))
        self.present = present  # the prompt of each block
        self.slots = int(counts.max()) if len(counts) else 0
        starts = torch.cumsum(counts, 0) - counts
        self.slot = local * self.slots + (torch.arange(len(groups)) - starts[local])
        self.dense = bool((counts == self.slots).all())  # blocks full: no gather needed
        self.row_prompt = local  # block of each row
        self.pos0 = self.lengths[present][local]  # RoPE position of generated token 0

    def prefill(self) -> torch.Tensor:
        """Read every prompt once; logits [N, V] of each row's first new token."""
        rope = self.rope
        g, p = len(self.prompts), int(self.lengths.max())
        ids = torch.zeros((g, p), dtype=torch.long)
        for i, row in enumerate(self.prompts):  # right padding: positions are 0..len-1
            ids[i, :len(row)] = torch.tensor(row)
        key_ok = torch.arange(p)[None] < self.lengths[:, None]
        causal = torch.ones((p, p), dtype=torch.bool).tril()
        mask = (causal[None] & key_ok[:, None]).unsqueeze(1)  # [G, 1, P, P]
        self.prompt_bias = torch.zeros((g, 1, 1, p))
        self.prompt_bias.masked_fill_(~key_ok[:, None, None], float("-inf"))
        cos, sin = rope.cos_sin(torch.arange(p).expand(g, p))
        x = self.inner.embed_tokens(ids)
        for i, layer in enumerate(self.inner.layers):
            q, k, v = self._qkv(i, layer, x, cos, sin)
            self.kp.append(k.transpose(-1, -2).contiguous())  # [G, kvh, D, P]: ready for q @ k
            self.vp.append(v.contiguous())
            if self.kv_groups > 1:
                k, v = k.repeat_interleave(self.kv_groups, 1), v.repeat_interleave(self.kv_groups, 1)
            o = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
            x = self._mlp(i, layer, x, o.transpose(1, 2).reshape(g, p, -1))
        last = x[torch.arange(g), self.lengths - 1]
        logits = _lm_head(self.model)(_norm(self.inner.norm, last))
        if len(self.present) < g:  # a prompt without rows needs no cache
            self.kp = [k[self.present] for k in self.kp]
            self.vp = [v[self.present] for v in self.vp]
            self.prompt_bias = self.prompt_bias[self.present]
        return logits[self.present[self.row_prompt]]

    def _qkv(self, i, layer, x, cos, sin):
        """Rotated queries, keys and values [B, heads, T, dim] of one layer."""
        rope = self.rope
        b, t, _ = x.shape
        if not self.fused:
            return _attn_proj(layer, _norm(layer.input_layernorm, x), rope, cos, sin)
        f = self.fused[i]
        sizes = (rope.heads * rope.dim, rope.kv_heads * rope.dim, rope.kv_heads * rope.dim)
        q, k, v = F.linear(_norm(f.ln1, x), f.qkv).split(sizes, -1)
        q = _rotate(q.view(b, t, rope.heads, rope.dim).transpose(1, 2), cos, sin)
        k = _rotate(k.view(b, t, rope.kv_heads, rope.dim).transpose(1, 2), cos, sin)
        return q, k, v.view(b, t, rope.kv_heads, rope.dim).transpose(1, 2)

    def _mlp(self, i, layer, x, o):
        """Residual output projection and MLP of one layer (x is this decoder's own hidden
        state: the fused path adds to it in place, and keeps the MLP's activations in the
        gate/up projection's output, so no step allocates more than it needs)."""
        if not self.fused:
            x = x + layer.self_attn.o_proj(o)
            return x + layer.mlp(_norm(layer.post_attention_layernorm, x))
        f = self.fused[i]
        x += F.linear(o, f.o)
        gate, up = F.linear(_norm(f.ln2, x), f.gate_up).chunk(2, -1)
        x += F.linear(F.silu(gate, inplace=True).mul_(up), f.down)
        return x

    def keep(self, rows: torch.Tensor) -> None:
        """Continue with these live rows only (indices into the current rows, ascending)."""
        groups = self.present[self.row_prompt[rows]]
        t = self.t
        for cache in (self.kg, self.vg):  # compacted into the front of the same buffers
            for i, c in enumerate(cache):
                c[:len(rows), :, :t] = c[rows, :, :t]
                cache[i] = c[:len(rows)]
        kept = torch.unique_consecutive(groups)
        if len(kept) < len(self.present):
            where = torch.searchsorted(self.present, kept)
            self.kp = [k[where] for k in self.kp]
            self.vp = [v[where] for v in self.vp]
            self.prompt_bias = self.prompt_bias[where]
        self._layout(groups)

    def step(self, tokens: torch.Tensor) -> torch.Tensor:
        """Feed one token per live row; logits [N, V] of the next."""
        rope, t = self.rope, self.t
        n, h, kvh, d = len(tokens), rope.heads, rope.kv_heads, rope.dim
        cos, sin = rope.cos_sin(self.pos0 + t)  # [N, 1, D]
        signed_sin = _signed(sin) if self.fused else None  # the fused path's rotation
        x = self.inner.embed_tokens(tokens)  # [N, C]
        for i, layer in enumerate(self.inner.layers):
            if self.fused:
                f = self.fused[i]
                qkv = F.linear(_norm(f.ln1, x), f.qkv)
                qk = _rotate_signed(qkv[:, :(h + kvh) * d].view(n, h + kvh, d), cos, signed_sin)
                q, k = qk[:, :h], qk[:, h:]
                v = qkv[:, (h + kvh) * d:].view(n, kvh, d)
            else:
                q, k, v = (z[:, :, 0] for z in _attn_proj(layer, _norm(
                    layer.input_layernorm, x[:, None]), rope, cos[:, None], sin[:, None]))
            self.kg[i][:, :, t] = k
            self.vg[i][:, :, t] = v
            o = self._attend(i, q * self.scale)
            x = self._mlp(i, layer, x, o)
        self.t = t + 1
        return _lm_head(self.model)(_norm(self.inner.norm, x))

    def _attend(self, i: int, q: torch.Tensor) -> torch.Tensor:
        """Attention output [N, heads * dim] of scaled queries q [N, heads, dim]."""
        if self.rope.kv_heads == 1:
            return self._attend_one_kv(i, q)
        rope, n, t = self.rope, q.shape[0], self.t + 1
        h, kvh, d, rep = rope.heads, rope.kv_heads, rope.dim, self.kv_groups
        g, s = len(self.present), self.slots
        kp, vp = self.kp[i], self.vp[i]  # [G, kvh, D, P] and [G, kvh, P, D]
        p = kp.shape[3]
        # prompt part: [G, S, h, D] -> [G, kvh, rep * S, D] @ [G, kvh, D, P]
        qb = q if self.dense else q.new_zeros((g * s, h, d)).index_copy_(0, self.slot, q)
        qb = qb.view(g, s, kvh, rep, d).permute(0, 2, 3, 1, 4).reshape(g, kvh, rep * s, d)
        sp = torch.matmul(qb, kp).view(g, h, s, p) + self.prompt_bias
        sp = sp.permute(0, 2, 1, 3).reshape(g * s, h, p)
        if not self.dense:
            sp = sp.index_select(0, self.slot)
        # generated part: each row's query against its own t keys
        kg, vg = self.kg[i][:, :, :t], self.vg[i][:, :, :t]  # [N, kvh, t, D]
        sg = torch.matmul(q.view(n, kvh, rep, d), kg.transpose(-1, -2)).view(n, h, t)
        probs = torch.softmax(torch.cat((sp, sg), -1), -1)
        pp, pg = probs[..., :p], probs[..., p:]
        og = torch.matmul(pg.reshape(n, kvh, rep, t), vg).view(n, h * d)
        if not self.dense:
            pp = pp.new_zeros((g * s, h, p)).index_copy_(0, self.slot, pp)
        pp = pp.reshape(g, s, kvh, rep, p).permute(0, 2, 3, 1, 4).reshape(g, kvh, rep * s, p)
        op = torch.matmul(pp, vp).view(g, kvh, rep, s, d).permute(0, 3, 1, 2, 4)
        op = op.reshape(g * s, h * d)
        if not self.dense:
            op = op.index_select(0, self.slot)
        return op + og

    def _attend_one_kv(self, i: int, q: torch.Tensor) -> torch.Tensor:
        """`_attend` when all heads share one key/value head: a prompt block's queries are
        then one matrix [S * heads, dim] as they lie in memory (no permutation), and the
        prompt's padding bias is added inside the matmul."""
        n, t, g, s = q.shape[0], self.t + 1, len(self.present), self.slots
        h, d = self.rope.heads, self.rope.dim
        kp, vp = self.kp[i], self.vp[i]  # [G, 1, D, P] and [G, 1, P, D]
        p = kp.shape[3]
        qb = q if self.dense else q.new_zeros((g * s, h, d)).index_copy_(0, self.slot, q)
        sp = torch.baddbmm(self.prompt_bias.view(g, 1, p), qb.view(g, s * h, d),
                           kp.view(g, d, p)).view(g * s, h, p)
        if not self.dense:
            sp = sp.index_select(0, self.slot)
        kg, vg = self.kg[i][:, 0, :t], self.vg[i][:, 0, :t]  # [N, t, D]
        sg = torch.bmm(q, kg.transpose(1, 2))  # [N, heads, t]
        probs = torch.softmax(torch.cat((sp, sg), -1), -1)
        og = torch.bmm(probs[..., p:], vg).view(n, h * d)
        if self.dense:
            pp = probs.view(g, s * h, p + t)[..., :p]
        else:
            pp = probs.new_zeros((g * s, h, p)).index_copy_(0, self.slot, probs[..., :p])
            pp = pp.view(g, s * h, p)
        op = torch.bmm(pp, vp.view(g, p, d)).view(g * s, h * d)
        if not self.dense:
            op = op.index_select(0, self.slot)
        return op + og
