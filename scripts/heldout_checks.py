"""Checks shared by the held-out rounds' text modules (scripts/heldout3_set.py and later): the
item markup and every value's checksum or fictional range, so that no round ships a value that
could be real, or one a validator rejects for a reason the round did not mean to test.

A round's module keeps its own texts (`UTTERANCES`, `CALLS`, `WHOLE`) and calls `self_check` on
them; scripts/make_heldout.py runs it before it synthesizes anything.
"""

from __future__ import annotations

import re

# `[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`, as scripts/make_spoken_set.py.
AGENT = 0  # the agent's channel, as the texts modules number them
ITEM = re.compile(r"\[([^\[\]|]+)\|([A-Z_]+)\|([^\[\]|]*)(?:\|([^\[\]|]*))?\]")

# IBAN lengths of the countries the rounds use (ISO 13616 registry).
IBAN_LENGTHS = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
                "GB": 22, "HR": 21, "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28,
                "PT": 25, "SE": 24, "SI": 19}

# Fictional UK numbers in national form: Ofcom's drama ranges (mobile 07700 900xxx, London
# 020 7946 0xxx, and the 496 0xxx blocks of the geographic codes below); "+44" drops the 0.
UK_DRAMA = ("07700900", "02079460", "01134960", "01144960", "01154960", "01164960", "01174960",
            "01184960", "01214960", "01314960", "01414960", "01514960", "01614960", "01914980")


def luhn_ok(digits: str) -> bool:
    """The Luhn check of a card number."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def aba_ok(digits: str) -> bool:
    """The ABA routing number checksum (weights 3, 7, 1)."""
    if not re.fullmatch(r"\d{9}", digits):
        return False
    d = [int(c) for c in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def iban_ok(value: str) -> bool:
    """ISO 13616 mod-97 and the country's length, plus the national check digits of BE, FR, NL."""
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) or IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    if int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
        return False
    bban = s[4:]
    if s[:2] == "BE":
        return int(bban[:10]) % 97 == (int(bban[10:]) % 97)  # 97 when the remainder is 0
    if s[:2] == "NL":
        return sum(int(c) * w for c, w in zip(bban[4:], range(10, 0, -1))) % 11 == 0
    if s[:2] == "FR":
        bank, branch, acct, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
        return (89 * int(bank) + 15 * int(branch) + 3 * int(acct) + int(key)) % 97 == 0
    if s[:2] == "ES":  # two mod-11 digits: bank and branch, then account
        w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

        def dc(ds: str) -> int:
            d = 11 - sum(int(c) * x for c, x in zip(ds, w)) % 11
            return {10: 1, 11: 0}.get(d, d)
        return bban[8:10] == f"{dc('00' + bban[:8])}{dc(bban[10:])}"
    if s[:2] == "NO":  # mod 11 over the account, weights 5 4 3 2 7 6 5 4 3 2
        r = sum(int(c) * x for c, x in zip(bban[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
        return (11 - r) % 11 == int(bban[10])
    if s[:2] == "PL":  # the branch code's check digit, weights 3 9 7 1 3 9 7
        r = sum(int(c) * x for c, x in zip(bban[:7], (3, 9, 7, 1, 3, 9, 7))) % 10
        return (10 - r) % 10 == int(bban[7])
    if s[:2] == "FI":  # Luhn over the 14 digits
        return luhn_ok(bban)
    return True


def ssn_ok(value: str) -> bool:
    """A valid-format SSN (area not 000, 666 or 9xx; group and serial not zero) or a last four."""
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", value)
    if not m:
        return bool(re.fullmatch(r"\d{4}", value))
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def phone_ok(value: str) -> bool:
    """Fictional numbers only: NANP 555-01xx, Ofcom drama ranges (international or national
    form), ACMA's 02 5550 range (the same)."""
    d = re.sub(r"\D", "", value)
    if value.startswith("+44"):
        return ("0" + d[2:]).startswith(UK_DRAMA) and len(d) == 12
    if value.startswith("+61"):
        return d.startswith("6125550") and len(d) == 11
    if value.startswith(("0", "(0")):
        if d.startswith("025550"):
            return len(d) == 10
        return d.startswith(UK_DRAMA) and len(d) == 11
    if value.startswith("+1"):
        d = d[1:]
    if len(d) == 7:
        return d.startswith("55501")
    return len(d) == 10 and d[0] in "23456789" and d[3:8] == "55501"


CHECKS = {
    "CREDIT_CARD": lambda v: luhn_ok(re.sub(r"\D", "", v)),
    "ROUTING_NUMBER": aba_ok,
    "IBAN": iban_ok,
    "SSN": ssn_ok,
    "PHONE": phone_ok,
}


def values(utterances, calls, whole) -> list[tuple[str, str, str]]:
    """(where, kind, value) of every utterance item, call item and whole call value."""
    out = []
    for cat, style, markup in utterances:
        out += [(f"{cat}_{style}", m[2], m[3]) for m in ITEM.finditer(markup)]
    for stem, turns in calls:
        parts = whole.get(stem, {})
        for ch, markup in turns:
            # a caller's item of a kind in WHOLE is a piece (checked as the whole value); an
            # agent's item (a read-back, round nine on) is never a piece
            out += [(stem, m[2], m[3]) for m in ITEM.finditer(markup)
                    if m[2] not in parts or ch == AGENT]
        out += [(f"{stem}/whole", kind, value) for kind, value in parts.items()]
    return out


def self_check(utterances, calls, whole) -> dict[str, int]:
    """Check every value's checksum or fictional range; items per kind (calls included)."""
    kinds: dict[str, int] = {}
    for where, kind, value in values(utterances, calls, whole):
        assert CHECKS.get(kind, lambda v: True)(value), f"{where}: {kind} value fails its check"
        kinds[kind] = kinds.get(kind, 0) + 1
    for stem in whole:
        assert stem in dict(calls), f"WHOLE names an unknown call {stem}"
    return kinds


def report(utterances, calls, per_kind: dict[str, int]) -> None:
    """The line `python3 scripts/heldoutN_set.py` prints."""
    print(f"{len(utterances)} utterances, {len(calls)} calls; values checked per kind: "
          + ", ".join(f"{k} {n}" for k, n in sorted(per_kind.items())))
