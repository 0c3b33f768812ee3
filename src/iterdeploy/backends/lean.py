"""A lean forward pass over a `transformers` Llama model's own modules, for the tiny backend.

For a 1 M-parameter model on a CPU core, the per-call overhead of the library forward (mask
construction, cache objects, hooks) costs more than the arithmetic. This module runs the same
computation with the model's own submodules (embeddings, RMSNorms, projections, MLPs, head,
so `peft` LoRA layers work unchanged) and only re-implements rotary attention:

- `train_logits(model, ids)`: causal forward over right-padded rows (pads come after every
  real token, so no padding mask is needed);
- `Decoder`: prefill (each distinct prompt once) + one-token steps with a preallocated KV
  cache over left-padded rows.

`tests/test_backend_tiny.py` checks both against the library forward.
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
    def usable(layer) -> bool:
        mods = (layer.self_attn.q_proj, layer.self_attn.k_proj, layer.self_attn.v_proj,
                layer.self_attn.o_proj, layer.mlp.gate_proj, layer.mlp.up_proj,
                layer.mlp.down_proj)
        return all(type(m) is torch.nn.Linear and m.bias is None for m in mods) and \
            type(layer.mlp.act_fn) is torch.nn.SiLU


def _rotate(x, cos, sin):
    half = x.shape[-1] // 2
    return x * cos + torch.cat((-x[..., half:], x[..., :half]), -1) * sin


def _attn_proj(layer, h, rope: _Rope, cos, sin):
    b, t, _ = h.shape
    a = layer.self_attn
    q = a.q_proj(h).view(b, t, rope.heads, rope.dim).transpose(1, 2)
    k = a.k_proj(h).view(b, t, rope.kv_heads, rope.dim).transpose(1, 2)
    v = a.v_proj(h).view(b, t, rope.kv_heads, rope.dim).transpose(1, 2)
    return _rotate(q, cos, sin), _rotate(k, cos, sin), v


def train_logits(model, ids: torch.Tensor) -> torch.Tensor:
    """Logits [B, T, V] of a causal forward over right-padded token ids."""
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
    return _lm_head(model)(_norm(inner.norm, x))


class Decoder:
    """Incremental decoding over left-padded prompts with a preallocated KV cache."""

    def __init__(self, model, prompt_ids: torch.Tensor, prompt_mask: torch.Tensor,
                 max_new: int):
        self.model, self.inner, self.rope = model, _inner(model), _Rope(model)
        b, w = prompt_ids.shape
        n_layers = len(self.inner.layers)
        total = w + max_new
        shape = (b, self.rope.kv_heads, total, self.rope.dim)
        dtype = self.inner.embed_tokens.weight.dtype
        self.k = [torch.zeros(shape, dtype=dtype) for _ in range(n_layers)]
        self.v = [torch.zeros(shape, dtype=dtype) for _ in range(n_layers)]
        # additive key mask: padding keys never attended to
        self.key_bias = torch.zeros((b, 1, 1, total), dtype=dtype)
        self.key_bias[:, 0, 0, :w] = torch.where(prompt_mask.bool(), 0.0, float("-inf"))
        self.pos = (prompt_mask.cumsum(1) - 1).clamp(min=0)
        self.width, self.filled = w, 0
        self.prompt_ids = prompt_ids
        layers = self.inner.layers
        self.fused = [_Fused(l) for l in layers] if all(map(_Fused.usable, layers)) else None

    def _run(self, ids: torch.Tensor, pos: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t = ids.shape
        rope, start = self.rope, self.filled
        end = start + t
        cos, sin = rope.cos_sin(pos)
        x = self.inner.embed_tokens(ids)
        groups = rope.heads // rope.kv_heads
        sizes = (rope.heads * rope.dim, rope.kv_heads * rope.dim, rope.kv_heads * rope.dim)
        for i, layer in enumerate(self.inner.layers):
            if self.fused:
                f = self.fused[i]
                q, k, v = F.linear(_norm(f.ln1, x), f.qkv).split(sizes, -1)
                q = _rotate(q.view(b, t, rope.heads, rope.dim).transpose(1, 2), cos, sin)
                k = _rotate(k.view(b, t, rope.kv_heads, rope.dim).transpose(1, 2), cos, sin)
                v = v.view(b, t, rope.kv_heads, rope.dim).transpose(1, 2)
            else:
                q, k, v = _attn_proj(layer, _norm(layer.input_layernorm, x), rope, cos, sin)
            self.k[i][:, :, start:end] = k
            self.v[i][:, :, start:end] = v
            kk, vv = self.k[i][:, :, :end], self.v[i][:, :, :end]
            if groups > 1:
                kk, vv = kk.repeat_interleave(groups, 1), vv.repeat_interleave(groups, 1)
            o = F.scaled_dot_product_attention(q, kk, vv, attn_mask=bias)
            o = o.transpose(1, 2).reshape(b, t, -1)
            if self.fused:
                x = x + F.linear(o, f.o)
                gate, up = F.linear(_norm(f.ln2, x), f.gate_up).chunk(2, -1)
                x = x + F.linear(F.silu(gate) * up, f.down)
            else:
                x = x + layer.self_attn.o_proj(o)
                x = x + layer.mlp(_norm(layer.post_attention_layernorm, x))
        self.filled = end
        return _lm_head(self.model)(_norm(self.inner.norm, x[:, -1]))

    def prefill(self, rows: torch.Tensor | None = None) -> torch.Tensor:
        """Logits [R, V] of the next token after each prompt. With `rows` (a prompt index per
        sampled row) every prompt is read once and its cache copied to its rows."""
        w = self.width
        bias = self.key_bias[..., :w] + torch.full((w, w), float("-inf")).triu(1)
        # a padding query sees only padding keys (all -inf: NaN); let every query see itself
        bias[..., torch.arange(w), torch.arange(w)] = 0.0
        logits = self._run(self.prompt_ids, self.pos, bias)
        if rows is None:
            return logits
        self.k = [k[rows] for k in self.k]
        self.v = [v[rows] for v in self.v]
        self.key_bias, self.pos = self.key_bias[rows], self.pos[rows]
        return logits[rows]

    def keep(self, rows: torch.Tensor) -> None:
        """Continue with these rows only (finished rows are dropped to save work)."""
        self.k = [k[rows] for k in self.k]
        self.v = [v[rows] for v in self.v]
        self.key_bias, self.pos = self.key_bias[rows], self.pos[rows]

    def step(self, tokens: torch.Tensor) -> torch.Tensor:
        """Feed one token per row; logits [B, V] of the next."""
        self.key_bias[:, 0, 0, self.filled] = 0.0
        self.pos = self.pos[:, -1:] + 1
        return self._run(tokens[:, None], self.pos, self.key_bias[..., :self.filled + 1])
