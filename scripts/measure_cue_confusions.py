#!/usr/bin/env python3
"""Measure how Whisper mishears cue phrases on the committed spoken set.

Reads the raw transcripts written by `hush-eval transcripts --out FILE` (JSON Lines: id,
variant, text) and the set's manifest.json (reference text per utterance). Aligns the
reference and hypothesis words of each clip (word-level edit distance, substitutions preferred
between similar-sounding words), finds every cue phrase of CUES in the reference, and counts
what Whisper wrote in its place. Prints the table as markdown (counts only: cue phrases and the
words Whisper wrote for them, never a value).

    scripts/measure-cue-confusions        # transcribes under the whisper lock, then measures
    python3 scripts/measure_cue_confusions.py TRANSCRIPTS.jsonl [MANIFEST]

Standard library only.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher

# Cue phrases the recognizers use, as said in the spoken set's reference texts.
CUES = [
    "card number", "card", "visa", "mastercard", "american express", "amex",
    "security code", "cvv", "digit code", "on the back",
    "expires", "expiration", "expiry date", "expiry", "good through",
    "social security number", "social security", "social", "s s n", "last four",
    "account number", "checking account", "savings account", "account",
    "routing number", "routing", "iban", "zip code", "zip", "postal code",
    "date of birth", "d o b", "born", "birthday",
    "driver's license", "license number", "passport number", "passport",
    "customer id", "policy number", "member id", "employee id",
    "medical record number", "m r n", "health plan number", "medicare number",
    "phone number", "call me", "reach me", "email", "address", "my name is",
]


def words(text):
    """Lower-cased words without surrounding punctuation, as the normalizer cleans them."""
    out = []
    for w in text.split():
        w = w.strip("\"'()[]{}<>.,!?;:…“”‘’").lower().replace("’", "'")
        if w:
            out.append(w)
    return out


NUMBER_WORDS = {w: str(d) for d, w in enumerate(
    "zero one two three four five six seven eight nine".split())}


def view(phrase):
    """Roughly what the normalized view makes of a phrase: a value glued on by a dash dropped
    ("amex-3409…" → "amex"), spelled letters joined ("s s n" → "ssn"), digit words as digits.
    A form equal to its cue in this view needs no table entry."""
    out = []
    for w in phrase.split():
        w = re.sub(r"-[0-9][0-9-]*$", "", w)
        w = NUMBER_WORDS.get(w, w)
        if len(w) == 1 and w.isalpha() and out and out[-1].isalpha() and len(out[-1]) < 4:
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def similar(a, b):
    return SequenceMatcher(None, a, b).ratio()


def align(ref, hyp):
    """Word alignment: for each ref index, the hyp indices aligned to it (possibly none)."""
    n, m = len(ref), len(hyp)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c == inf:
                continue
            if i < n and j < m:
                s = 0.0 if ref[i] == hyp[j] else 1.0 - 0.5 * similar(ref[i], hyp[j])
                if c + s < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1] = c + s
                    back[i + 1][j + 1] = (i, j, "sub")
            if i < n and c + 1 < cost[i + 1][j]:
                cost[i + 1][j] = c + 1
                back[i + 1][j] = (i, j, "del")
            if j < m and c + 1 < cost[i][j + 1]:
                cost[i][j + 1] = c + 1
                back[i][j + 1] = (i, j, "ins")
    pairs = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, op = back[i][j]
        pairs.append((pi if op != "ins" else None, pj if op != "del" else None))
        i, j = pi, pj
    pairs.reverse()
    return pairs


def cue_spans(ref):
    """(start, end, cue) for every cue phrase in ref; longer phrases win, no overlaps."""
    taken = [False] * len(ref)
    spans = []
    for cue in sorted(CUES, key=lambda c: -len(c.split())):
        cw = cue.split()
        for s in range(len(ref) - len(cw) + 1):
            if ref[s:s + len(cw)] == cw and not any(taken[s:s + len(cw)]):
                spans.append((s, s + len(cw), cue))
                for k in range(s, s + len(cw)):
                    taken[k] = True
    return spans


def hyp_for_span(pairs, hyp, start, end):
    """The hyp words aligned to ref[start:end], with insertions inside the span."""
    idx = [k for k, (r, _) in enumerate(pairs) if r is not None and start <= r < end]
    if not idx:
        return []
    lo, hi = idx[0], idx[-1]
    return [hyp[h] for r, h in pairs[lo:hi + 1] if h is not None]


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    manifest = sys.argv[2] if len(sys.argv) > 2 else "samples/spoken/manifest.json"
    refs = {u["id"]: u["text"] for u in json.load(open(manifest))["utterances"]}
    seen = Counter()
    heard = defaultdict(Counter)
    for line in open(sys.argv[1]):
        row = json.loads(line)
        ref = words(refs[row["id"]])
        hyp = words(row["text"])
        pairs = align(ref, hyp)
        for s, e, cue in cue_spans(ref):
            seen[cue] += 1
            got = " ".join(hyp_for_span(pairs, hyp, s, e)) or "(dropped)"
            heard[cue][got] += 1
    print("| cue | said | as said | same in the view | misheard as (count) |")
    print("|---|---:|---:|---:|---|")
    totals = Counter()
    for cue in sorted(seen, key=lambda c: (-seen[c], c)):
        exact = heard[cue].get(cue, 0)
        same = sum(n for g, n in heard[cue].items() if g != cue and view(g) == view(cue))
        other = ", ".join(
            f"{g!r} ({n})" for g, n in heard[cue].most_common() if view(g) != view(cue)
        )
        totals.update(said=seen[cue], exact=exact, same=same)
        print(f"| {cue} | {seen[cue]} | {exact} | {same} | {other} |")
    t = totals
    print(f"\n{t['said']} cue phrases said, {t['exact']} written as said, {t['same']} in another "
          f"form the view reads the same, {t['said'] - t['exact'] - t['same']} misheard or dropped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
