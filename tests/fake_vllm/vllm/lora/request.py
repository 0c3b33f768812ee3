"""Stand-in for `vllm.lora.request`: `LoRARequest(lora_name, lora_int_id, lora_path)`."""
from dataclasses import dataclass


@dataclass
class LoRARequest:
    """As in vLLM: a name, an integer id (> 0, unique per adapter), the adapter's folder."""

    lora_name: str
    lora_int_id: int
    lora_path: str = ""

    def __post_init__(self):
        if self.lora_int_id < 1:
            raise ValueError(f"id must be > 0, got {self.lora_int_id}")

    @property
    def adapter_id(self):
        return self.lora_int_id

    @property
    def name(self):
        return self.lora_name

    @property
    def path(self):
        return self.lora_path
