#!/usr/bin/env python3
"""Score hush's audio redaction against the gold PII time spans of the samples.

    eval_audio_redaction.py [--manifest FILE] OUT_DIR

OUT_DIR holds hush's `<stem>.redacted.json` for each clip in the manifest
(default samples/pii/manifest.json; its entities carry gold start_ms/end_ms).
Usually run through `scripts/eval-audio-redaction`, which runs hush first.

Per clip and in total:

  coverage    share of gold PII time (union of the clip's entity spans) that
              lies inside the muted intervals (`audio.muted`)      target >= 99 %
  collateral  share of muted time outside the gold spans           target <= 15 %
  boundary    for each gold entity matched to an overlapping hush entity of
              the same type: |start - start| and |end - end| in ms (mean, max);
              gold entities with no such hush entity are counted as missed

Muted intervals are clipped to the clip's duration; intervals of all channels
are pooled. A hush entity split across segments is joined back (same type,
touching or overlapping) before matching. Always exits 0 unless the arguments
are unusable: it is a measurement, not a test. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COVERAGE_TARGET = 0.99
COLLATERAL_TARGET = 0.15
JOIN_GAP_MS = 1  # hush parts of one entity this close are one entity


def union(iv: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(x for x in iv if x[1] > x[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def length(iv: list[tuple[int, int]]) -> int:
    return sum(b - a for a, b in iv)


def intersect(x: list[tuple[int, int]], y: list[tuple[int, int]]) -> int:
    """Total length of the intersection of two unions (sorted, disjoint)."""
    i = j = total = 0
    while i < len(x) and j < len(y):
        a, b = max(x[i][0], y[j][0]), min(x[i][1], y[j][1])
        total += max(0, b - a)
        if x[i][1] < y[j][1]:
            i += 1
        else:
            j += 1
    return total


def hush_entities(doc: dict) -> list[tuple[str, int, int]]:
    """(type, start_ms, end_ms) of every reported entity, parts split across
    segments joined."""
    by_type: dict[str, list[tuple[int, int]]] = {}
    for seg in doc.get("segments", []):
        for e in seg.get("entities", []):
            by_type.setdefault(e["type"], []).append((int(e["start_ms"]), int(e["end_ms"])))
    out = []
    for kind, iv in by_type.items():
        joined: list[tuple[int, int]] = []
        for a, b in sorted(iv):
            if joined and a <= joined[-1][1] + JOIN_GAP_MS:
                joined[-1] = (joined[-1][0], max(joined[-1][1], b))
            else:
                joined.append((a, b))
        out += [(kind, a, b) for a, b in joined]
    return out


def score_clip(clip: dict, doc: dict | None) -> dict:
    dur = int(clip.get("duration_ms") or 0)
    gold_ents = clip["entities"]
    gold = union([(e["start_ms"], e["end_ms"]) for e in gold_ents])
    r = {
        "clip": clip["file"].rsplit(".", 1)[0],
        "gold_ms": length(gold),
        "covered_ms": 0,
        "muted_ms": 0,
        "outside_ms": 0,
        "d_start": [],
        "d_end": [],
        "gold_n": len(gold_ents),
        "missed": [],
        "status": "ok",
    }
    if doc is None:
        r["status"] = "no output"
        r["missed"] = [e["kind"] for e in gold_ents]
        return r
    audio = doc.get("audio")
    if not isinstance(audio, dict):
        r["status"] = "no audio block"
        muted: list[tuple[int, int]] = []
    else:
        end = dur or max((int(m["end_ms"]) for m in audio.get("muted", [])), default=0)
        muted = union([
            (max(0, int(m["start_ms"])), min(end, int(m["end_ms"])))
            for m in audio.get("muted", [])
        ])
    r["covered_ms"] = intersect(gold, muted)
    r["muted_ms"] = length(muted)
    r["outside_ms"] = r["muted_ms"] - r["covered_ms"]

    ents = hush_entities(doc)
    for g in gold_ents:
        best, best_ov = None, 0
        for kind, a, b in ents:
            ov = min(b, g["end_ms"]) - max(a, g["start_ms"])
            if kind == g["kind"] and ov > best_ov:
                best, best_ov = (a, b), ov
        if best is None:
            r["missed"].append(g["kind"])
        else:
            r["d_start"].append(abs(best[0] - g["start_ms"]))
            r["d_end"].append(abs(best[1] - g["end_ms"]))
    return r


def pct(num: int, den: int) -> str:
    return f"{100.0 * num / den:6.1f}%" if den else "      -"


def stats(xs: list[int]) -> str:
    if not xs:
        return f"{'-':>9}/{'-':<6}"
    return f"{sum(xs) / len(xs):9.0f}/{max(xs):<6d}"


def row(name: str, r: dict) -> str:
    return (
        f"{name:<10}{pct(r['covered_ms'], r['gold_ms'])}{pct(r['outside_ms'], r['muted_ms'])}"
        f"{r['gold_ms']:8d}{r['muted_ms']:8d}{stats(r['d_start'])}{stats(r['d_end'])}"
        f"{len(r['missed']):4d}/{r['gold_n']}"
        + (f"  {' '.join(r['missed'])}" if r["missed"] else "")
        + (f"  [{r['status']}]" if r["status"] != "ok" else "")
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path, help="directory with <stem>.redacted.json")
    ap.add_argument("--manifest", type=Path, default=Path("samples/pii/manifest.json"))
    args = ap.parse_args()

    try:
        manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"eval-audio-redaction: cannot read {args.manifest}: {e}", file=sys.stderr)
        return 2
    if not all("start_ms" in e for c in manifest for e in c["entities"]):
        print(f"eval-audio-redaction: {args.manifest} has no gold times "
              "(regenerate with scripts/make-samples)", file=sys.stderr)
        return 2

    results, modes = [], set()
    for clip in manifest:
        path = args.out_dir / (clip["file"].rsplit(".", 1)[0] + ".redacted.json")
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            doc = None
        if doc and isinstance(doc.get("audio"), dict):
            modes.add(f"mode={doc['audio'].get('mode')} pad_ms={doc['audio'].get('pad_ms')}")
        results.append(score_clip(clip, doc))

    total = {
        "gold_ms": 0, "covered_ms": 0, "muted_ms": 0, "outside_ms": 0,
        "d_start": [], "d_end": [], "gold_n": 0, "missed": [], "status": "ok",
    }
    for r in results:
        for k in ("gold_ms", "covered_ms", "muted_ms", "outside_ms", "gold_n"):
            total[k] += r[k]
        for k in ("d_start", "d_end", "missed"):
            total[k] += r[k]

    print(f"audio redaction vs gold spans ({', '.join(sorted(modes)) or 'no audio block'})")
    print(f"{'clip':<10}{'cover':>7}{'collat':>7}{'gold_ms':>8}{'mute_ms':>8}"
          f"{'dstart avg/max':>16}{'dend avg/max':>16}  missed")
    for r in results:
        print(row(r["clip"], r))
    print("-" * 80)
    print(row("TOTAL", total))
    cov = total["covered_ms"] / total["gold_ms"] if total["gold_ms"] else 0.0
    col = total["outside_ms"] / total["muted_ms"] if total["muted_ms"] else 0.0
    print(
        f"coverage {100 * cov:.1f}% (target >= {100 * COVERAGE_TARGET:.0f}%: "
        f"{'met' if cov >= COVERAGE_TARGET else 'NOT met'}), "
        + (f"collateral {100 * col:.1f}% (target <= {100 * COLLATERAL_TARGET:.0f}%: "
           f"{'met' if col <= COLLATERAL_TARGET else 'NOT met'}), "
           if total["muted_ms"] else "collateral - (nothing muted), ")
        + f"missed entities {len(total['missed'])}/{total['gold_n']}"
    )
    print("dstart/dend: |hush - gold| in ms per gold entity matched to a hush entity of its type; "
          "missed: gold entities with none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
