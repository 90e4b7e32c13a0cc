"""The round-eight held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written when round seven (scripts/heldout7_set.py) was handed to the rules to tune on, by a
hand that did not read the detection rules (nor any transcript or result of an earlier
round), so that a set no rule has seen exists again. New sentences, names and values (no name,
street, town or value an earlier round or samples/spoken has), in domains no earlier round had
(dentist's balance and orthodontist, airline rebooking, council tax, insurance claim, tutoring
agency, bike shop, storage unit, boiler service, wedding venue, cattery, piano tuner, locksmith,
campsite, physio), in the ways people talk on calls: hesitations inside a value, restarts and
self-corrections (some leave a wrong value said first), a value split across two clauses of one
sentence, digits one by one, in fours, threes, pairs, odd groupings (two-two-two-two-one, a run
of nine) and across three turns, with "double", "triple", "oh", "zero" and "hundred" ("oh seven
seven hundred, nine hundred"), numerals in the text, spelled names and a spelled email user,
"M as in Mike", a UK driving licence number, UK numbers in national and international form, UK
addresses with their postcode, an Australian number in national and international form, a
seven-digit local number, a toll-free one, dates day first, month first and year first, cue
words before or after a value or none where a question gives the context (in calls, bare answers
to the agent's question). Utterances without PII carry ordinary numbers (prices, percentages,
times, gates, seats, sizes, pressures, durations, guests) and name-like or place-like words that
are not PII (menu, suite, book, bike and paint names), or a cue word with no value after it, to
measure over-redaction.

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 8`) only; the audio goes to
target/heldout8/ and is never committed. Once anyone tunes hush on these sentences or on what
Whisper writes for them, they stop being held out: write a round nine.

All values are fictional: NANP phones in 555-01xx (one toll-free, one in international form, one
seven-digit local), UK numbers in Ofcom's drama ranges (mobile, London, Leeds, Bristol,
Leicester, Liverpool), Australian ones in ACMA's 02 5550 drama range, Luhn-valid cards,
ABA-checksummed routing numbers, mod-97-valid IBANs with valid national check digits (BE, ES, NL;
IT with a valid CIN letter; DE, AT and GB have none the checks know), made-up bank codes,
valid-format SSNs, an NHS number in the 999 range kept for tests (mod-11 valid), a Medicare
number in the MBI format. `python3 scripts/heldout8_set.py` checks them (`self_check`), and
make_heldout.py runs the same check before it synthesizes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks  # noqa: E402
from heldout_checks import report  # noqa: E402

AGENT, CALLER = 0, 1

# (category, style, marked-up text); ids are heldout8_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "dentist_fours", "The balance for the crown can go on my Visa, [four one nine nine, nine two five "
     "nine, six seven two four, seven three five five|CREDIT_CARD|4199 9259 6724 7355]."),
    ("card", "airline_zero_oh", "For the rebooking fee, it's [four five five six, three zero three oh, seven oh "
     "three eight, seven one zero three|CREDIT_CARD|4556 3030 7038 7103]."),
    ("card", "bike_pairs", "Put the new wheels on [forty four ninety two, seventy six eighty nine, twenty one "
     "sixty four, fifteen twenty seven|CREDIT_CARD|4492 7689 2164 1527]."),
    ("card", "storage_hesitation", "For the storage unit, um, it's [four four oh two, uh, nine nine one three, "
     "seven three, er, eight three, three six seven eight|CREDIT_CARD|4402 9913 7383 3678]."),
    ("card", "council_numerals", "I want to pay the council tax arrears with [4 2 0 1, 8 7 4 9, 9 4 6 8, 9 1 2 0"
     "|CREDIT_CARD|4201 8749 9468 9120]."),
    ("card", "tutoring_threes", "For the block of tutoring sessions, the card is [four five seven, eight seven "
     "seven, five five nine, three one seven, one seven five five|CREDIT_CARD|4578 7755 9317 1755]."),
    ("card", "cue_after_boiler", "[Five one seven eight, oh three one six, five one one oh, six one oh six"
     "|CREDIT_CARD|5178 0316 5110 6106] is the card for the boiler service."),
    ("card", "expired_first", "Five two eight eight, one four... no, hang on, that one's expired. Use [five three "
     "oh triple nine five five, one six one two, two seven two six|CREDIT_CARD|5309 9955 1612 2726] instead."),
    ("card", "two_series_pairs", "The Mastercard is [twenty four seventeen, nineteen sixty four, forty forty six, "
     "seventy nine ninety|CREDIT_CARD|2417 1964 4046 7990]."),
    ("card", "split_halves", "It begins [two six two oh, two four six eight, and then the back half is five six "
     "three four, six triple nine|CREDIT_CARD|2620 2468 5634 6999]."),
    ("card", "amex_claim", "Charge the policy excess to the Amex, [three four oh seven, one five five four nine "
     "four, five six oh three eight|CREDIT_CARD|3407 155494 56038]."),
    ("card", "amex_doubles", "American Express, [three seven five eight, two double five, eight eight six, seven "
     "three five one four|CREDIT_CARD|3758 255886 73514]."),
    ("card", "wedding_cue_after", "[Five two nine four, two five nine nine, one oh seven five, seven three seven "
     "two|CREDIT_CARD|5294 2599 1075 7372], that's my husband's card, for the venue deposit."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "back_three", "The three digits on the back are [three eight four|CVV|384]."),
    ("cvv", "oh_first", "Security code, [oh seven one|CVV|071]."),
    ("cvv", "amex_four", "It's an Amex, so the code's four digits, [eight eight one five|CVV|8815]."),
    ("cvv", "cue_after", "[Two nine oh|CVV|290], that's the C V V."),
    ("cvv", "rubbed_off", "The C V C is a bit rubbed off, I think it's five six, um... [five six four|CVV|564]."),
    ("cvv", "numerals", "C V V [3 0 2|CVV|302]."),
    ("cvv", "triple", "The code on the back is [triple seven|CVV|777]."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "pairs", "Expires [oh six, thirty three|CARD_EXPIRY|06/33]."),
    ("expiry", "month_year", "It's valid through [November twenty thirty|CARD_EXPIRY|November 2030]."),
    ("expiry", "slash_digits", "Valid thru [one one slash three two|CARD_EXPIRY|11/32]."),
    ("expiry", "thousand", "Expiry date [zero nine, two thousand thirty|CARD_EXPIRY|09/2030]."),
    ("expiry", "cue_after", "[Seven, thirty one|CARD_EXPIRY|7/31] is the expiry on it."),
    ("expiry", "question_filler", "The end date? Uh, [January twenty twenty eight|CARD_EXPIRY|January 2028]."),
    ("expiry", "month_of", "The card's good till [March of twenty twenty nine|CARD_EXPIRY|March 2029]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "insurance_claim", "For the claim form, my social security number is [five two six, four one, eight "
     "eight oh three|SSN|526-41-8803]."),
    ("ssn", "odd_groups", "Social's [three four, seven two, two six, one nine, one|SSN|347-22-6191]."),
    ("ssn", "last_four_tutor", "For the tutor background check, the last four of my social are [nine oh one four"
     "|SSN|9014]."),
    ("ssn", "cue_after", "[Two one eight, six oh, four four three seven|SSN|218-60-4437] is my social."),
    ("ssn", "double_triple", "S S N, [one double two, eight five, triple oh six|SSN|122-85-0006]."),
    ("ssn", "wife", "My wife's social is [four oh three, one nine, seven six two five|SSN|403-19-7625]."),
    ("ssn", "run_of_nine", "Social security, [six two nine three oh eight four one five|SSN|629-30-8415]."),
    ("ssn", "numerals", "S S N [2 4 7, 5 3, 1 8 6 0|SSN|247-53-1860]."),
    ("ssn", "mixed_up", "My social is seven one two, oh... no, sorry, I mixed it up. [Seven two one, oh eight, "
     "three five five two|SSN|721-08-3552]."),
    ("ssn", "split_clauses", "The first part of my social is [two eight three, and the middle is seven four, and "
     "it ends six one one nine|SSN|283-74-6119]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "dentist_reminders", "Appointment reminders can go to [two oh three, five five five, oh one nine "
     "three|PHONE|(203) 555-0193]."),
    ("phone", "triple_five", "My cell is [five four one, triple five, oh one one eight|PHONE|(541) 555-0118]."),
    ("phone", "pairs_zero", "Call me on [six twelve, five fifty five, zero one seventy five|PHONE|(612) 555-0175]."),
    ("phone", "uk_mobile_hundreds", "My mobile's [oh seven seven hundred, nine hundred, eight six two"
     "|PHONE|07700 900862]."),
    ("phone", "london_plus", "From abroad you'd dial [plus four four, twenty, seven nine four six, oh five eight "
     "nine|PHONE|+44 20 7946 0589]."),
    ("phone", "au_plus", "My daughter's in Adelaide, her number is [plus six one, two, five five five oh, three "
     "three one eight|PHONE|+61 2 5550 3318]."),
    ("phone", "au_national", "The campsite office is on [oh two, five five five oh, four four seven one"
     "|PHONE|(02) 5550 4471]."),
    ("phone", "toll_free", "The claims line is [one eight seven seven, five five five, oh one six three"
     "|PHONE|+1 877-555-0163]."),
    ("phone", "seven_digit", "The front desk is [five five five, oh one eight six|PHONE|555-0186], just ask for "
     "the tuner."),
    ("phone", "correction", "It's three one eight, five five five, oh one... no, sorry, that's the old one. "
     "[Three one eight, five five five, oh one oh seven|PHONE|(318) 555-0107]."),
    ("phone", "numerals", "You can text [2 0 7, 5 5 5, 0 1 3 1|PHONE|(207) 555-0131] any time."),
    ("phone", "leeds_cue_after", "[Oh one one three, four nine six, oh two four five|PHONE|0113 496 0245] is the "
     "number for the storage depot."),
    ("phone", "plus_one", "I'm calling from Canada, so it's [plus one, four oh six, five five five, oh one four "
     "four|PHONE|+1 406-555-0144]."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "dots", "My email is [araminta dot gatesby at gmail dot com|EMAIL|araminta.gatesby@gmail.com"
     "|araminta gatesby]."),
    ("email", "underscore", "Use [sidonie underscore holm at outlook dot com|EMAIL|sidonie_holm@outlook.com"
     "|sidonie holm]."),
    ("email", "digits", "Send the quote to [k yarwood seventy one at yahoo dot com|EMAIL|kyarwood71@yahoo.com"
     "|yarwood]."),
    ("email", "agency_co_uk", "The agency's email is [enquiries at tollbridge tutors dot co dot uk"
     "|EMAIL|enquiries@tollbridgetutors.co.uk|tollbridge tutors]."),
    ("email", "spelled_user", "It's [d, z, i, e, d, z, i, c at gmail dot com|EMAIL|dziedzic@gmail.com"
     "|dziedzic]."),
    ("email", "triple", "Write down [penhallow triple seven at hotmail dot com|EMAIL|penhallow777@hotmail.com"
     "|penhallow]."),
    ("email", "cue_after", "[emrys dot tuilagi at icloud dot com|EMAIL|emrys.tuilagi@icloud.com|emrys tuilagi] "
     "is my personal email."),
    ("email", "correction", "It's aurelian at... no, the work one, [aurelian dot sundqvist at fastmail dot fm"
     "|EMAIL|aurelian.sundqvist@fastmail.fm|aurelian sundqvist]."),
    ("email", "double_oh", "Email's [hollowbread double oh four at aol dot com|EMAIL|hollowbread004@aol.com"
     "|hollowbread]."),
    ("email", "hyphen", "For the claim, it's [zenobia hyphen craddock at protonmail dot com"
     "|EMAIL|zenobia-craddock@protonmail.com|zenobia craddock]."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing_cheque", "The routing number on the cheque is [oh two seven, four six five, five five oh"
     "|ROUTING_NUMBER|027465550]."),
    ("bank", "account_pairs", "Account number [sixty one, thirty eight, oh nine, forty four, seven"
     "|BANK_ACCOUNT|613809447]."),
    ("bank", "routing_cue_after", "[Oh three six, five three one, nine nine six|ROUTING_NUMBER|036531996] is the "
     "routing."),
    ("bank", "account_question", "Which account? [Seven seven four, oh two, six one nine eight"
     "|BANK_ACCOUNT|774026198]."),
    ("bank", "claim_refund_both", "Refund the claim to routing [oh six five, nine six six, seven nine four"
     "|ROUTING_NUMBER|065966794], account [four four eight two, nine one oh, six three|BANK_ACCOUNT|448291063]."),
    ("bank", "account_hundred", "Account [twenty two hundred, forty one, nine seven|BANK_ACCOUNT|22004197]."),
    ("bank", "storage_checking", "Take the storage fee from checking, [three oh one, five five eight, two two oh"
     "|BANK_ACCOUNT|301558220]."),
    ("bank", "routing_numerals", "Routing [1 0 9 1 9 5 4 0 5|ROUTING_NUMBER|109195405]."),
    ("bank", "aba_fillers", "The A B A is [one one four, um, eight nine four, uh, three one nine"
     "|ROUTING_NUMBER|114894319]."),
    ("bank", "savings_cue_after", "[Six triple two, oh eight, four one five oh|BANK_ACCOUNT|6222084150] is the "
     "savings account."),
    ("bank", "routing_restart", "Routing number, one two nine, one... sorry, I'll start over. [One two nine, one "
     "nine five, one one three|ROUTING_NUMBER|129195113]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "de_venue", "The venue in Germany wants it from my German IBAN, [D E three five, two nine oh three, "
     "six five five seven, two one four two, five one oh two, six seven|IBAN|DE35 2903 6557 2142 5102 67]."),
    ("iban", "at", "The Austrian account is [A T nine one, eight seven three seven, oh nine one three, six four "
     "oh six, three nine eight four|IBAN|AT91 8737 0913 6406 3984]."),
    ("iban", "es_cue_after", "[E S six six, three oh seven nine, eight six oh three, six seven oh seven, seven "
     "seven three five, six two one two|IBAN|ES66 3079 8603 6707 7735 6212], that's my Spanish account."),
    ("iban", "it_question", "IBAN? It's Italian, [I T six nine, K, four three oh, nine four six one, seven four "
     "two one, nine six four six, one four six four, six three four"
     "|IBAN|IT69 K430 9461 7421 9646 1464 634]."),
    ("iban", "nl", "My Dutch IBAN is [N L seven eight, Q R T B, two eight oh nine, four four four six, three "
     "three|IBAN|NL78 QRTB 2809 4446 33]."),
    ("iban", "be_double", "Belgian, [B E double three, one six four three, seven six three eight, eight nine four "
     "six|IBAN|BE33 1643 7638 8946]."),
    ("iban", "gb_payout", "Pay the settlement into [G B one three, Z X W B, four nine nine seven, four five five "
     "four, three one seven four, seven nine|IBAN|GB13 ZXWB 4997 4554 3174 79]."),
    ("iban", "de_numerals", "I B A N [D E 0 9, 5 2 6 5, 8 1 6 0, 6 9 7 1, 0 1 1 8, 1 6"
     "|IBAN|DE09 5265 8160 6971 0118 16]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "bike_shop", "The zip for the bike shop account is [five nine seven one five|ZIP|59715]."),
    ("zip", "leading_zero", "Zip code's [oh four four oh one|ZIP|04401]."),
    ("zip", "plus_four", "Zip plus four, [two eight eight oh one, six six two three|ZIP|28801-6623]."),
    ("zip", "pair_first", "Billing zip [fifty four, seven oh one|ZIP|54701]."),
    ("zip", "numerals_cue_after", "[8 6 0 0 1|ZIP|86001] is the zip on the card."),
    ("zip", "double_question", "And the zip? [Eight one double oh three|ZIP|81003]."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "ordinal", "Date of birth, [the twenty third of August, nineteen seventy eight|DATE|23 August 1978]."),
    ("dob", "us_numeric", "D O B is [oh four, seventeen, eighty two|DATE|04/17/82]."),
    ("dob", "numerals_day_first", "He was born on [12 March 1990|DATE|12 March 1990]."),
    ("dob", "year_first", "Her date of birth, year first, is [two thousand five, oh six, oh one|DATE|2005-06-01]."),
    ("dob", "question_son", "And his birthday? [The fifth of July, two thousand eleven|DATE|5 July 2011]."),
    ("dob", "cue_after", "[December thirty first, nineteen sixty|DATE|December 31, 1960] is my date of birth."),
    ("dob", "correction", "I was born on the twelfth... no, [the second of February, nineteen sixty nine"
     "|DATE|2 February 1969]."),
    ("dob", "us_commas", "Date of birth [nine, fourteen, fifty seven|DATE|9/14/57]."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "pairs_lane", "Send the aligners to [twenty six eighteen Butternut Ridge Lane|ADDRESS|2618 "
     "Butternut Ridge Lane]."),
    ("address", "hundred_and", "The unit's billed to [three hundred and forty Buttonbush Court"
     "|ADDRESS|340 Buttonbush Court]."),
    ("address", "apartment", "It's [fifty one Alderwick Avenue, apartment four C|ADDRESS|51 Alderwick Avenue, "
     "Apt 4C]."),
    ("address", "uk_postcode", "The address is [twenty three Fellbarrow Garth, Kendal, L A nine, four Q X"
     "|ADDRESS|23 Fellbarrow Garth, Kendal LA9 4QX|fellbarrow garth kendal]."),
    ("address", "uk_postcode_cue_after", "[Nine Chantry Fold, Harrogate, H G two, seven P N|ADDRESS|9 Chantry Fold, "
     "Harrogate HG2 7PN|chantry fold harrogate] is where the piano's going."),
    ("address", "oh", "Ship the bike to [forty oh two Quarry Bend Road|ADDRESS|4002 Quarry Bend Road]."),
    ("address", "city_cue_after", "[Eight fifteen Ptarmigan Point Drive|ADDRESS|815 Ptarmigan Point Drive], "
     "[Rapid City, South Dakota|LOCATION|Rapid City, South Dakota|rapid city south dakota] is where the "
     "policy's registered."),
    ("address", "po_box", "Send the statements to [P O Box two two nine one|ADDRESS|PO Box 2291]."),
    ("address", "question", "Where should the engineer go? [Sixty Ironweed Way|ADDRESS|60 Ironweed Way]."),
    ("address", "uk_flat", "I'm in [flat two, fourteen Haddon Wynd|ADDRESS|Flat 2, 14 Haddon Wynd], in "
     "[Perth|LOCATION|Perth|perth]."),
    ("address", "town_only", "We're moving the piano to [Laconia, New Hampshire|LOCATION|Laconia, New Hampshire"
     "|laconia new hampshire]."),
    ("address", "suite", "The claims office is at [nineteen hundred Bellflower Circle, suite four oh five"
     "|ADDRESS|1900 Bellflower Circle, Suite 405]."),
    ("address", "number_fix", "It's [eleven Rookery Lane|ADDRESS|11 Rookery Lane], no, sorry, [seventeen Rookery "
     "Lane|ADDRESS|17 Rookery Lane], in [Truro|LOCATION|Truro|truro]."),
    # --- driver's licences --------------------------------------------------------------------
    ("dl", "uk_licence", "My driving licence number is [Y A R W O, seven oh one two nine six, K C, eight, P L"
     "|DRIVER_LICENSE|YARWO701296KC8PL]."),
    ("dl", "letter_first", "Driver's license [S, five three oh, seven one two, eight eight oh"
     "|DRIVER_LICENSE|S530712880]."),
    ("dl", "question_double", "License number? [One four oh, double six two, five one nine"
     "|DRIVER_LICENSE|140662519]."),
    ("dl", "as_in_cue_after", "[M as in Mike, two seven, four oh three, nine one|DRIVER_LICENSE|M2740391] is my "
     "license."),
    ("dl", "numerals", "License [F 4 1 7 2 9 0 3 6|DRIVER_LICENSE|F41729036]."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "airline", "For the rebooking, my passport is [five three one, oh eight eight, two seven four"
     "|PASSPORT|531088274]."),
    ("passport", "letters", "My passport number is [X K, seven one nine, oh four, six two|PASSPORT|XK7190462]."),
    ("passport", "cue_after_triple", "[Eight oh four, triple one, nine two six|PASSPORT|804111926], that's the "
     "passport on the booking."),
    ("passport", "correction", "Passport's two four... no, [two nine four, one six three, oh oh eight"
     "|PASSPORT|294163008]."),
    ("passport", "british", "It's a British passport, [one two oh, seven five five, eight four three"
     "|PASSPORT|120755843]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "dental_plan", "My dental plan member ID is [D N T, four oh nine, one one, seven two"
     "|HEALTH_PLAN|DNT4091172]."),
    ("health", "member_double", "Member number [seven seven six, oh two, double nine one|HEALTH_PLAN|77602991]."),
    ("health", "group", "Group number [G R P, two eight oh five|HEALTH_PLAN|GRP2805]."),
    ("health", "medicare", "My Medicare number is [seven, K P, two, W, four eight, D F, three six"
     "|HEALTH_PLAN|7KP2W48DF36]."),
    ("health", "cue_after", "[Q H, five one two, oh seven, seven three|HEALTH_PLAN|QH5120773] is the policy ID for "
     "my physio cover."),
    ("health", "question", "Insurance ID? [W, nine nine two, four oh one, eight|HEALTH_PLAN|W9924018]."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "nhs", "My N H S number is [nine nine nine, three nine eight, two five nine eight"
     "|MEDICAL_RECORD|999 398 2598]."),
    ("medical", "physio", "My patient number at the physio is [P T, six four, oh one, eight"
     "|MEDICAL_RECORD|PT64018]."),
    ("medical", "cue_after", "[Four one two, seven seven, oh three|MEDICAL_RECORD|4127703] is the record number on "
     "the dentist's letter."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "council_tax", "My council tax account reference is [six oh four, one one nine, two eight seven"
     "|ID_NUMBER|604119287]."),
    ("id", "claim", "The claim number is [C L M, two oh two six, four four oh nine|ID_NUMBER|CLM20264409]."),
    ("id", "storage_customer", "The unit is number forty two, and my customer number is [S U, eight one seven, oh "
     "three|ID_NUMBER|SU81703]."),
    ("id", "booking_ref", "Booking reference [Q, seven, X K, two M|ID_NUMBER|Q7XK2M]."),
    ("id", "frequent_flyer", "[Four one one, nine eight oh, five two six|ID_NUMBER|411980526] is my frequent flyer "
     "number."),
    ("id", "policy_triple", "Policy number [H, triple four, oh nine, one seven, two|ID_NUMBER|H44409172]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "claim_caller", "This is [Araminta Gatesby-Nkemelu|PERSON|Araminta Gatesby-Nkemelu] "
     "calling about my claim."),
    ("person", "spelled", "The surname is [Szczepaniak|PERSON|Szczepaniak], that's [S, Z, C, Z, E, P, A, N, I, A, K"
     "|PERSON|Szczepaniak|szczepaniak]."),
    ("person", "booking", "The booking's under [Barnaby Quartermaine|PERSON|Barnaby Quartermaine]."),
    ("person", "question_tutor", "Who's the tutor? [Leocadia Vrettos|PERSON|Leocadia Vrettos], she does the maths "
     "sessions."),
    ("person", "cue_after", "[Lucan Ambrosetti|PERSON|Lucan Ambrosetti], that's who signed for the unit."),
    ("person", "first_only", "Can you tell [Eudora|PERSON|Eudora] the piano tuner's coming on Thursday?"),
    ("person", "doctor", "My dentist is [Doctor Leofric Hasegawa-Threlfall|PERSON|Dr Leofric Hasegawa-Threlfall]."),
    ("person", "missus", "It's for [Missus Zenobia Craddock|PERSON|Mrs Zenobia Craddock]."),
    ("person", "filler_repeat", "I'm, er, [Kasimir, sorry, Kasimir Lathbury|PERSON|Kasimir Lathbury]."),
    ("person", "said_then_spelled", "The engineer was [Emrys Tuilagi|PERSON|Emrys Tuilagi], that's "
     "[T, U, I, L, A, G, I|PERSON|Tuilagi|tuilagi]."),
    ("person", "cattery_partner", "If the cat needs anything, ring my partner, [Florentyna Oosterhuis"
     "|PERSON|Florentyna Oosterhuis]."),
    ("person", "dealt_with", "I dealt with a [Wendeline Sorensby|PERSON|Wendeline Sorensby] on Monday, she said the "
     "refund was approved."),
    ("person", "surname_only", "Try [Ogunbanjo|PERSON|Ogunbanjo], the first name might be missing."),
    ("person", "hyphenated", "My name's [Cadfael Llewellyn-Gough|PERSON|Cadfael Llewellyn-Gough], with a G H at "
     "the end."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv", "[Five four four five, six one three seven, four four two seven, five eight six oh"
     "|CREDIT_CARD|5445 6137 4427 5860], it expires [twelve thirty two|CARD_EXPIRY|12/32], code [five oh three"
     "|CVV|503]."),
    ("combo", "name_phone", "[Drusilla Hollowbread|PERSON|Drusilla Hollowbread], and my number is [oh one one "
     "seven, four nine six, oh three five eight|PHONE|0117 496 0358]."),
    ("combo", "email_or_phone", "Email [caspian dot yarwood at gmail dot com|EMAIL|caspian.yarwood@gmail.com"
     "|caspian yarwood] or text [four one two, five five five, oh one nine nine|PHONE|(412) 555-0199]."),
    ("combo", "address_city_zip", "[Seven seventy Fiddlehead Lane|ADDRESS|770 Fiddlehead Lane], "
     "[Keene|LOCATION|Keene|keene], [oh three four three one|ZIP|03431]."),
    ("combo", "name_dob", "The patient is [Jessamy Aboagye|PERSON|Jessamy Aboagye], date of birth [the fourth "
     "of June, two thousand nine|DATE|4 June 2009]."),
    ("combo", "ssn_license", "Social [two six one, five oh, eight one nine four|SSN|261-50-8194], and driver's "
     "license [R, eight four two, six six oh, one five|DRIVER_LICENSE|R84266015]."),
    ("combo", "routing_account", "Routing [two one six, seven six oh, nine seven two|ROUTING_NUMBER|216760972], "
     "account [five oh nine, three three eight, one two|BANK_ACCOUNT|50933812]."),
    ("combo", "name_passport", "[Sidonie Mbaye-Holm|PERSON|Sidonie Mbaye-Holm], passport number [seven one "
     "six, four oh two, nine nine five|PASSPORT|716402995]."),
    ("combo", "holder_iban", "Account holder [Aurelian Anyanwu-Sundqvist|PERSON|Aurelian Anyanwu-Sundqvist], "
     "I B A N [D E "
     "five nine, seven three oh one, seven one one four, eight two seven five, nine two nine six, double oh"
     "|IBAN|DE59 7301 7114 8275 9296 00]."),
    ("combo", "claim_phone", "Claim number [C L, five five eight, two oh one|ID_NUMBER|CL558201], and you can call "
     "me back on [oh one one six, four nine six, oh seven one two|PHONE|0116 496 0712]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "crown_cost", "The crown will cost about nine hundred dollars after the plan pays its share."),
    ("none", "gate", "Your new flight leaves at six forty from gate twenty two."),
    ("none", "council_rise", "Council tax went up by about four percent this year."),
    ("none", "tutor_rates", "The tutor charges thirty eight pounds an hour, or a hundred and forty for four "
     "sessions."),
    ("none", "inner_tube", "A new inner tube is seven ninety nine, and fitting it is another five."),
    ("none", "unit_sizes", "The small units are five by ten feet, and the big ones are ten by twenty."),
    ("none", "claim_days", "Claims usually take ten to fourteen working days."),
    ("none", "boiler_pressure", "The boiler pressure should sit between one and one and a half bar."),
    ("none", "venue_guests", "We need the venue from two until eleven, for about a hundred and twenty guests."),
    ("none", "piano_years", "The piano hasn't been tuned in maybe six or seven years."),
    ("none", "cattery_dates", "The cattery has room for three cats from the nineteenth to the twenty sixth."),
    ("none", "menu_names", "We'd like the Rose Garden suite and the Bramley menu for the reception."),
    ("none", "books", "She's reading Matilda and The Secret Garden with her English tutor."),
    ("none", "bike_names", "The Brompton folds down to about the size of a suitcase, the Raleigh doesn't."),
    ("none", "policy_glovebox", "I'll need to find my policy number, it's in the glovebox somewhere."),
    ("none", "dob_hold_on", "My date of birth? Sorry, can you hold on a second?"),
    ("none", "declined", "My card was declined twice, so I'll call the bank first."),
    ("none", "theatre_seats", "Row F, seats twelve and thirteen, are the only ones left together."),
    ("none", "pitch", "Our pitch is number eighty four, near the shower block."),
    ("none", "mot", "The M O T is due next month, and the service is ninety five pounds."),
    ("none", "no_landline", "Phone number? I don't have a landline anymore."),
    ("none", "braces", "The orthodontist wants to see him every six weeks for eighteen months."),
    ("none", "storage_price", "Storage is free for the first month, then fifty nine a month after that."),
    ("none", "paint", "We painted the hall in Hague Blue and the kitchen in Setting Plaster."),
    ("none", "locksmith_time", "The locksmith said he'd be here between ten and half past eleven."),
]

# (stem, turns); a turn is (channel, marked-up text). A value said in pieces across turns has
# one item per piece (each piece must not leak on its own); WHOLE gives the full value the pieces
# of a kind make, in order, and is checked like an utterance item. Callers mostly answer without
# a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("dentist_name_spelled_dob", [
        (AGENT, "Good morning, dental surgery, how can I help?"),
        (CALLER, "Hi, I need to move my check-up."),
        (AGENT, "No problem. What's the patient's name?"),
        (CALLER, "[Peregrine Ugwoke|PERSON|Peregrine Ugwoke]."),
        (AGENT, "Could you spell the surname for me?"),
        (CALLER, "[U, G, W, O, K, E|PERSON|Ugwoke|ugwoke]."),
        (AGENT, "And the date of birth?"),
        (CALLER, "[Fourteenth of October, nineteen ninety one|DATE|14 October 1991]."),
    ]),
    ("airline_passport_split", [
        (AGENT, "I can rebook you on the morning flight. I'll need your passport number."),
        (CALLER, "Okay, it's [five six two, oh nine|PASSPORT|56209]"),
        (AGENT, "Go on."),
        (CALLER, "[one, seven seven three|PASSPORT|1773]."),
        (AGENT, "And the booking reference?"),
        (CALLER, "[K, four, R N, eight Z|ID_NUMBER|K4RN8Z]."),
    ]),
    ("council_tax_ref_three_parts", [
        (AGENT, "Council tax, can I take your account reference?"),
        (CALLER, "[Six one, eight eight|ID_NUMBER|6188]"),
        (AGENT, "Yes."),
        (CALLER, "[two oh, four seven|ID_NUMBER|2047]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[three|ID_NUMBER|3]."),
        (AGENT, "And the address of the property?"),
        (CALLER, "[Twelve Wrenfield Terrace|ADDRESS|12 Wrenfield Terrace]."),
    ]),
    ("insurance_excess_card", [
        (AGENT, "The excess is two hundred and fifty pounds. Which card would you like to pay with?"),
        (CALLER, "[Five five six one, oh nine one seven, nine one four four, three five seven four"
         "|CREDIT_CARD|5561 0917 9144 3574]."),
        (AGENT, "Expiry date?"),
        (CALLER, "[Oh four, thirty|CARD_EXPIRY|04/30]."),
        (AGENT, "And the three digits on the back?"),
        (CALLER, "It's [four six two|CVV|462]."),
    ]),
    ("tutoring_uk_mobile_split", [
        (AGENT, "What number should the tutor text before each session?"),
        (CALLER, "[Oh seven seven hundred|PHONE|07700]"),
        (AGENT, "Yes."),
        (CALLER, "[nine hundred|PHONE|900]"),
        (AGENT, "Okay."),
        (CALLER, "[four one eight|PHONE|418]."),
        (AGENT, "And the student's name?"),
        (CALLER, "[Ysolde Carrodus|PERSON|Ysolde Carrodus]."),
    ]),
    ("bike_shop_card_split", [
        (AGENT, "The repair comes to eighty five dollars. Card number when you're ready."),
        (CALLER, "[Four three four nine, three three|CREDIT_CARD|4349 33]"),
        (AGENT, "Okay."),
        (CALLER, "[four four, four five two eight|CREDIT_CARD|44 4528]"),
        (AGENT, "Uh huh."),
        (CALLER, "[six six eight oh|CREDIT_CARD|6680]."),
        (AGENT, "Expiry?"),
        (CALLER, "[Ten, thirty three|CARD_EXPIRY|10/33]."),
    ]),
    ("storage_routing_account_split", [
        (AGENT, "For the monthly payment, what's the routing number?"),
        (CALLER, "[Two two nine, five five three, seven six five|ROUTING_NUMBER|229553765]."),
        (AGENT, "And the account number?"),
        (CALLER, "[Eight oh oh four|BANK_ACCOUNT|8004]"),
        (AGENT, "Right."),
        (CALLER, "[one nine two, six two|BANK_ACCOUNT|19262]."),
    ]),
    ("boiler_address_postcode", [
        (AGENT, "What's the address for the engineer?"),
        (CALLER, "[Thirty one Gorsebank Row|ADDRESS|31 Gorsebank Row], in [Wrexham|LOCATION|Wrexham|wrexham]."),
        (AGENT, "Postcode?"),
        (CALLER, "[L L eleven, three B W|ADDRESS|LL11 3BW]."),
        (AGENT, "And a phone number for the day?"),
        (CALLER, "[Oh one five one, four nine six, oh nine two seven|PHONE|0151 496 0927]."),
    ]),
    ("wedding_iban_split", [
        (AGENT, "For the deposit refund, could you read me the IBAN?"),
        (CALLER, "It's a Dutch account. [N L five five, V X L N|IBAN|NL55 VXLN]"),
        (AGENT, "Yes."),
        (CALLER, "[two two eight one|IBAN|2281]"),
        (AGENT, "Go on."),
        (CALLER, "[two two six nine, four eight|IBAN|2269 48]."),
    ]),
    ("cattery_name_email", [
        (AGENT, "Can I have the owner's name for the booking?"),
        (CALLER, "[Radegund Stainthorpe|PERSON|Radegund Stainthorpe]."),
        (AGENT, "And an email for the confirmation?"),
        (CALLER, "[r stainthorpe at outlook dot com|EMAIL|rstainthorpe@outlook.com|stainthorpe]."),
        (AGENT, "Lovely. And the cat's name?"),
        (CALLER, "Pudding. She's fourteen."),
    ]),
    ("piano_tuner_phone_split", [
        (AGENT, "What's the best number to confirm the appointment?"),
        (CALLER, "[Six oh eight|PHONE|608]"),
        (AGENT, "Okay."),
        (CALLER, "[five five five, oh one two four|PHONE|555-0124]."),
        (AGENT, "And where's the piano?"),
        (CALLER, "[Four seventy two Chickadee Bluff Road|ADDRESS|472 Chickadee Bluff Road]."),
    ]),
    ("orthodontist_plan_split", [
        (AGENT, "Do you have the dental insurance card there? The member ID, please."),
        (CALLER, "[D X, four|HEALTH_PLAN|DX4]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh seven, one nine, three|HEALTH_PLAN|07193]."),
        (AGENT, "And the policyholder's date of birth?"),
        (CALLER, "[Oh six, twenty two, eighty four|DATE|06/22/84]."),
    ]),
    ("locksmith_card_correction", [
        (AGENT, "It's a hundred and ten for the call-out. Card number?"),
        (CALLER, "[Four oh nine eight, five oh four eight, six oh six six, nine oh seven two"
         "|CREDIT_CARD|4098 5048 6066 9072]."),
        (AGENT, "Expiry and security code?"),
        (CALLER, "Eight, twenty... no wait, [nine, twenty seven|CARD_EXPIRY|9/27]. The code's "
         "[three one five|CVV|315]."),
    ]),
    ("insurance_ssn_three_parts", [
        (AGENT, "To open the claim I need the policyholder's social security number."),
        (CALLER, "[Three oh five|SSN|305]"),
        (AGENT, "Yes."),
        (CALLER, "[four four|SSN|44]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[one nine two seven|SSN|1927]."),
        (AGENT, "And your relationship to him?"),
        (CALLER, "I'm his daughter."),
    ]),
    ("campsite_name_uk_mobile", [
        (AGENT, "Which name is the pitch booked under?"),
        (CALLER, "[Torquil Penberthy-Mott|PERSON|Torquil Penberthy-Mott]."),
        (AGENT, "And a mobile number in case we need you?"),
        (CALLER, "[Plus four four, seven seven hundred, nine hundred, two six one|PHONE|+44 7700 900261]."),
    ]),
    ("physio_license_split_zip", [
        (AGENT, "For the insurance form I need your driver's license number."),
        (CALLER, "[W, three three|DRIVER_LICENSE|W33]"),
        (AGENT, "Okay."),
        (CALLER, "[oh six, two one eight, four|DRIVER_LICENSE|062184]."),
        (AGENT, "And your zip code?"),
        (CALLER, "It's [five five eight oh two|ZIP|55802]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "airline_passport_split": {"PASSPORT": "562091773"},
    "council_tax_ref_three_parts": {"ID_NUMBER": "618820473"},
    "tutoring_uk_mobile_split": {"PHONE": "07700 900418"},
    "bike_shop_card_split": {"CREDIT_CARD": "4349 3344 4528 6680"},
    "storage_routing_account_split": {"BANK_ACCOUNT": "800419262"},
    "wedding_iban_split": {"IBAN": "NL55 VXLN 2281 2269 48"},
    "piano_tuner_phone_split": {"PHONE": "(608) 555-0124"},
    "orthodontist_plan_split": {"HEALTH_PLAN": "DX407193"},
    "insurance_ssn_three_parts": {"SSN": "305-44-1927"},
    "physio_license_split_zip": {"DRIVER_LICENSE": "W33062184"},
}


# --- self-check -------------------------------------------------------------------------------
# Independent of scripts/make_spoken_set.py's check_item (which make_heldout.py also runs): the
# checksums of every value written above, so a typo in a value cannot pass as a fictional one.

def self_check() -> dict[str, int]:
    """Every value's checksum or fictional range (scripts/heldout_checks.py); items per kind."""
    return heldout_checks.self_check(UTTERANCES, CALLS, WHOLE)


if __name__ == "__main__":
    report(UTTERANCES, CALLS, self_check())
    sys.exit(0)
