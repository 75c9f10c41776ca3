"""Training a specialist's LoRA adapter on the model the appliance serves (the optional extra:
`make train-deps`, requirements-train.txt).

* Base weights: the packaged GGUF dequantised once into a Hugging Face safetensors folder
  (bfloat16, as deploy/vllm_cpu.sh does for vLLM), or an operator's folder (the 7B on a GPU
  host) given as `base_dir`.
* Data: chat examples ({"messages": [...]}) or question/answer pairs ({"question", "answer"}),
  from a JSONL file, or two columns of a CSV / Excel FAQ sheet. Only the answer's tokens are
  learnt; the question and the template are context.
* The loop is plain PyTorch, so progress, ETA and cancel are one callback: bf16 autocast
  where the CPU has it (AVX512-BF16 / AMX), float32 otherwise.
* Output: the PEFT folder (adapter_config.json + adapter_model.safetensors), then a GGUF LoRA
  for llama.cpp made with the converter vendored in the pinned llama.cpp sources
  (convert_lora_to_gguf.py --base DIR, offline; `make train-deps` puts it under
  .venv/share/llama.cpp), or by specialists/gguf_lora.py where that is missing.

torch, transformers and peft are imported inside the functions that use them: the default
install has none of them, and the rest of the app must load without.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from appliance.components.llm.model_assets import MODEL_NAME, model_path
from ingestion.parsing.document import DocumentRejected
from ingestion.parsing.text import decode_text
from specialists import adapters
from specialists.gguf_lora import write_gguf_lora

DEFAULT_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
# The house answer style a specialist learns is short; longer examples are cut here.
MAX_EXAMPLE_TOKENS = 256


class TrainingUnavailable(RuntimeError):
    """The optional training extra is not installed."""


class TrainingCancelled(RuntimeError):
    pass


@dataclass
class TrainingOptions:
    rank: int = 8
    alpha: float = 16.0
    dropout: float = 0.05
    modules: tuple[str, ...] = DEFAULT_MODULES
    epochs: float = 2.0
    learning_rate: float = 2e-4
    batch_size: int = 4
    max_steps: int | None = None  # a short measured run: stop after this many steps
    threads: int | None = None
    seed: int = 0


@dataclass
class TrainingReport:
    examples: int
    steps: int
    planned_steps: int
    seconds: float
    cpu_seconds: float  # this process's CPU time: on a shared machine, what the run itself cost
    trained_tokens: int  # every token through the model (prompt and answer)
    tokens_per_second: float
    projected_seconds: float  # for all planned steps, at the measured speed
    losses: list[float] = field(default_factory=list)
    bf16: bool = False
    gguf_converter: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def require_training_extra() -> None:
    try:
        import peft  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as error:
        raise TrainingUnavailable(f"training needs the optional extra: make train-deps ({error})") from None


# --- data ----------------------------------------------------------------------------------


def _pair(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question.strip()}, {"role": "assistant", "content": answer.strip()}]


def load_examples(path: Path, *, question_column: str | None = None, answer_column: str | None = None) -> list[list[dict[str, str]]]:
    """Chat examples from JSONL ({"messages"} or {"question", "answer"}), or from two columns of
    a CSV or .xlsx FAQ sheet. A malformed line is an error naming it, not a silent skip."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        if not question_column or not answer_column:
            raise ValueError("a spreadsheet needs --question-column and --answer-column")
        rows = _sheet_rows(path)
        if rows and (question_column not in rows[0] or answer_column not in rows[0]):
            raise ValueError(f"columns {question_column!r} / {answer_column!r} not in {sorted(rows[0])}")
        return [_pair(str(row[question_column]), str(row[answer_column])) for row in rows if row.get(question_column) and row.get(answer_column)]
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path.name} line {number}: not JSON ({error})") from None
        if "messages" in record and isinstance(record["messages"], list):
            messages = [{"role": m["role"], "content": m["content"]} for m in record["messages"]]
            if not messages or messages[-1]["role"] != "assistant":
                raise ValueError(f"{path.name} line {number}: the last message must be the assistant's answer")
            examples.append(messages)
        elif "question" in record and "answer" in record:
            examples.append(_pair(record["question"], record["answer"]))
        else:
            raise ValueError(f"{path.name} line {number}: expected {{\"messages\"}} or {{\"question\", \"answer\"}}")
    return examples


def _sheet_table(data: bytes, *, suffix: str, header_only: bool = False) -> list[list[Any]]:
    """The rows of a CSV or of an .xlsx workbook's first sheet, the header row first. A CSV saved
    by Japanese Excel is Shift_JIS: decoded as ingestion decodes text files."""
    if suffix.lower() == ".csv":
        try:
            text = decode_text(data)
        except DocumentRejected as error:
            raise ValueError(str(error)) from None
        reader = csv.reader(io.StringIO(text, newline=""))  # a quoted answer may span lines
        return [next(reader, [])] if header_only else list(reader)
    import openpyxl  # in requirements.txt (the ingestion of spreadsheets)

    sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
    return [list(row) for row in sheet.iter_rows(values_only=True, max_row=1 if header_only else None)]


def _header(row: Sequence[Any]) -> list[str]:
    return [str(cell if cell is not None else "").strip() for cell in row]


def sheet_columns(data: bytes, *, suffix: str) -> list[str]:
    """The named columns of an FAQ sheet's header row, to choose the question and answer from."""
    rows = _sheet_table(data, suffix=suffix, header_only=True)
    return [name for name in dict.fromkeys(_header(rows[0]) if rows else []) if name]


QUESTION_NAMES = ("質問", "問い", "問", "q", "question", "questions")
ANSWER_NAMES = ("回答", "答え", "答", "a", "answer", "answers")


def guess_columns(columns: Sequence[str]) -> tuple[str, str]:
    """The question and answer columns an FAQ sheet most likely has (「質問」「回答」, Q / A), else
    its first two: only the form's preselection, the admin chooses."""

    def find(names: tuple[str, ...], word: str) -> str:
        return next((c for c in columns if c.casefold() in names), next((c for c in columns if word in c), ""))

    question, answer = find(QUESTION_NAMES, "質問"), find(ANSWER_NAMES, "回答")
    rest = [c for c in columns if c not in (question, answer)]
    question = question or (rest.pop(0) if rest else "")
    answer = answer or (rest.pop(0) if rest else "")
    return question, answer


def _sheet_rows(path: Path) -> list[dict[str, Any]]:
    rows = _sheet_table(path.read_bytes(), suffix=path.suffix)
    header = _header(rows[0]) if rows else []
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def split_held_back(examples: Sequence[Any], *, fraction: float = 0.25, seed: int = 0) -> tuple[list[Any], list[Any]]:
    """(train, held back): a fixed shuffle, so the bench and the training agree on the split."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    cut = round(len(examples) * fraction)
    held = sorted(order[:cut])
    return [examples[i] for i in sorted(order[cut:])], [examples[i] for i in held]


# --- base weights ----------------------------------------------------------------------------


def default_base_dir() -> Path:
    return Path(settings.APPLIANCE_HOME) / "models" / f"{MODEL_NAME}-hf"


def ensure_base_dir(base_dir: Path | None = None, *, gguf: Path | None = None, log: Callable[[str], object] = print) -> Path:
    """A Hugging Face folder of the served model: the given one (an operator's 7B folder), or
    the packaged GGUF dequantised once into it, by default under APPLIANCE_HOME/models
    (offline, about a minute and 1 GB)."""
    target = base_dir or default_base_dir()
    if (target / "config.json").is_file():
        return target
    require_training_extra()
    gguf = gguf or model_path(settings.APPLIANCE_HOME)
    if not gguf.is_file():
        raise ValueError(f"no packaged model at {gguf} (make install fetches it)")
    log(f"converting {gguf.name} to safetensors in {target} (once)")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, quantization_config=GgufConfig(gguf_file=gguf.name, dequantize=True), dtype=torch.bfloat16
    )
    # The weights are plain tensors now; forget the GGUF origin so it saves as a dense model.
    quantizer = getattr(model, "hf_quantizer", None)
    if quantizer is not None:
        quantizer.remove_quantization_config(model)
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(partial)
    tokenizer.save_pretrained(partial)
    (partial / ".converted").touch()
    partial.rename(target)
    return target


# --- training --------------------------------------------------------------------------------


def _encode(tokenizer: Any, messages: list[dict[str, str]]) -> tuple[list[int], list[int]]:
    """Token ids of the whole exchange, and labels that learn only the last answer."""
    prompt = tokenizer.apply_chat_template(messages[:-1], tokenize=False, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(messages, tokenize=False)
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    ids = tokenizer(full, add_special_tokens=False)["input_ids"][:MAX_EXAMPLE_TOKENS]
    labels = [-100] * min(len(prompt_ids), len(ids)) + ids[len(prompt_ids) :]
    return ids, labels


def cpu_has_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def train_lora(
    *,
    examples: Sequence[list[dict[str, str]]],
    base_dir: Path,
    output_dir: Path,
    options: TrainingOptions | None = None,
    progress: Callable[[int, int, float, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TrainingReport:
    """Train, save the PEFT folder to output_dir and return what was measured.
    `progress(step, planned_steps, loss, eta_seconds)`; `cancelled()` is asked every step."""
    require_training_extra()
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    options = options or TrainingOptions()
    if not examples:
        raise ValueError("no training examples")
    torch.manual_seed(options.seed)
    if options.threads:
        torch.set_num_threads(options.threads)
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    bf16 = cpu_has_bf16() or torch.cuda.is_available()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32).to(device)
    model = get_peft_model(
        model,
        LoraConfig(r=options.rank, lora_alpha=options.alpha, lora_dropout=options.dropout, target_modules=list(options.modules), task_type="CAUSAL_LM"),
    )
    encoded = [_encode(tokenizer, messages) for messages in examples]
    batches_per_epoch = math.ceil(len(encoded) / options.batch_size)
    planned = max(1, round(batches_per_epoch * options.epochs))
    steps = min(planned, options.max_steps) if options.max_steps else planned
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=options.learning_rate)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / 5) * max(0.05, 1 - step / planned))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    order = list(range(len(encoded)))
    shuffler = random.Random(options.seed)
    model.train()
    started, cpu_started = time.monotonic(), time.process_time()
    tokens = 0
    losses: list[float] = []
    for step in range(steps):
        if cancelled is not None and cancelled():
            raise TrainingCancelled(f"cancelled at step {step} of {steps}")
        position = (step % batches_per_epoch) * options.batch_size
        if position == 0:
            shuffler.shuffle(order)
        batch = [encoded[i] for i in order[position : position + options.batch_size]]
        width = max(len(ids) for ids, _ in batch)
        input_ids = torch.tensor([ids + [pad] * (width - len(ids)) for ids, _ in batch], device=device)
        labels = torch.tensor([lab + [-100] * (width - len(lab)) for _, lab in batch], device=device)
        mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids, _ in batch], device=device)
        with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=bf16):
            loss = model(input_ids=input_ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad(set_to_none=True)
        tokens += int(mask.sum())
        losses.append(round(loss.item(), 4))
        elapsed = time.monotonic() - started
        if progress is not None:
            progress(step + 1, steps, losses[-1], elapsed / (step + 1) * (steps - step - 1))
    seconds, cpu_seconds = time.monotonic() - started, time.process_time() - cpu_started
    output_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(output_dir)
    per_step = seconds / max(1, steps)
    return TrainingReport(
        examples=len(encoded),
        steps=steps,
        planned_steps=planned,
        seconds=round(seconds, 1),
        cpu_seconds=round(cpu_seconds, 1),
        trained_tokens=tokens,
        tokens_per_second=round(tokens / seconds, 1) if seconds else 0.0,
        projected_seconds=round(per_step * planned, 1),
        losses=losses,
        bf16=bf16,
    )


# --- GGUF ------------------------------------------------------------------------------------


def vendored_converter() -> Path | None:
    """convert_lora_to_gguf.py from the pinned llama.cpp sources (`make train-deps`)."""
    candidate = Path(sys.prefix) / "share" / "llama.cpp" / "convert_lora_to_gguf.py"
    return candidate if candidate.is_file() else None


def convert_to_gguf(*, adapter_dir: Path, base_dir: Path, output: Path) -> str:
    """The GGUF LoRA for llama.cpp; which converter made it."""
    converter = vendored_converter()
    if converter is not None:
        environment = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        subprocess.run(
            [sys.executable, str(converter), "--base", str(base_dir), "--outtype", "f32", "--outfile", str(output), str(adapter_dir)],
            check=True, capture_output=True, env=environment, timeout=600,
        )
        return "convert_lora_to_gguf.py"
    weights = (adapter_dir / adapters.WEIGHTS_NAME).read_bytes()
    write_gguf_lora(weights=weights, tensors=adapters.parse_safetensors_header(weights), alpha=json.loads((adapter_dir / adapters.CONFIG_NAME).read_text())["lora_alpha"], path=output)
    return "specialists/gguf_lora.py"
