"""Helper for scripts/bench-engines: the faster-whisper runner, WER scoring and the report.

    bench_engines.py fw --model DIR --threads N --out JSON [--split-stereo] FILE...
    bench_engines.py wer REF.txt HYP.txt            -> prints "errors words"
    bench_engines.py text hush|cli FILE...          -> the transcript text of engine outputs
    bench_engines.py report RESULTS.tsv META.json --json OUT.json

`fw` is timed as a whole process by the caller (model load included): it loads the CTranslate2
model once and transcribes every FILE in turn, like `hush redact A B ...` and `whisper-cli -f A
-f B`. Transcript text goes only to the --out file, never to the terminal.
"""

import json
import re
import statistics
import sys


def run_fw(argv):
    import argparse

    p = argparse.ArgumentParser(prog="bench_engines.py fw")
    p.add_argument("--model", required=True)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", required=True)
    p.add_argument("--split-stereo", action="store_true")
    p.add_argument("files", nargs="+")
    a = p.parse_args(argv)

    from faster_whisper import WhisperModel
    from faster_whisper.audio import decode_audio

    model = WhisperModel(
        a.model, device="cpu", compute_type="int8", cpu_threads=a.threads, num_workers=1
    )
    settings = dict(
        language="en",
        beam_size=1,
        best_of=1,
        without_timestamps=False,
        word_timestamps=True,
        condition_on_previous_text=False,
        vad_filter=False,
    )
    out = {}
    for f in a.files:
        inputs = list(decode_audio(f, split_stereo=True)) if a.split_stereo else [f]
        texts = []
        for audio in inputs:
            segments, _info = model.transcribe(audio, **settings)
            texts.append(" ".join(s.text.strip() for s in segments))
        out[f] = "\n".join(texts)
    with open(a.out, "w") as fh:
        json.dump(out, fh)


# --- text normalization and WER -------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    if n < 1_000_000:
        rest = n % 1000
        return number_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + number_words(rest))
    return " ".join(ONES[int(d)] for d in str(n))


ABBREV = {"mr": "mister", "mrs": "missus", "dr": "doctor", "st": "saint"}


def normalize(text):
    """Lower case, digits spelled out, hyphens split, other punctuation and apostrophes dropped."""
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"(\d),(\d{3})", r"\1\2", t)
    t = re.sub(r"\d+", lambda m: " " + number_words(int(m.group())) + " ", t)
    t = re.sub(r"[-\u2014\u2013/]", " ", t)
    t = re.sub(r"[^a-z' ]", " ", t)
    t = t.replace("'", "")
    return [ABBREV.get(w, w) for w in t.split()]


def edit_distance(ref, hyp):
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def run_wer(argv):
    ref = normalize(open(argv[0]).read())
    hyp = normalize(open(argv[1]).read())
    print(edit_distance(ref, hyp), len(ref))


def run_text(argv):
    """Transcript text of engine outputs: hush `.redacted.txt` (a split call's lines start with
    the speaker label, dropped here) or whisper-cli `.json` (-oj/-ojf)."""
    kind, files = argv[0], argv[1:]
    parts = []
    for f in files:
        if kind == "hush":
            for line in open(f):
                line = re.sub(r"^[A-Za-z0-9_]+: ", "", line.strip())
                parts.append(line)
        elif kind == "cli":
            data = json.load(open(f))
            parts.extend(s["text"].strip() for s in data["transcription"])
        elif kind == "fw":
            parts.extend(json.load(open(f)).values())
    print(" ".join(parts))


# --- report ---------------------------------------------------------------------------------

ENGINES = ["hush", "fw", "cli"]
LABEL = {"hush": "hush", "fw": "faster-whisper", "cli": "whisper-cli"}


def run_report(argv):
    tsv, meta_path = argv[0], argv[1]
    json_out = argv[argv.index("--json") + 1] if "--json" in argv else None
    meta = json.load(open(meta_path))
    runs = {}
    for line in open(tsv):
        wl, eng, rnd, wall, rss = line.split("\t")
        runs.setdefault(wl, {}).setdefault(eng, []).append(
            {"round": int(rnd), "wall_s": float(wall), "rss_kib": int(rss)}
        )
    result = {"meta": meta, "workloads": {}}
    for wl, w in meta["workloads"].items():
        entry = {"audio_s": w["audio_s"], "files": w["files"], "description": w["description"], "engines": {}}
        for eng in ENGINES:
            rs = runs.get(wl, {}).get(eng, [])
            if not rs:
                continue
            walls = [r["wall_s"] for r in rs]
            entry["engines"][eng] = {
                "runs": rs,
                "median_wall_s": statistics.median(walls),
                "median_rtf": statistics.median(walls) / w["audio_s"],
                "peak_rss_mib": max(r["rss_kib"] for r in rs) / 1024,
                "wer": w.get("wer", {}).get(eng),
            }
        e = entry["engines"]
        # Ratios of paired runs (same round), then their median, so drift between rounds cancels.
        for other in ("fw", "cli"):
            if "hush" in e and other in e:
                pairs = {r["round"]: r["wall_s"] for r in e[other]["runs"]}
                ratios = [r["wall_s"] / pairs[r["round"]] for r in e["hush"]["runs"] if r["round"] in pairs]
                entry[f"hush_over_{other}"] = statistics.median(ratios)
        result["workloads"][wl] = entry
    reads = [w for w in result["workloads"] if w.startswith("read")]
    quiet = result["workloads"][reads[0]] if reads else None
    busy = result["workloads"].get("busy")
    if quiet and busy:
        result["busy_slowdown"] = {
            eng: busy["engines"][eng]["median_wall_s"] / quiet["engines"][eng]["median_wall_s"]
            for eng in ENGINES
            if eng in busy["engines"] and eng in quiet["engines"]
        }
    if json_out:
        with open(json_out, "w") as fh:
            json.dump(result, fh, indent=2)
    print_table(result)


def fmt_wer(x):
    return "–" if x is None else f"{100 * x[0] / x[1]:.1f}%"


def print_table(result):
    rounds = result["meta"]["rounds"]
    print(f"| workload | audio | hush | faster-whisper | whisper-cli | hush/fw | hush/cli | WER hush / fw / cli |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for wl, e in result["workloads"].items():
        eng = e["engines"]
        cells = []
        for k in ENGINES:
            if k in eng:
                cells.append(f"{eng[k]['median_wall_s']:.2f} s ({eng[k]['peak_rss_mib']:.0f} MiB)")
            else:
                cells.append("–")
        wers = " / ".join(fmt_wer(eng[k]["wer"]) if k in eng else "–" for k in ENGINES)
        if all(k not in eng or eng[k]["wer"] is None for k in ENGINES):
            wers = "–"
        ratio = lambda key: f"{e[key]:.2f}x" if key in e else "–"
        print(
            f"| {e['description']} | {e['audio_s']:.1f} s | {' | '.join(cells)} | "
            f"{ratio('hush_over_fw')} | {ratio('hush_over_cli')} | {wers} |"
        )
    print()
    print(f"Median wall time of {rounds} paired, interleaved rounds (whole process, model load included), "
          "peak RSS (max over rounds) in brackets; ratios are medians of the per-round ratios.")
    if "busy_slowdown" in result:
        s = result["busy_slowdown"]
        print("Slowdown beside one busy process (busy / quiet median, same recording): "
              + ", ".join(f"{LABEL[k]} {v:.2f}x" for k, v in s.items()) + ".")


def main():
    cmd, argv = sys.argv[1], sys.argv[2:]
    {"fw": run_fw, "wer": run_wer, "text": run_text, "report": run_report}[cmd](argv)


if __name__ == "__main__":
    main()
