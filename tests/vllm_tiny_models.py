"""Make a tiny embedding model and a tiny cross-encoder for vLLM's CPU build to serve.

Run by tests/test_vllm.py with the Python of vLLM's own virtualenv (deploy/vllm_cpu.sh), which
has torch and transformers; the appliance's virtualenv has neither need nor the same versions.
Reads a JSON spec on stdin:

    {"out": DIR, "texts": [every text the test will send],
     "pairs": [[query, [document, ...]], ...], "embed": [text, ...]}

and writes DIR/embedder and DIR/reranker (safetensors, config and tokenizer: what an operator's
model directory holds) and DIR/reference.json: what transformers itself computes with the same
weights, sigmoid(logit) per pair ("scores") and mean-pooled, normalised vectors ("embeddings"),
for the test to compare with what vLLM serves.

The architectures are production's: XLM-RoBERTa, as in multilingual-e5 and bge-m3 (embedding)
and bge-reranker-v2-m3 (cross-encoder). The weights are random (seeded): the tests check the
plumbing, not relevance. Nothing is downloaded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
from transformers import PreTrainedTokenizerFast, XLMRobertaConfig, XLMRobertaForSequenceClassification, XLMRobertaModel

HIDDEN = 64  # two heads of 32: vLLM's CPU attention takes head sizes of 32 and up


def tokenizer_for(texts: list[str]) -> PreTrainedTokenizerFast:
    """A SentencePiece-style (unigram, ▁ for spaces) tokenizer with one piece per character the
    test writes; XLM-R's own vocabulary has 250,002 pieces."""
    characters = sorted(set("".join(texts)) - {" "})
    vocabulary = [(token, 0.0) for token in ("<s>", "<pad>", "</s>", "<unk>")] + [("▁", -2.0)] + [(c, -3.0) for c in characters]
    tokenizer = Tokenizer(models.Unigram(vocabulary, unk_id=3, byte_fallback=False))
    tokenizer.normalizer = normalizers.NFKC()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Metaspace()
    # <s> A </s></s> B </s>, as XLM-R pairs a query with a passage.
    tokenizer.post_processor = processors.RobertaProcessing(("</s>", 2), ("<s>", 0))
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, bos_token="<s>", eos_token="</s>", sep_token="</s>", cls_token="<s>",
        unk_token="<unk>", pad_token="<pad>", model_max_length=512,
    )


def main() -> None:
    spec = json.loads(sys.stdin.read())
    out = Path(spec["out"])
    tokenizer = tokenizer_for(spec["texts"])
    config = {
        "vocab_size": len(tokenizer), "hidden_size": HIDDEN, "num_hidden_layers": 2, "num_attention_heads": 2,
        "intermediate_size": 2 * HIDDEN, "max_position_embeddings": 514, "type_vocab_size": 1,
        "pad_token_id": 1, "bos_token_id": 0, "eos_token_id": 2,
        # Real XLM-R configs name it; vLLM reads it. A wide initialisation spreads the scores.
        "position_embedding_type": "absolute", "initializer_range": 1.0,
    }
    torch.manual_seed(15)
    reranker = XLMRobertaForSequenceClassification(XLMRobertaConfig(**config, num_labels=1)).eval()
    embedder = XLMRobertaModel(XLMRobertaConfig(**config), add_pooling_layer=False).eval()

    reference: dict[str, list] = {"scores": [], "embeddings": []}
    with torch.no_grad():
        for query, documents in spec["pairs"]:
            batch = tokenizer([query] * len(documents), documents, padding=True, return_tensors="pt")
            batch.pop("token_type_ids", None)
            # One label: vLLM's /rerank applies the sigmoid, as sentence-transformers does.
            reference["scores"].append(torch.sigmoid(reranker(**batch).logits[:, 0]).tolist())
        batch = tokenizer(spec["embed"], padding=True, return_tensors="pt")
        batch.pop("token_type_ids", None)
        hidden = embedder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        mean = (hidden * mask).sum(1) / mask.sum(1)
        reference["embeddings"] = torch.nn.functional.normalize(mean, dim=-1).tolist()

    for name, model in (("reranker", reranker), ("embedder", embedder)):
        model.save_pretrained(out / name)
        tokenizer.save_pretrained(out / name)
    # The embedder as sentence-transformers describes e5 and bge-m3 (vLLM reads these files):
    # mean pooling over the tokens, then normalised.
    pooling = out / "embedder" / "1_Pooling"
    pooling.mkdir()
    (pooling / "config.json").write_text(json.dumps({"word_embedding_dimension": HIDDEN, "pooling_mode_mean_tokens": True}))
    (out / "embedder" / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ]))
    (out / "reference.json").write_text(json.dumps(reference))


if __name__ == "__main__":
    main()
