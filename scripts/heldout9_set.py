"""The round-nine held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written when round eight (scripts/heldout8_set.py) was handed to the rules to tune on, by a
hand that did not read the detection rules (nor any transcript or result of an earlier round;
earlier rounds' texts only skimmed to stay clear of them), so that a set no rule has seen exists
again. New sentences, names and values, in domains no earlier round had (lost-property office,
parking permits, skip hire, pest control, hearing-aid clinic, chimney sweep, newspaper
subscription, funeral director, ski hire, home alarm monitoring, tree surgeon, tyre fitter,
sailing club, escape room, music lessons, van hire, caterer, dry cleaner, jury service, electoral
register, photo studio, breakdown recovery, wine club, blood-test lab, lottery prize claim, solar
panels), in the ways people talk on calls: hesitations inside a value, restarts and
self-corrections (the wrong value said first, outside the item), values split across clauses and
across sentences of one utterance, digits one by one, in fours, threes, pairs and odd groupings,
with "double", "triple", "oh", "zero", "hundred" and "thousand", numerals in the text, spelled
names and a spelled email user, "B as in Bravo", a UK driving licence number, UK numbers in
national and international form (Manchester, Glasgow, Newcastle, Birmingham, London, mobile),
UK addresses with postcodes, Australian numbers, a seven-digit local number and a toll-free one,
dates day first, month first and year first, cue words before or after a value or none where a
question gives the context. Utterances without PII carry ordinary numbers (prices, times,
sizes, lengths, counts, scores, a tyre size, a room number) and name-like or place-like words
that are not PII (boat, wine and song names), or a cue word with no value after it, to measure
over-redaction.

Calls: callers answer the agent's questions, often with a bare value and no cue of their own;
ten and more calls give a value in pieces across turns, with the agent's backchannel ("okay",
"mm-hm", "got it") between the pieces; and in some the agent reads a value back to confirm it.
A read-back is PII too: it is an item on the agent's channel (round nine is the first round with
items on that channel; scripts/make_heldout.py allows them for a texts module that sets
AGENT_ITEMS, and `hush-eval calls` scores every item on its own channel).

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 9`) only; the audio goes to
target/heldout9/ and is never committed. Once anyone tunes hush on these sentences or on what
Whisper writes for them, they stop being held out: write a round ten.

All values are fictional: NANP phones in 555-01xx (one toll-free, one seven-digit local), UK
numbers in Ofcom's drama ranges, Australian ones in ACMA's 02 5550 drama range, Luhn-valid cards,
ABA-checksummed routing numbers, mod-97-valid IBANs of the right length with valid national
check digits where the checks know them (FR, FI, NO, PL, BE, NL; IE, CH, DE and GB have none the
checks know), made-up bank codes, valid-format SSNs, NHS numbers in the 999 range kept for tests
(mod-11 valid). `python3 scripts/heldout9_set.py` checks them (`self_check`), and make_heldout.py
runs the same check before it synthesizes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks  # noqa: E402
from heldout_checks import report  # noqa: E402

AGENT, CALLER = 0, 1
# The agent reads some values back: items on the agent's channel (see the docstring).
AGENT_ITEMS = True

# (category, style, marked-up text); ids are heldout9_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "lost_property_fee", "The fee to get my rucksack back can go on [four two eight oh, eight one two "
     "eight, six five seven four, two seven three nine|CREDIT_CARD|4280 8128 6574 2739]."),
    ("card", "skip_pairs", "For the skip, take it off [forty two ninety eight, seventy five fourteen, eighty six "
     "sixty five, oh eight oh eight|CREDIT_CARD|4298 7514 8665 0808]."),
    ("card", "triple_end", "Pest control wants paying up front, so it's [four seven nine eight, three eight nine "
     "eight, three eight five one, eight triple one|CREDIT_CARD|4798 3898 3851 8111]."),
    ("card", "hesitant_double", "Right, the card, um, [four six five six, uh, one six one nine, double six eight "
     "four, er, six three oh four|CREDIT_CARD|4656 1619 6684 6304]."),
    ("card", "numerals_ski", "For the ski hire deposit, use [4 8 6 2, 4 8 4 0, 0 9 7 0, 9 8 8 7"
     "|CREDIT_CARD|4862 4840 0970 9887]."),
    ("card", "threes_sweep", "The sweep takes cards over the phone: [four three one, eight three seven, nine oh "
     "nine, four seven two, five nine two, three|CREDIT_CARD|4318 3790 9472 5923]."),
    ("card", "cue_after_alarm", "[Four two nine oh, four six eight two, nine four oh three, six three two two"
     "|CREDIT_CARD|4290 4682 9403 6322] is the card the alarm company should bill."),
    ("card", "swapped_groups", "Four five one oh, six two four oh... sorry, I swapped those round. [Four five one "
     "oh, six two oh four, one seven seven two, two six nine one|CREDIT_CARD|4510 6204 1772 2691]."),
    ("card", "mastercard_double", "My Mastercard, [five two four three, seven eight three six, oh double six two, "
     "five eight five oh|CREDIT_CARD|5243 7836 0662 5850]."),
    ("card", "pairs_eighty", "The van hire card is [fifty five twenty one, seventy seven eighty five, twenty two "
     "fourteen, eighty sixty three|CREDIT_CARD|5521 7785 2214 8063]."),
    ("card", "zeros", "Newspaper subscription, card [five four zero eight, zero eight four three, zero four eight "
     "zero, three eight four five|CREDIT_CARD|5408 0843 0480 3845]."),
    ("card", "two_series_sentences", "It starts [two seven one eight. Then three nine five two. Then nine one two "
     "four, and the last bit is seven four one two|CREDIT_CARD|2718 3952 9124 7412]."),
    ("card", "amex_caterer", "The caterer takes Amex, so it's [three four five oh, one six one seven six six, "
     "oh five eight eight nine|CREDIT_CARD|3450 161766 05889]."),
    ("card", "amex_double_nine", "American Express, [three seven two oh, six oh four four two oh, two three "
     "double nine four|CREDIT_CARD|3720 604420 23994]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "signature_strip", "Printed in italics next to where I sign, [six one eight|CVV|618]."),
    ("cvv", "double_oh", "C V V, [double oh four|CVV|004]."),
    ("cvv", "amex_front", "It's the four on the front, isn't it? [Two seven seven nine|CVV|2779]."),
    ("cvv", "cue_after", "[Nine three one|CVV|931], that's the security code."),
    ("cvv", "verification", "Card verification value is [eight eight two|CVV|882]."),
    ("cvv", "numerals", "Security number [5 7 3|CVV|573]."),
    ("cvv", "restart", "The code's seven four, hang on, let me tilt it to the light... [seven four six"
     "|CVV|746]."),
    ("cvv", "zero", "Last three on the back, [one zero five|CVV|105]."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "pairs", "It runs out [oh eight, twenty nine|CARD_EXPIRY|08/29]."),
    ("expiry", "end_of_month", "Good until the end of [May twenty thirty one|CARD_EXPIRY|May 2031]."),
    ("expiry", "slash", "The date on it is [twelve slash twenty eight|CARD_EXPIRY|12/28]."),
    ("expiry", "one_digit_month", "Expiry [two, thirty|CARD_EXPIRY|2/30]."),
    ("expiry", "thousand", "Expires [zero three, two thousand twenty nine|CARD_EXPIRY|03/2029]."),
    ("expiry", "month_of", "Valid to [August of twenty thirty|CARD_EXPIRY|August 2030]."),
    ("expiry", "cue_after", "[Oh one, thirty one|CARD_EXPIRY|01/31], that's when it expires."),
    ("expiry", "run_together", "Exp date's [eleven twenty nine|CARD_EXPIRY|11/29]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "lottery_claim", "To claim the prize I was told to give my social security number, [five three "
     "eight, two one, seven six oh four|SSN|538-21-7604]."),
    ("ssn", "pairs_odd", "Social is [forty six, twelve, fifty three, oh eight, one|SSN|461-25-3081]."),
    ("ssn", "last_four_solar", "For the solar panel financing, they only wanted the end of my social, "
     "[six six two oh"
     "|SSN|6620]."),
    ("ssn", "cue_after", "[Three one nine, seven seven, four oh two eight|SSN|319-77-4028] is my social."),
    ("ssn", "double_oh", "S S N [two double oh, four seven, one one three two|SSN|200-47-1132]."),
    ("ssn", "hundred", "My social is [seven hundred and twelve, thirty, five five one nine|SSN|712-30-5519]."),
    ("ssn", "numerals", "Social security [3 1 4, 6 2, 9 0 7 8|SSN|314-62-9078]."),
    ("ssn", "correction", "Social's six oh... sorry, [six four oh, one eight, two two five seven"
     "|SSN|640-18-2257]."),
    ("ssn", "sentences_funeral", "For the funeral paperwork, my father's social was [four two seven. Then eight "
     "one. Then five five three oh|SSN|427-81-5530]."),
    ("ssn", "son", "My son's social security number is [five oh nine, six three, one four four eight"
     "|SSN|509-63-1448]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "lost_property", "If anyone hands in my umbrella, ring [four six nine, five five five, oh one eight "
     "two|PHONE|(469) 555-0182]."),
    ("phone", "double_five_five", "My cell's [seven two five, double five five, oh one three nine"
     "|PHONE|(725) 555-0139]."),
    ("phone", "manchester", "The hearing clinic can reach me on [oh one six one, four nine six, oh seven three "
     "four|PHONE|0161 496 0734]."),
    ("phone", "uk_mobile_doubles", "Mobile's [oh double seven, oh oh, nine oh oh, five one seven"
     "|PHONE|07700 900517]."),
    ("phone", "london_plus", "From overseas it's [plus four four, two oh, seven nine four six, oh two one three"
     "|PHONE|+44 20 7946 0213]."),
    ("phone", "glasgow_cue_after", "[Oh one four one, four nine six, oh eight six oh|PHONE|0141 496 0860] is the "
     "sailing club's number."),
    ("phone", "newcastle_double", "Call the tyre place on [oh one nine one, four nine eight, oh double five one"
     "|PHONE|0191 498 0551]."),
    ("phone", "au_plus", "My brother's in Sydney, [plus six one, two, five five five oh, seven seven two four"
     "|PHONE|+61 2 5550 7724]."),
    ("phone", "toll_free", "The breakdown line is [one eight eight eight, five five five, oh one four seven"
     "|PHONE|+1 888-555-0147]."),
    ("phone", "seven_digit", "Extension? No, it's a direct line, [five five five, oh one six nine"
     "|PHONE|555-0169]."),
    ("phone", "one_hundred", "The tree surgeon's number ends in a round one: [three one four, five five five, oh "
     "one hundred|PHONE|(314) 555-0100]."),
    ("phone", "numerals", "Text the photos to [6 0 2, 5 5 5, 0 1 2 8|PHONE|(602) 555-0128]."),
    ("phone", "pairs_commas", "It's [nine seventy, five fifty five, oh one, ninety|PHONE|(970) 555-0190]."),
    ("phone", "correction", "Ring me on two one six, five five five, oh one four... no, that's my work. "
     "[Two one six, five five five, oh one seven eight|PHONE|(216) 555-0178]."),
    ("phone", "sentences", "My number's [five oh three. Five five five. Oh one seven nine|PHONE|(503) 555-0179]."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "dots", "Send the permit to [tancred dot ironside at gmail dot com|EMAIL|tancred.ironside@gmail.com"
     "|tancred ironside]."),
    ("email", "spelled_user", "The email is [q, u, i, l, l, o, n at yahoo dot com|EMAIL|quillon@yahoo.com"
     "|quillon]."),
    ("email", "digits", "Use [yevgenia ninety two at hotmail dot com|EMAIL|yevgenia92@hotmail.com|yevgenia]."),
    ("email", "double_oh", "It's [bexley double oh seven at aol dot com|EMAIL|bexley007@aol.com|bexley]."),
    ("email", "business", "Invoices go to [bookings at fernhollow skips dot co dot uk"
     "|EMAIL|bookings@fernhollowskips.co.uk|fernhollow skips]."),
    ("email", "hyphen", "For the wine club, [hephzibah hyphen brathwaite at outlook dot com"
     "|EMAIL|hephzibah-brathwaite@outlook.com|hephzibah brathwaite]."),
    ("email", "underscore_cue_after", "[caradoc underscore pellow at icloud dot com"
     "|EMAIL|caradoc_pellow@icloud.com|caradoc pellow] reaches me quickest."),
    ("email", "correction", "It's wenonah at gmail... no, the other one, [wenonah dot kaczmarek at proton dot me"
     "|EMAIL|wenonah.kaczmarek@proton.me|wenonah kaczmarek]."),
    ("email", "initial_digits", "My work email is [t gillanders four at northmere dot org"
     "|EMAIL|tgillanders4@northmere.org|gillanders northmere]."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing_threes", "The routing number is [oh five four, eight two two, five six four"
     "|ROUTING_NUMBER|054822564]."),
    ("bank", "account_pairs", "Account number [thirty eight, seventy one, oh five, sixty two, nine"
     "|BANK_ACCOUNT|387105629]."),
    ("bank", "routing_cue_after", "[Oh two seven, one eight three, five two eight"
     "|ROUTING_NUMBER|027183528] is the "
     "routing on my cheques."),
    ("bank", "account_question", "Which account for the refund? [Four four one, oh nine, three seven seven two"
     "|BANK_ACCOUNT|441093772]."),
    ("bank", "solar_both", "For the solar loan, routing [oh seven two, eight three eight, seven oh five"
     "|ROUTING_NUMBER|072838705], account [six two oh oh, one nine four, eight eight|BANK_ACCOUNT|620019488]."),
    ("bank", "account_hundred", "Checking account [fifty one hundred, thirty three, oh six"
     "|BANK_ACCOUNT|51003306]."),
    ("bank", "routing_numerals", "Routing [1 9 6 7 3 3 7 3 1|ROUTING_NUMBER|196733731]."),
    ("bank", "routing_fillers", "A B A number, [two one eight, um, two one one, uh, five eight four"
     "|ROUTING_NUMBER|218211584]."),
    ("bank", "savings_triple", "The savings account is [triple three, eight oh one, seven two six four"
     "|BANK_ACCOUNT|3338017264]."),
    ("bank", "account_restart", "Account's nine one... let me start again. [Nine one seven, two oh four, four six "
     "one|BANK_ACCOUNT|917204461]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "fr_chalet", "The ski chalet owner wants a French IBAN, mine is [F R seven six, oh three three four, "
     "oh three four eight, nine nine one five, nine six four oh, seven four six five, four oh six"
     "|IBAN|FR76 0334 0348 9915 9640 7465 406]."),
    ("iban", "ie", "My Irish account, [I E oh four, A B F Q, eight five oh seven, seven six four seven, seven six "
     "seven three, nine four|IBAN|IE04 ABFQ 8507 7647 7673 94]."),
    ("iban", "ch_cue_after", "[C H oh nine, eight five six eight, two six one seven, three oh six one, five seven "
     "one oh, oh|IBAN|CH09 8568 2617 3061 5710 0], that's the Swiss one."),
    ("iban", "fi", "I B A N, Finnish, [F I nine seven, one nine one six, eight one three five, "
     "eight oh seven four, "
     "one four|IBAN|FI97 1916 8135 8074 14]."),
    ("iban", "no_short", "Norwegian ones are shorter than yours, mine is [N O three one, six oh five "
     "eight, six eight "
     "double six, four five four|IBAN|NO31 6058 6866 454]."),
    ("iban", "pl_long", "Polish IBAN, [P L three two, oh nine four three, two one five eight, nine seven double "
     "five, six nine seven nine, four eight three six, three nine six eight"
     "|IBAN|PL32 0943 2158 9755 6979 4836 3968]."),
    ("iban", "de_numerals", "I B A N [D E 3 5, 3 4 7 6, 0 0 2 1, 5 8 9 7, 3 1 6 2, 0 9"
     "|IBAN|DE35 3476 0021 5897 3162 09]."),
    ("iban", "gb_question", "Where should the deposit go? [G B two seven, Z V A T, eight oh three nine, seven two "
     "two four, one oh three eight, four five|IBAN|GB27 ZVAT 8039 7224 1038 45]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "plain", "The zip for the permit is [three oh three oh five|ZIP|30305]."),
    ("zip", "leading_zero", "Zip code [oh two one three eight|ZIP|02138]."),
    ("zip", "plus_four", "With the plus four it's [nine seven two one four, three three oh one"
     "|ZIP|97214-3301]."),
    ("zip", "pairs", "Billing zip's [sixty six, two oh four|ZIP|66204]."),
    ("zip", "cue_after_numerals", "[4 8 2 0 1|ZIP|48201] is my zip code."),
    ("zip", "triple_question", "Zip? [Seven triple seven two|ZIP|77772]."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "ordinal", "Date of birth, [the nineteenth of November, nineteen eighty one|DATE|19 November 1981]."),
    ("dob", "us_pairs", "D O B [oh seven, twenty nine, sixty five|DATE|07/29/65]."),
    ("dob", "numerals", "She was born on [3 April 1956|DATE|3 April 1956]."),
    ("dob", "year_first", "Year first, it's [nineteen ninety nine, one one, oh four|DATE|1999-11-04]."),
    ("dob", "question_daughter", "Her birthday? [The twenty eighth of February, two thousand fourteen"
     "|DATE|28 February 2014]."),
    ("dob", "cue_after", "[September third, nineteen seventy two|DATE|September 3, 1972] is my date of birth."),
    ("dob", "correction", "Born on the sixteenth... no, sorry, [the sixth of May, nineteen eighty eight"
     "|DATE|6 May 1988]."),
    ("dob", "jury", "For the jury summons form, my date of birth is [ten, twelve, seventy|DATE|10/12/70]."),
    ("dob", "thousand", "He was born [January the ninth, two thousand|DATE|January 9, 2000]."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "pairs_street", "Drop the skip at [forty one twenty Cobblestone Hollow Road"
     "|ADDRESS|4120 Cobblestone Hollow Road|cobblestone hollow]."),
    ("address", "hundred", "The sweep's coming to [six hundred and eight Marlpit Lane|ADDRESS|608 Marlpit Lane"
     "|marlpit]."),
    ("address", "apartment", "It's [seventy two Quillwort Street, apartment eleven B"
     "|ADDRESS|72 Quillwort Street, Apt 11B|quillwort]."),
    ("address", "uk_postcode", "Deliver the tyres to [fourteen Sorrelbank Close, Hexham, N E forty six, two J R"
     "|ADDRESS|14 Sorrelbank Close, Hexham NE46 2JR|sorrelbank hexham]."),
    ("address", "uk_cue_after", "[Three Tanyard Mews, Ludlow, S Y eight, one H D"
     "|ADDRESS|3 Tanyard Mews, Ludlow SY8 "
     "1HD|tanyard ludlow] is where the van should go."),
    ("address", "oh", "The funeral home is at [twenty oh six Larchmere Boulevard|ADDRESS|2006 Larchmere Boulevard"
     "|larchmere]."),
    ("address", "city_state", "Send the jury papers to [nine nineteen Whistlewood Drive|ADDRESS|919 Whistlewood "
     "Drive|whistlewood], [Lewistown, Montana|LOCATION|Lewistown, Montana|lewistown montana]."),
    ("address", "po_box", "Post it to [P O Box four four seven oh|ADDRESS|PO Box 4470]."),
    ("address", "question", "Where's the wasp nest? At [eighty eight Hobnail Crescent|ADDRESS|88 Hobnail Crescent"
     "|hobnail]."),
    ("address", "uk_flat", "I'm at [flat six, twenty Culver Wynd|ADDRESS|Flat 6, 20 Culver Wynd|culver], in "
     "[Dunfermline|LOCATION|Dunfermline|dunfermline]."),
    ("address", "town_only", "We moved the boat up to [Sandpoint, Idaho|LOCATION|Sandpoint, Idaho"
     "|sandpoint idaho]."),
    ("address", "number_fix", "It's [thirty Pennycress Way|ADDRESS|30 Pennycress Way|pennycress], no, sorry, "
     "[thirteen Pennycress Way|ADDRESS|13 Pennycress Way|pennycress]."),
    # --- driver's licences --------------------------------------------------------------------
    ("dl", "uk_licence", "My licence number for the van is [B R A X T, six oh one two five four, A J, nine, M K"
     "|DRIVER_LICENSE|BRAXT601254AJ9MK]."),
    ("dl", "letter_first", "Driver's license, [D, four nine one, two two oh, seven three"
     "|DRIVER_LICENSE|D49122073]."),
    ("dl", "as_in", "License is [B as in Bravo, six six, oh one, eight four, two|DRIVER_LICENSE|B6601842]."),
    ("dl", "cue_after", "[Two three eight, oh four one, seven seven six|DRIVER_LICENSE|238041776] is my driving "
     "license number."),
    ("dl", "numerals", "License [K 5 0 2 8 8 1 3 9|DRIVER_LICENSE|K50288139]."),
    ("dl", "correction", "License number, seven... no, that's my permit. [S, three one, double four nine, six oh"
     "|DRIVER_LICENSE|S3144960]."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "ski_trip", "For the ski trip insurance, my passport number is [six four two, oh one nine, eight "
     "three seven|PASSPORT|642019837]."),
    ("passport", "letters", "Passport [L N, eight eight two, oh five, one three|PASSPORT|LN8820513]."),
    ("passport", "cue_after", "[Nine one oh, double seven four, three two one|PASSPORT|910774321], that's my "
     "passport."),
    ("passport", "restart", "Passport's five three, hang on, I'll read it properly. [Five three seven, two two "
     "oh, six oh eight|PASSPORT|537220608]."),
    ("passport", "irish", "It's an Irish passport, [P A, four one six, nine nine oh, two|PASSPORT|PA4169902]."),
    ("passport", "sentences", "The number is [three oh eight. Four four one. Nine six five|PASSPORT|308441965]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "hearing_plan", "My hearing plan member ID is [H R G, three oh two, seven seven, one"
     "|HEALTH_PLAN|HRG302771]."),
    ("health", "member_triple", "Member ID [triple two, oh nine, four one six|HEALTH_PLAN|22209416]."),
    ("health", "group", "The group number's [G, eight eight four, oh two|HEALTH_PLAN|G88402]."),
    ("health", "medicare", "Medicare number, [four, T C, nine, R, two one, W X, eight five"
     "|HEALTH_PLAN|4TC9R21WX85]."),
    ("health", "cue_after", "[M B, six two nine, four four, oh oh|HEALTH_PLAN|MB6294400] is my insurance ID."),
    ("health", "question", "Insurance number? [V, seven oh three, eight one five, two|HEALTH_PLAN|V7038152]."),
    ("health", "subscriber", "Subscriber ID, [Z Q, five five one, nine oh, three|HEALTH_PLAN|ZQ551903]."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "nhs", "N H S number, [nine nine nine, two five six, one four two four"
     "|MEDICAL_RECORD|999 256 1424]."),
    ("medical", "lab", "The lab form says patient number [L B, four oh, seven one, six|MEDICAL_RECORD|LB40716]."),
    ("medical", "cue_after", "[Six one eight, two oh, five nine|MEDICAL_RECORD|6182059] is the record number from "
     "the audiologist."),
    ("medical", "hospital", "Hospital number [K, two two, nine oh three, one|MEDICAL_RECORD|K229031]."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "lost_property_ref", "The lost property reference is [L P, three nine one, oh six, two"
     "|ID_NUMBER|LP391062]."),
    ("id", "parking_permit", "My parking permit number is [P, seven seven, oh four, one eight, nine"
     "|ID_NUMBER|P7704189]."),
    ("id", "juror", "Juror number [four one six, two oh eight, nine nine|ID_NUMBER|41620899]."),
    ("id", "electoral", "My electoral roll number is [E R, eight two, five oh one|ID_NUMBER|ER82501]."),
    ("id", "alarm_cue_after", "[Two two five, one nine, seven oh four|ID_NUMBER|22519704] is the account number "
     "on the alarm contract."),
    ("id", "escape_booking", "Escape room booking [X, four, J Q, seven, N|ID_NUMBER|X4JQ7N]."),
    ("id", "prize_ticket", "The winning ticket's serial is [W, three oh three, triple eight, one"
     "|ID_NUMBER|W3038881]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "lost_caller", "Hello, this is [Isaura Haverstock-Nnadozie|PERSON|Isaura Haverstock-Nnadozie] "
     "ringing about a bag I left on the tram."),
    ("person", "spelled", "The surname's [Przybyszewski|PERSON|Przybyszewski], [P, R, Z, Y, B, Y, S, Z, E, W, S, "
     "K, I|PERSON|Przybyszewski|przybyszewski]."),
    ("person", "booking_under", "The escape room is booked under [Corentin Wrigglesworth"
     "|PERSON|Corentin Wrigglesworth]."),
    ("person", "question_teacher", "Who teaches the cello? [Marit Velthuizen|PERSON|Marit Velthuizen], "
     "on Tuesdays."),
    ("person", "cue_after", "[Tobiah Esterhuyse|PERSON|Tobiah Esterhuyse], the permit's in his name."),
    ("person", "first_only", "Could you let [Ondine|PERSON|Ondine] know her suit is ready at the cleaner's?"),
    ("person", "doctor", "The audiologist was [Doctor Ingram Sesay-Lockhart|PERSON|Dr Ingram Sesay-Lockhart]."),
    ("person", "mister", "The deceased is [Mister Alphonse Wetherall|PERSON|Mr Alphonse Wetherall]."),
    ("person", "filler_restart", "My name's, um, [Orla, sorry, Orla Rautenbach|PERSON|Orla Rautenbach]."),
    ("person", "said_then_spelled", "The driver was [Benedikt Oyenuga|PERSON|Benedikt Oyenuga], that's "
     "[O, Y, E, N, U, G, A|PERSON|Oyenuga|oyenuga]."),
    ("person", "wife", "The wine club is in my wife's name, [Ermengarde Zubiaurre|PERSON|Ermengarde "
     "Zubiaurre]."),
    ("person", "spoke_to", "I spoke to a [Gwendolyn Iwu-Pardoe|PERSON|Gwendolyn Iwu-Pardoe] yesterday "
     "and she said "
     "the tyres were in."),
    ("person", "surname_only", "Put it under [Dubczek|PERSON|Dubczek], the skipper knows me."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv", "[Five four five two, three eight two eight, eight oh three seven, two five oh seven"
     "|CREDIT_CARD|5452 3828 8037 2507], expiry [oh nine, thirty|CARD_EXPIRY|09/30], and the code is [four "
     "four one|CVV|441]."),
    ("combo", "name_manchester", "[Cosima Akinlade-Brent|PERSON|Cosima Akinlade-Brent], and you can ring me "
     "on [oh "
     "one six one, four nine six, oh two nine nine|PHONE|0161 496 0299]."),
    ("combo", "email_or_phone", "Email me at [ferdinand dot szabo at gmail dot com|EMAIL|ferdinand.szabo@gmail.com"
     "|ferdinand szabo] or call [eight one six, five five five, oh one five two|PHONE|(816) 555-0152]."),
    ("combo", "address_city_zip", "[Two twenty six Bramblegate Road|ADDRESS|226 Bramblegate Road|bramblegate], "
     "[Kalispell|LOCATION|Kalispell|kalispell], [five nine eight oh two|ZIP|59802]."),
    ("combo", "name_dob", "The patient is [Rhiannon Mwangi-Toft|PERSON|Rhiannon Mwangi-Toft], born [the "
     "thirtieth of March, nineteen ninety|DATE|30 March 1990]."),
    ("combo", "ssn_license", "Social [five two two, four one, oh nine eight three|SSN|522-41-0983], and driver's "
     "license [T, seven oh four, one one six, two|DRIVER_LICENSE|T7041162]."),
    ("combo", "routing_account", "Routing [one oh nine, oh three two, three two two|ROUTING_NUMBER|109032322], "
     "account [seven seven oh, eight one four, five|BANK_ACCOUNT|7708145]."),
    ("combo", "name_passport", "[Osric Trevithick|PERSON|Osric Trevithick], passport [eight two six, three "
     "oh oh, one four seven|PASSPORT|826300147]."),
    ("combo", "holder_iban", "The account holder is [Theodora Ojukwu|PERSON|Theodora Ojukwu], I B A N [B E "
     "nine eight, nine two four nine, three one four oh, three seven nine three"
     "|IBAN|BE98 9249 3140 3793]."),
    ("combo", "permit_phone", "Permit number [P K, four four two, oh six|ID_NUMBER|PK44206], and my mobile "
     "is [oh seven seven oh oh, nine oh oh, three eight two|PHONE|07700 900382]."),
    ("combo", "member_dob", "Member ID [N, eight one, six six, oh two, three|HEALTH_PLAN|N8166023], date of "
     "birth [oh two, fourteen, seventy seven|DATE|02/14/77]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "rucksack", "It's a blue rucksack with two side pockets and a broken zip."),
    ("none", "skip_sizes", "The eight yard skip is two hundred and forty, the twelve yard one is three ten."),
    ("none", "wasp_visit", "The first visit is sixty five pounds, and a second one within a fortnight is free."),
    ("none", "hearing_levels", "Her left ear is down about thirty decibels at four thousand hertz."),
    ("none", "sweep_time", "The sweep will come on Thursday between eight and ten in the morning."),
    ("none", "paper_days", "We only want the paper on Saturdays and Sundays from the first of the month."),
    ("none", "ski_sizes", "I need boots in a size forty three and skis about one seventy long."),
    ("none", "alarm_zones", "The alarm has six zones, and zone four is the garage door."),
    ("none", "tree_height", "The oak is about eighteen metres tall and leans maybe ten degrees toward the house."),
    ("none", "tyre_size", "Two tyres, two oh five fifty five R sixteen, ninety one V."),
    ("none", "boat_names", "Our boat is called Marigold, and she's moored next to the Kestrel and the Saucy Sue."),
    ("none", "escape_score", "We got out in fifty two minutes with three hints, which puts us ninth this week."),
    ("none", "lesson_times", "Lessons are forty five minutes, at half past four on Wednesdays."),
    ("none", "van_mileage", "The van came back with two hundred and twelve miles on it and a quarter of a tank."),
    ("none", "canapes", "We'd like a hundred and sixty canapes and twelve bottles of the Picpoul."),
    ("none", "dry_cleaning", "Three shirts and a suit, ready on Friday after two."),
    ("none", "jury_dates", "Jury service starts on the fourteenth and usually lasts ten working days."),
    ("none", "studio_prints", "Six prints at eight by ten, and one at sixteen by twenty for the hallway."),
    ("none", "tow_distance", "The tow to the garage is about twenty three miles, so it's covered."),
    ("none", "wine_names", "This month's case has the Rioja, two Malbecs and a Gruner from Kamptal."),
    ("none", "blood_fasting", "Don't eat for twelve hours before the test, and bring a list of your tablets."),
    ("none", "hotel_room", "We're in room four one two, on the fourth floor, until Sunday."),
    ("none", "card_cue_only", "I don't have my card number with me, can I call you back?"),
    ("none", "postcode_unknown", "Postcode? I've only just moved and I can't remember it."),
    ("none", "solar_output", "The panels made about three hundred and fifty kilowatt hours in June."),
    ("none", "sailing_race", "The Wednesday race starts at six fifteen, and there were nineteen boats last week."),
    ("none", "pest_bait", "He left four bait boxes in the loft and two by the back door."),
    ("none", "song_names", "She's learning Greensleeves and Ode to Joy for the grade two exam."),
]

# (stem, turns); a turn is (channel, marked-up text). A value the caller says in pieces across
# turns has one item per piece (each piece must not leak on its own); WHOLE gives the full value
# the caller's pieces of a kind make, in order, and is checked like an utterance item. An item on
# an agent turn is a read-back of a value (checked on its own, never a piece). Callers mostly
# answer without a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("lost_property_name_spelled_phone", [
        (AGENT, "Lost property, how can I help?"),
        (CALLER, "I left a violin case on the number nine bus on Monday."),
        (AGENT, "Let me check. What name would be on it?"),
        (CALLER, "[Hieronymus Stalbridge|PERSON|Hieronymus Stalbridge]."),
        (AGENT, "Can you spell the first name?"),
        (CALLER, "[H, I, E, R, O, N, Y, M, U, S|PERSON|Hieronymus|hieronymus]."),
        (AGENT, "And a number to call you when it turns up?"),
        (CALLER, "[Oh one two one, four nine six|PHONE|0121 496]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh four three eight|PHONE|0438]."),
    ]),
    ("parking_permit_card_split", [
        (AGENT, "The resident permit is ninety pounds for the year. Long card number, please."),
        (CALLER, "[Two three eight seven|CREDIT_CARD|2387]"),
        (AGENT, "Okay."),
        (CALLER, "[six eight four six, eight eight|CREDIT_CARD|6846 88]"),
        (AGENT, "Got it."),
        (CALLER, "[oh seven, three three seven eight|CREDIT_CARD|07 3378]."),
        (AGENT, "And the expiry?"),
        (CALLER, "[Oh five, thirty two|CARD_EXPIRY|05/32]."),
        (AGENT, "Security code?"),
        (CALLER, "It's [two one six|CVV|216]."),
        (AGENT, "So that's [two one six|CVV|216]?"),
        (CALLER, "Yes."),
    ]),
    ("skip_hire_address_postcode_readback", [
        (AGENT, "Where would you like the skip dropped?"),
        (CALLER, "[Nineteen Hollybush Rise|ADDRESS|19 Hollybush Rise|hollybush], in [Kidderminster"
         "|LOCATION|Kidderminster|kidderminster]."),
        (AGENT, "And the postcode?"),
        (CALLER, "[D Y ten, three R F|ADDRESS|DY10 3RF]."),
        (AGENT, "Let me read that back: [D Y ten, three R F|ADDRESS|DY10 3RF]."),
        (CALLER, "That's it."),
    ]),
    ("pest_control_ssn_three_parts", [
        (AGENT, "For the annual contract we run a credit check. Your social security number, please."),
        (CALLER, "[Five one seven|SSN|517]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[three two|SSN|32]"),
        (AGENT, "Okay."),
        (CALLER, "[eight oh four six|SSN|8046]."),
        (AGENT, "Thank you. And how many rooms have you seen droppings in?"),
        (CALLER, "Just two, the kitchen and the loft."),
    ]),
    ("hearing_clinic_plan_dob_bare", [
        (AGENT, "Do you have your insurance card? I need the member ID."),
        (CALLER, "[Q X, seven seven|HEALTH_PLAN|QX77]"),
        (AGENT, "Yes."),
        (CALLER, "[oh one, four nine, two|HEALTH_PLAN|01492]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[Eleven, oh three, fifty two|DATE|11/03/52]."),
    ]),
    ("chimney_sweep_phone_pieces_readback", [
        (AGENT, "What's the best number for the sweep to call when he's on his way?"),
        (CALLER, "[Four oh six|PHONE|406]"),
        (AGENT, "Okay."),
        (CALLER, "[five five five|PHONE|555]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh one two two|PHONE|0122]."),
        (AGENT, "That's [four oh six, five five five, oh one two two|PHONE|(406) 555-0122]?"),
        (CALLER, "Yep."),
    ]),
    ("newspaper_routing_account_split", [
        (AGENT, "For the direct debit, what's the routing number?"),
        (CALLER, "[Oh one six, seven four six, six eight eight|ROUTING_NUMBER|016746688]."),
        (AGENT, "And the account number?"),
        (CALLER, "[Two nine oh oh|BANK_ACCOUNT|2900]"),
        (AGENT, "Got it."),
        (CALLER, "[five one, three three eight|BANK_ACCOUNT|51338]."),
    ]),
    ("funeral_director_name_dob_ssn", [
        (AGENT, "I'm so sorry for your loss. What was your mother's full name?"),
        (CALLER, "[Genevieve Ugochukwu-Lund|PERSON|Genevieve Ugochukwu-Lund]."),
        (AGENT, "And her date of birth?"),
        (CALLER, "[The second of August, nineteen thirty eight|DATE|2 August 1938]."),
        (AGENT, "For the certificate I'll need her social security number."),
        (CALLER, "[Two eight one, five oh, seven seven three nine|SSN|281-50-7739]."),
    ]),
    ("ski_hire_iban_split", [
        (AGENT, "We'll refund the deposit to your bank. What's your IBAN?"),
        (CALLER, "It's Dutch. [N L three nine, K T S L|IBAN|NL39 KTSL]"),
        (AGENT, "Yes."),
        (CALLER, "[two eight five one|IBAN|2851]"),
        (AGENT, "Okay."),
        (CALLER, "[three four eight one, nine one|IBAN|3481 91]."),
    ]),
    ("alarm_monitoring_passcode_email", [
        (AGENT, "Alarm monitoring, can I have the account holder's name?"),
        (CALLER, "[Auberon Takahara|PERSON|Auberon Takahara]."),
        (AGENT, "And the email on the account?"),
        (CALLER, "[auberon dot takahara at fastmail dot com"
         "|EMAIL|auberon.takahara@fastmail.com|auberon takahara]."),
        (AGENT, "Thanks. Is the panel showing a fault light?"),
        (CALLER, "Yes, the amber one, since about three o'clock."),
    ]),
    ("tree_surgeon_uk_mobile_split_readback", [
        (AGENT, "Which number should the crew ring on the morning?"),
        (CALLER, "[Oh seven seven hundred|PHONE|07700]"),
        (AGENT, "Okay."),
        (CALLER, "[nine hundred|PHONE|900]"),
        (AGENT, "Got it."),
        (CALLER, "[six four nine|PHONE|649]."),
        (AGENT, "So [oh seven seven hundred, nine hundred, six four nine|PHONE|07700 900649]."),
        (CALLER, "That's right."),
    ]),
    ("tyre_fitter_card_bare", [
        (AGENT, "Four tyres fitted comes to three hundred and eighty. Card number?"),
        (CALLER, "[Five three five eight, seven six two six, two one four eight, one one oh two"
         "|CREDIT_CARD|5358 7626 2148 1102]."),
        (AGENT, "Expiry?"),
        (CALLER, "[Seven, thirty|CARD_EXPIRY|7/30]."),
        (AGENT, "Then the little code by the signature, please."),
        (CALLER, "[Oh eight nine|CVV|089]."),
    ]),
    ("sailing_club_license_split_zip", [
        (AGENT, "The trailer permit has to show your license. What's the number on it?"),
        (CALLER, "[R, four four|DRIVER_LICENSE|R44]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[one nine, oh seven, three|DRIVER_LICENSE|19073]"),
        (AGENT, "Okay."),
        (CALLER, "[eight|DRIVER_LICENSE|8]."),
        (AGENT, "And your zip code?"),
        (CALLER, "[Eight three eight six four|ZIP|83864]."),
    ]),
    ("music_lessons_passport_split_name", [
        (AGENT, "For the exam entry abroad, the student's passport number, please."),
        (CALLER, "[Seven one four, two two|PASSPORT|71422]"),
        (AGENT, "Go on."),
        (CALLER, "[oh, nine five three|PASSPORT|0953]."),
        (AGENT, "And the student's name as on the passport?"),
        (CALLER, "[Leontyne Sabatini-Hale|PERSON|Leontyne Sabatini-Hale]."),
    ]),
    ("van_hire_license_uk_readback", [
        (AGENT, "Can I take the number on your driving licence?"),
        (CALLER, "[P E L L I, seven one oh two one five, R T, nine, Q W|DRIVER_LICENSE|PELLI710215RT9QW]."),
        (AGENT, "And a mobile in case the van breaks down?"),
        (CALLER, "[Plus four four, seven seven hundred, nine hundred, one five three|PHONE|+44 7700 900153]."),
        (AGENT, "Thanks. That's [plus four four, seven seven hundred, nine hundred, one five three"
         "|PHONE|+44 7700 900153]."),
        (CALLER, "Yes."),
    ]),
    ("caterer_card_pieces_cvv", [
        (AGENT, "The deposit is four hundred. Which card?"),
        (CALLER, "Mastercard. [Two four three three|CREDIT_CARD|2433]"),
        (AGENT, "Okay."),
        (CALLER, "[seven nine eight three, four two three six|CREDIT_CARD|7983 4236]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[four nine four two|CREDIT_CARD|4942]."),
        (AGENT, "And the code on the back?"),
        (CALLER, "[Three three eight|CVV|338]."),
    ]),
    ("dry_cleaner_name_phone_split", [
        (AGENT, "What name shall I put on the ticket?"),
        (CALLER, "[Evadne Sowerbutts|PERSON|Evadne Sowerbutts]."),
        (AGENT, "And a phone number for when it's ready?"),
        (CALLER, "[Two five two|PHONE|252]"),
        (AGENT, "Yes."),
        (CALLER, "[five five five, oh one seven four|PHONE|555-0174]."),
    ]),
    ("breakdown_member_number_split_location", [
        (AGENT, "Breakdown recovery. What's your membership number?"),
        (CALLER, "[B D, two oh|ID_NUMBER|BD20]"),
        (AGENT, "Okay."),
        (CALLER, "[five five, one|ID_NUMBER|551]"),
        (AGENT, "Got it."),
        (CALLER, "[seven six|ID_NUMBER|76]."),
        (AGENT, "And where's the vehicle?"),
        (CALLER, "In the lay-by on the A six eighty three, just past the turning for [Sedbergh"
         "|LOCATION|Sedbergh|sedbergh]."),
    ]),
    ("blood_lab_nhs_split_dob", [
        (AGENT, "Before we book you in, can I take your N H S number?"),
        (CALLER, "[Nine nine nine|MEDICAL_RECORD|999]"),
        (AGENT, "Yes."),
        (CALLER, "[one seven four|MEDICAL_RECORD|174]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[three five five three|MEDICAL_RECORD|3553]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[Fourth of January, nineteen sixty three|DATE|4 January 1963]."),
        (AGENT, "[Fourth of January sixty three|DATE|4 January 63], thank you. Any allergies?"),
        (CALLER, "Only to plasters."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "lost_property_name_spelled_phone": {"PHONE": "0121 496 0438"},
    "parking_permit_card_split": {"CREDIT_CARD": "2387 6846 8807 3378"},
    "pest_control_ssn_three_parts": {"SSN": "517-32-8046"},
    "hearing_clinic_plan_dob_bare": {"HEALTH_PLAN": "QX7701492"},
    "chimney_sweep_phone_pieces_readback": {"PHONE": "(406) 555-0122"},
    "newspaper_routing_account_split": {"BANK_ACCOUNT": "290051338"},
    "ski_hire_iban_split": {"IBAN": "NL39 KTSL 2851 3481 91"},
    "tree_surgeon_uk_mobile_split_readback": {"PHONE": "07700 900649"},
    "sailing_club_license_split_zip": {"DRIVER_LICENSE": "R44190738"},
    "music_lessons_passport_split_name": {"PASSPORT": "714220953"},
    "caterer_card_pieces_cvv": {"CREDIT_CARD": "2433 7983 4236 4942"},
    "dry_cleaner_name_phone_split": {"PHONE": "(252) 555-0174"},
    "breakdown_member_number_split_location": {"ID_NUMBER": "BD2055176"},
    "blood_lab_nhs_split_dob": {"MEDICAL_RECORD": "999 174 3553"},
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
