"""Chat formatting shared by the hf and vllm backends, and a tokenizer built in code.

Both backends turn a prompt (one user message) into the model's chat text the same way, so
that a model trained by `HFBackend` sees, in training, exactly the prompt text `VLLMBackend`
samples from. `word_tokenizer` builds a small `PreTrainedTokenizerFast` with a Qwen3-style chat
template without any download; tests and `bench/hf_gpu.py` use it with randomly initialised
models. Nothing here imports torch; `word_tokenizer` imports `tokenizers`/`transformers` when
called.
"""
from __future__ import annotations

from typing import Any, Mapping

from iterdeploy import IterdeployError
from iterdeploy.backends import require

# The structure of Qwen3's template (system turn, <|im_start|>role ... <|im_end|>, and an
# empty <think></think> block after the generation prompt when thinking is switched off),
# reduced to what a text-in/text-out backend uses: no tools, no multi-turn reasoning cleanup.
QWEN3_STYLE_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}"
    "{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}"
    "{{- '<think>\\n\\n</think>\\n\\n' }}"
    "{%- endif %}"
    "{%- endif %}"
)

# Special tokens of Qwen3 at Qwen3's ids, so that a model of Qwen3's shape uses the same ids.
QWEN3_SPECIAL_IDS = {"<|endoftext|>": 151643, "<|im_start|>": 151644, "<|im_end|>": 151645,
                     "<think>": 151667, "</think>": 151668}

# vLLM accepts these values of `max_lora_rank` (LoRAConfig.__post_init__ in vLLM 0.8-0.10;
# older versions stop at 64 or 256, none accepts a value outside this list).
VLLM_LORA_RANKS = (8, 16, 32, 64, 128, 256, 320, 512)


def supports_thinking(tokenizer: Any) -> bool:
    """Whether the tokenizer's chat template reads an `enable_thinking` variable."""
    template = getattr(tokenizer, "chat_template", None)
    if isinstance(template, Mapping):
        template = template.get("default", "")
    return isinstance(template, str) and "enable_thinking" in template


def chat_text(tokenizer: Any, prompt: str, *, system_prompt: str | None = None,
              thinking: bool = False) -> str:
    """The chat-templated text of one user message, ending with the generation prompt."""
    if getattr(tokenizer, "chat_template", None) is None:
        raise IterdeployError(f"the tokenizer of {getattr(tokenizer, 'name_or_path', '?')} has "
                              "no chat template; use an instruction-tuned model or set one")
    messages = [{"role": "user", "content": prompt}]
    if system_prompt is not None:
        messages.insert(0, {"role": "system", "content": system_prompt})
    extra = {"enable_thinking": thinking} if supports_thinking(tokenizer) else {}
    # tokenize=False: in transformers 5 tokenize=True returns a BatchEncoding, and tokenizing
    # the text ourselves (without special tokens) keeps the ids identical across versions.
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True,
                                         **extra)


def encode(tokenizer: Any, text: str) -> list[int]:
    """Token ids of `text`, adding no special tokens (the chat template already has them)."""
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def vllm_lora_rank(r: int) -> int:
    """The smallest rank vLLM accepts as `max_lora_rank` that fits an adapter of rank r."""
    for rank in VLLM_LORA_RANKS:
        if rank >= r:
            return rank
    raise ValueError(f"LoRA rank {r} is above vLLM's largest max_lora_rank {VLLM_LORA_RANKS[-1]}")


def word_tokenizer(vocab: Mapping[str, int] | list[str], *, eos: str = "<|im_end|>",
                   pad: str = "<|endoftext|>", unk: str | None = None,
                   chat_template: str = QWEN3_STYLE_TEMPLATE):
    """A whitespace/punctuation word-level `PreTrainedTokenizerFast` with a Qwen3-style template.

    `vocab` is a word list (ids in order) or a word -> id mapping; it must contain `eos`, `pad`
    and the chat markers (`<|im_start|>`, `<think>`, `</think>`). Words are split on
    whitespace and around parentheses; unknown words map to `unk` (default: `pad`).
    """
    tokenizers = require("tokenizers")
    transformers = require("transformers")
    if not isinstance(vocab, Mapping):
        vocab = {word: i for i, word in enumerate(vocab)}
    vocab = dict(vocab)
    markers = [w for w in ("<|im_start|>", "<think>", "</think>") if w in vocab]
    for word in {eos, pad, *markers}:
        if word not in vocab:
            raise ValueError(f"the vocabulary has no {word!r}")
    unk = unk or pad
    pre = tokenizers.pre_tokenizers
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, unk_token=unk))
    tok.pre_tokenizer = pre.Sequence([pre.WhitespaceSplit(),
                                      pre.Split(tokenizers.Regex(r"[()]"), "isolated")])
    tok.decoder = tokenizers.decoders.WordPiece(prefix="##", cleanup=False)
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, eos_token=eos,
                                                pad_token=pad, unk_token=unk)
    # Added tokens match inside text with no spaces around them. As in Qwen3, <|im_start|> is
    # special (dropped when decoding) and <think> / </think> are not (kept in the text).
    added = tokenizers.AddedToken
    fast.add_tokens([added(w, special=False, normalized=False) for w in markers
                     if w.startswith("<think") or w.startswith("</think")])
    fast.add_special_tokens({"additional_special_tokens": [
        added(w, special=True, normalized=False) for w in markers if w == "<|im_start|>"]})
    fast.chat_template = chat_template
    return fast
