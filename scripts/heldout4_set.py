"""The round-four held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written after round three (scripts/heldout3_set.py) was given to the rules to tune on, by a hand
that did not read the detection rules, so that a set no rule has seen exists again. New sentences,
names and values, in the ways people talk on calls: hesitations and restarts, corrections, numbers
read in pairs, triples, with "double", "triple", "oh" and "hundred", cue words before and after a
value or none at all where a question gives the context, and other domains (pharmacy, insurer,
utility, airline, school, clinic, bank, landlord). Utterances without PII carry ordinary numbers
(times, prices, counts, dates of appointments) to measure over-redaction.

Read by scripts/make_heldout.py (`--round 4`) only; the audio goes to target/heldout4/ and is
never committed. Since it was scored with the final rules it is a tuning set, as rounds three and
five are; round six (scripts/heldout6_set.py) is the held-out one now.

All values are fictional: NANP phones in 555-01xx, UK numbers in Ofcom's drama ranges, an
Australian one in ACMA's 5550 drama range, Luhn-valid cards, ABA-checksummed routing numbers,
mod-97-valid IBANs (with valid national check digits for BE and NL; AT, CH, DE and IE have none
that is checked here), valid-format SSNs. `python3 scripts/heldout4_set.py` checks them
(`self_check`), and make_heldout.py runs the same check before it synthesizes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks  # noqa: E402
from heldout_checks import report  # noqa: E402

AGENT, CALLER = 0, 1

# (category, style, marked-up text); ids are heldout4_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "wallet", "For the copay, um, let me grab my wallet. Okay, [four nine five four, one eight oh one, "
     "five seven oh one, four five nine six|CREDIT_CARD|4954 1801 5701 4596]."),
    ("card", "restart", "Four three one three... sorry, hang on, I'll start over. [Four three one three, "
     "four two nine one, one one nine two, five one three two|CREDIT_CARD|4313 4291 1192 5132]."),
    ("card", "hundred", "[Forty three hundred, ninety seven oh eight, oh eight ninety two, seventy seven eighty seven"
     "|CREDIT_CARD|4300 9708 0892 7787], that's the Visa."),
    ("card", "triples", "To pay the change fee, [four oh three, nine three three, five oh oh, four six seven, "
     "two, triple seven|CREDIT_CARD|4039 3350 0467 2777]."),
    ("card", "cue_after", "[Four three double nine, five seven three one, oh eight one eight, six four nine two"
     "|CREDIT_CARD|4399 5731 0818 6492] is my debit card, the long number on the front."),
    ("card", "question", "Card number? Yeah, hold on. [Five three six four, triple five two, oh seven eight one, "
     "nine one eight eight|CREDIT_CARD|5364 5552 0781 9188]."),
    ("card", "pairs", "Put the electric bill on my Mastercard, it goes [fifty five, ninety eight, twenty, forty two, "
     "seventy six, sixty nine, fifty one, oh eight|CREDIT_CARD|5598 2042 7669 5108]."),
    ("card", "other_one", "Not the one from last time, use the other one, [five five oh two, eight six four eight, "
     "seven eight six four, five oh four four|CREDIT_CARD|5502 8648 7864 5044]."),
    ("card", "school_fee", "For the field trip fee my card's [five five nine two, four nine three three, "
     "six one oh nine, eight two eight eight|CREDIT_CARD|5592 4933 6109 8288]."),
    ("card", "numerals", "[5 4 2 4, 0 9 8 9, 2 1 9 9, 0 2 2 3|CREDIT_CARD|5424 0989 2199 0223], and that's a credit "
     "card, not a debit card."),
    ("card", "two_series", "It's one of those new ones that starts with a two. [Two four two four, "
     "one three six eight, six eight four four, two seven one two|CREDIT_CARD|2424 1368 6844 2712]."),
    ("card", "pairs_of_pairs", "Business card, [twenty six twenty five, eighteen forty four, fifty six forty one, "
     "eighty two twelve|CREDIT_CARD|2625 1844 5641 8212]."),
    ("card", "amex", "The Amex number is [three four nine oh, eight five six five eight five, five oh six oh four"
     "|CREDIT_CARD|3490 856585 50604]."),
    ("card", "amex_filler", "Let me see, American Express, [thirty seven sixty seven, uh, four nine five seven "
     "three six, two seven oh five four|CREDIT_CARD|3767 495736 27054]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "filler", "The code on the back is, uh, [seven one five|CVV|715]."),
    ("cvv", "cue_after", "[Three oh eight|CVV|308], that's the security code."),
    ("cvv", "question", "The three digit number? [Nine four nine|CVV|949]."),
    ("cvv", "letters", "C V V is [two seven three|CVV|273]."),
    ("cvv", "amex_front", "The four little digits above the number on the front, [six oh one two|CVV|6012]."),
    ("cvv", "strip", "It's [forty one six|CVV|416], on the signature strip."),
    ("cvv", "correction", "Security code eight three, no, sorry, [eight two three|CVV|823]."),
    ("cvv", "double_oh", "Verification number, [double oh five|CVV|005]."),
    # --- expiry -----------------------------------------------------------------------------
    ("expiry", "run_together", "Expiration is [oh nine twenty nine|CARD_EXPIRY|09/29]."),
    ("expiry", "month_name", "It's good through [March twenty thirty one|CARD_EXPIRY|March 2031]."),
    ("expiry", "question", "And the expiry? [Twelve, twenty eight|CARD_EXPIRY|12/28]."),
    ("expiry", "cue_after", "[Oh six, twenty seven|CARD_EXPIRY|06/27], that's when it expires."),
    ("expiry", "valid_from", "Valid from oh one twenty four, expires [oh one twenty nine|CARD_EXPIRY|01/29]."),
    ("expiry", "thousand", "The date on it is [August, two thousand thirty|CARD_EXPIRY|August 2030]."),
    ("expiry", "exp_date", "Exp date, [ten, thirty|CARD_EXPIRY|10/30]."),
    ("expiry", "thru", "Underneath it says valid thru [May of twenty thirty|CARD_EXPIRY|May 2030]."),
    # --- SSN --------------------------------------------------------------------------------------
    ("ssn", "plain", "My social is [seven eight oh, one three, nine three oh nine|SSN|780-13-9309]."),
    ("ssn", "question", "Social security number? Okay, [one oh three, fourteen, oh two thirty two|SSN|103-14-0232]."),
    ("ssn", "fillers", "It's [six three six, uh, oh two, um, one eight eight two|SSN|636-02-1882]."),
    ("ssn", "hundred_cue_after", "[Five hundred, forty, oh nine oh six|SSN|500-40-0906] is my social security number."),
    ("ssn", "last_four", "The last four are [seven three five one|SSN|7351]."),
    ("ssn", "last_four_pairs", "Last four of my social, [sixty six fifty three|SSN|6653]."),
    ("ssn", "restart", "Social is three two eight... sorry, let me read it off the card. "
     "[Three two eight, oh five, nine one four eight|SSN|328-05-9148]."),
    ("ssn", "double", "[Six eight eight, double two, five five nine five|SSN|688-22-5595], that's mine, "
     "my wife's is different."),
    ("ssn", "tax_form", "For the tax form, my Social Security number is [three eight one, four oh, six two seven eight"
     "|SSN|381-40-6278]."),
    ("ssn", "run_together", "Social's [five five four seven oh three nine nine five|SSN|554-70-3995]."),
    ("ssn", "odd_groups", "S S N, [one ninety, twenty six, fifty nine oh six|SSN|190-26-5906]."),
    ("ssn", "ends_in", "The social on the account should end in [one eight oh seven|SSN|1807]."),
    # --- phone ---------------------------------------------------------------------------------
    ("phone", "reach", "You can reach me at [three one two, five five five, oh one six four|PHONE|(312) 555-0164]."),
    ("phone", "hundred", "Call me back on [two oh six, five five five, oh one hundred|PHONE|(206) 555-0100]."),
    ("phone", "cell_then", "My cell is [four oh four, five five five, oh one two two|PHONE|(404) 555-0122], "
     "but I'm usually at work until five."),
    ("phone", "cue_after", "[Five one two, five five five, oh one seven nine|PHONE|(512) 555-0179], "
     "that's my daughter's cell."),
    ("phone", "double", "Home number, [six oh eight, double five five, oh one three one|PHONE|(608) 555-0131]."),
    ("phone", "extension", "The work line is [eight five seven, five five five, oh one eight six"
     "|PHONE|(857) 555-0186], extension two two oh."),
    ("phone", "pairs_end", "The best number to call is [nine oh one, five five five, oh one, forty five"
     "|PHONE|(901) 555-0145]."),
    ("phone", "uk_mobile", "My mobile's [plus forty four, seventy seven hundred, nine hundred, two one four"
     "|PHONE|+44 7700 900214]."),
    ("phone", "uk_london", "The flat in London is [plus four four, two oh, seven nine four six, oh five three two"
     "|PHONE|+44 20 7946 0532]."),
    ("phone", "au", "My brother in Sydney, [plus sixty one, two, double five five oh, forty four seventeen"
     "|PHONE|+61 2 5550 4417]."),
    ("phone", "local", "It's a local number, just [five five five, oh one nine two|PHONE|555-0192]."),
    ("phone", "question", "Where can we reach you? Oh, um, [two eight one, five five five, oh one oh nine"
     "|PHONE|(281) 555-0109]."),
    ("phone", "plus_one", "With the country code it's [one, three four six, five five five, oh one five seven"
     "|PHONE|+1 346 555 0157]."),
    # --- e-mail ---------------------------------------------------------------------------------
    ("email", "dot", "Send it to [ishaan dot mukherjee at gmail dot com"
     "|EMAIL|ishaan.mukherjee@gmail.com|ishaan mukherjee]."),
    ("email", "digits", "Uh, it's [d murtagh seventy one at hotmail dot com|EMAIL|dmurtagh71@hotmail.com|murtagh]."),
    ("email", "office", "The practice email is [accounts at pellingham dental dot com"
     "|EMAIL|accounts@pellinghamdental.com|pellingham]."),
    ("email", "underscore", "Email, [yaw underscore boateng nineteen at posteo dot net"
     "|EMAIL|yaw_boateng19@posteo.net|boateng]."),
    ("email", "cue_after", "[wren dot ashdown at yahoo dot com|EMAIL|wren.ashdown@yahoo.com|wren ashdown] "
     "is where the receipts should go."),
    ("email", "dash", "Mine is [radek dash hulka at seznam dot cz|EMAIL|radek-hulka@seznam.cz|radek hulka]."),
    ("email", "year", "It's [j hollis two thousand four at icloud dot com"
     "|EMAIL|jhollis2004@icloud.com|hollis], no dot."),
    ("email", "teacher", "Her teacher's email is [m s dot threlkeld at hillcrest primary dot org"
     "|EMAIL|ms.threlkeld@hillcrestprimary.org|threlkeld hillcrest]."),
    ("email", "correction", "It's sam, no, sorry, the full one, [samuel dot fitzgibbon at outlook dot com"
     "|EMAIL|samuel.fitzgibbon@outlook.com|samuel fitzgibbon]."),
    ("email", "lower_case", "All lower case, [nkechi eighty eight at aol dot com|EMAIL|nkechi88@aol.com|nkechi]."),
    # --- bank -----------------------------------------------------------------------------------
    ("bank", "routing", "The routing number is [oh seven six, eight one nine, eight oh one|ROUTING_NUMBER|076819801]."),
    ("bank", "routing_checkbook", "Routing? [Two four three, four nine three, seven five nine"
     "|ROUTING_NUMBER|243493759], I think. Let me check the checkbook. Yep."),
    ("bank", "routing_cue_after", "[Oh four nine, one five two, five one one|ROUTING_NUMBER|049152511] "
     "is the routing on the bottom of the check."),
    ("bank", "deposit", "Direct deposit goes to routing [oh six three, four six four, five one five"
     "|ROUTING_NUMBER|063464515], account [six two one, three oh four, nine six three four"
     "|BANK_ACCOUNT|6213049634]."),
    ("bank", "account_question", "Account number? [Three two nine, eight oh one, nine eight|BANK_ACCOUNT|32980198]."),
    ("bank", "checking_cue_after", "[Two seven three nine, oh one four, three oh seven seven"
     "|BANK_ACCOUNT|27390143077] is my checking."),
    ("bank", "pairs", "Savings is [sixty four sixty nine, oh eight forty four, oh six|BANK_ACCOUNT|6469084406]."),
    ("bank", "hundred", "My share account with the co-op bank is [seven oh one, fifty nine, eighty eight hundred, "
     "thirty six|BANK_ACCOUNT|70159880036]."),
    ("bank", "refund", "[Two five nine seven, eight five six one|BANK_ACCOUNT|25978561], that's the account "
     "the refund should go back to."),
    ("bank", "mortgage", "For autopay on the mortgage, routing [two five one, five oh six, eight eight seven"
     "|ROUTING_NUMBER|251506887], and the account is [oh two eight, one five, three one five"
     "|BANK_ACCOUNT|02815315]."),
    ("bank", "routing_run", "Bank routing, [one one three nine nine five oh four four|ROUTING_NUMBER|113995044]."),
    # --- IBAN ------------------------------------------------------------------------------------
    ("iban", "de", "My German IBAN, [D E seven four, three six five oh, seven eight six five, three two five four, "
     "five eight two seven, five nine|IBAN|DE74 3650 7865 3254 5827 59]."),
    ("iban", "at_cue_after", "[A T one seven, eight two four eight, seven seven oh nine, four oh one seven, "
     "three seven three six|IBAN|AT17 8248 7709 4017 3736], that's the Austrian account."),
    ("iban", "ch_pairs", "The Swiss one, [C H eighty five, sixty eight twenty five, ninety eight seventy nine, "
     "sixty five forty eight, forty four seventy four, five|IBAN|CH85 6825 9879 6548 4474 5]."),
    ("iban", "ie_question", "The IBAN? Okay, [I E five two, B O F I, seven seven four six, three four seven four, "
     "four one five one, six four|IBAN|IE52 BOFI 7746 3474 4151 64]."),
    ("iban", "nl", "For the rent, pay into [N L one one, I N G B, oh two oh one, oh six seven one, four five"
     "|IBAN|NL11 INGB 0201 0671 45]."),
    # --- ZIP ------------------------------------------------------------------------------------
    ("zip", "plain", "Zip code is [two seven seven oh five|ZIP|27705]."),
    ("zip", "question", "The zip? [Eight oh two one nine|ZIP|80219]."),
    ("zip", "cue_after", "[Nine eight one oh three|ZIP|98103], that's the billing zip."),
    ("zip", "plus_four", "With the extra four digits, [one one two one five, four four oh seven|ZIP|11215-4407]."),
    ("zip", "pairs", "The zip's [thirty three, one thirty nine|ZIP|33139]."),
    ("zip", "leading_zero", "For the shipping quote, my zip is [oh two one three eight|ZIP|02138]."),
    ("zip", "three_two", "Postal code, [seven eight seven, oh four|ZIP|78704]."),
    # --- date of birth -----------------------------------------------------------------------
    ("dob", "month_day", "Date of birth is [June third, nineteen seventy nine|DATE|June 3, 1979]."),
    ("dob", "question", "When was I born? [Nine twelve eighty four|DATE|9/12/84]."),
    ("dob", "cue_after", "[The twenty ninth of January, nineteen ninety one|DATE|29 January 1991] is my birthday."),
    ("dob", "digits", "D O B, [oh four, oh nine, nineteen sixty|DATE|04/09/1960]."),
    ("dob", "son", "My son, he was born [August the thirtieth, two thousand twelve|DATE|August 30, 2012]."),
    ("dob", "correction", "Birthday's the fourteenth, no, [the fifteenth of December, nineteen fifty eight"
     "|DATE|15 December 1958]."),
    ("dob", "day_first", "In the British order that's [seventeen, three, eighty|DATE|17/3/80]."),
    ("dob", "patient", "Patient's date of birth, [October first, two thousand|DATE|October 1, 2000]."),
    # --- addresses ------------------------------------------------------------------------------
    ("address", "hundred", "Ship it to [twelve hundred Lockhaven Drive|ADDRESS|1200 Lockhaven Drive]."),
    ("address", "apartment", "I'm at [four eighteen Gillingham Way, apartment three C|ADDRESS|418 Gillingham Way, Apt 3C]."),
    ("address", "cue_after", "[Ninety one Brackenridge Lane|ADDRESS|91 Brackenridge Lane] is where we've been "
     "for ten years."),
    ("address", "city", "It's [seven oh three Sorrelwood Circle|ADDRESS|703 Sorrelwood Circle], "
     "[Keokuk, Iowa|LOCATION|Keokuk, Iowa|keokuk iowa]."),
    ("address", "question", "Where should we send the new card? Um, [two two five oh Mercado Boulevard, suite one ten"
     "|ADDRESS|2250 Mercado Boulevard, Suite 110]."),
    ("address", "row", "The rental is [fifteen Kittredge Row|ADDRESS|15 Kittredge Row|kittredge]."),
    ("address", "uk_flat", "It's [flat six, twenty two Ashburnham Gardens|ADDRESS|Flat 6, 22 Ashburnham Gardens"
     "|ashburnham]."),
    ("address", "rural_route", "We don't get mail at the house, it's [Rural Route two, Box forty one|ADDRESS|RR 2, Box 41|]."),
    ("address", "north", "The property address is [thirty three oh nine North Tillinghast Street"
     "|ADDRESS|3309 North Tillinghast Street]."),
    ("address", "moved", "We moved from [Bemidji|LOCATION|Bemidji|bemidji] to "
     "[Las Cruces, New Mexico|LOCATION|Las Cruces, New Mexico|cruces mexico] in the spring."),
    ("address", "parkway", "New address, [eighty seven fifty Bridgewater Parkway, unit two oh six"
     "|ADDRESS|8750 Bridgewater Parkway, Unit 206|bridgewater]."),
    # --- identifiers ---------------------------------------------------------------------------
    ("dl", "plain", "Driver's license, [D, two two nine, oh four, seven six one eight|DRIVER_LICENSE|D229047618]."),
    ("dl", "cue_after", "[Seven seven four, two oh nine, one three three|DRIVER_LICENSE|774209133] is the number "
     "on my license."),
    ("dl", "as_in", "The license number? [S as in Sam, K as in king, nine one, four four oh, two"
     "|DRIVER_LICENSE|SK914402]."),
    ("dl", "permit", "[M R T, oh eight eight, five two six|DRIVER_LICENSE|MRT088526], that's on my learner's permit."),
    ("passport", "plain", "Passport number [five four eight, three one nine, nine oh two|PASSPORT|548319902]."),
    ("passport", "canadian", "[H K, two oh eight, eight one seven|PASSPORT|HK208817], that's the passport, "
     "it's a Canadian one."),
    ("passport", "question", "The travel document number? [Six six one, oh four, three two eight nine"
     "|PASSPORT|661043289]."),
    ("passport", "double", "The passport is [E N, double three, seven oh five, one two|PASSPORT|EN3370512]."),
    ("health", "member_id", "My member ID is [W Q H, four one seven, seven two oh, nine|HEALTH_PLAN|WQH4177209]."),
    ("health", "subscriber", "Subscriber number [eight eight oh, two six, one four five three|HEALTH_PLAN|880261453]."),
    ("health", "cue_after", "[R X, five oh six, two two nine, one four|HEALTH_PLAN|RX50622914], that's on my "
     "insurance card, under member."),
    ("health", "medicare", "Medicare number, [three T A seven, K U two, W X six four|HEALTH_PLAN|3TA7KU2WX64]."),
    ("health", "question", "The insurance ID? [Z Y, oh oh nine, four three six, eight|HEALTH_PLAN|ZY0094368]."),
    ("medical", "mrn", "Medical record number [four four one, nine oh, three seven|MEDICAL_RECORD|4419037]."),
    ("medical", "chart_cue_after", "[M R, seven six two, five oh eight|MEDICAL_RECORD|MR762508] is the chart number "
     "the nurse gave me."),
    ("medical", "lab_slip", "The lab slip has a patient number, [two oh oh four, eight one, six"
     "|MEDICAL_RECORD|2004816]."),
    ("medical", "question", "Hospital number? [Nine five, three one, oh seven, two|MEDICAL_RECORD|9531072]."),
    ("id", "policy", "Policy number is [P L, four four nine, oh seven, three one|ID_NUMBER|PL4490731]."),
    ("id", "frequent_flyer", "My frequent flyer number is [N K, six three one, oh five five, eight|ID_NUMBER|NK6310558]."),
    ("id", "student", "Student ID, [two two oh, four one, seven nine three|ID_NUMBER|22041793]."),
    ("id", "utility_cue_after", "[Eight eight two, oh one, four seven six|ID_NUMBER|88201476], that's the account "
     "number on the electric bill."),
    ("id", "prescription", "The prescription number is [R X, three one one, seven four oh, two|ID_NUMBER|RX3117402]."),
    ("id", "claim", "Claim number [C L, twenty twenty six, dash, oh four one one nine|ID_NUMBER|CL2026-04119]."),
    # --- people -------------------------------------------------------------------------------
    ("person", "plain", "My name is [Nokuthula Dlamini-Shezi|PERSON|Nokuthula Dlamini-Shezi]."),
    ("person", "irish", "This is [Ruairi O'Dubhghaill|PERSON|Ruairi O'Dubhghaill|ruairi dubhghaill], I rang yesterday."),
    ("person", "said_then_spelled", "Last name is [Szczepanik|PERSON|Szczepanik], that's "
     "[S, Z, C, Z, E, P, A, N, I, K|PERSON|Szczepanik|szczepanik]."),
    ("person", "spelled_as_in", "Let me spell it, [K as in kite, J, E, L, L, B, E, R, G|PERSON|Kjellberg|kjellberg]."),
    ("person", "cue_after", "[Chidinma Ezeogu-Barratt|PERSON|Chidinma Ezeogu-Barratt], that's the name on "
     "the prescription."),
    ("person", "doctor", "I'm a patient of Doctor [Iwona Brzezinska|PERSON|Iwona Brzezinska]."),
    ("person", "first_name", "Can you tell [Fenella|PERSON|Fenella] I'll be late for pickup?"),
    ("person", "ticket", "The ticket's under [Xochitl Tlapanco|PERSON|Xochitl Tlapanco]."),
    ("person", "filler", "My name's, uh, [Leopold Thistlethwaite|PERSON|Leopold Thistlethwaite]."),
    ("person", "correction", "The account holder is my dad, [Declan Ferriter|PERSON|Declan Ferriter], no wait, "
     "it's in my mum's name, [Siobhan Ferriter|PERSON|Siobhan Ferriter]."),
    ("person", "vietnamese", "The patient is my grandmother, [Phan Van Khoi|PERSON|Phan Van Khoi]."),
    ("person", "caller", "Hi, it's [Gunnhildur Sveinsdottir|PERSON|Gunnhildur Sveinsdottir], calling to confirm."),
    ("person", "spelled_after", "Put the table under [Zwanenburg|PERSON|Zwanenburg], "
     "[Z, W, A, N, E, N, B, U, R, G|PERSON|Zwanenburg|zwanenburg]."),
    ("person", "mister", "Mister [Papadimitriou|PERSON|Papadimitriou] is my landlord."),
    ("person", "emergency", "Emergency contact is my sister, [Solveig Haugland-Mensah|PERSON|Solveig Haugland-Mensah]."),
    ("person", "first_spelled", "First name [Tadeusz|PERSON|Tadeusz], spelled [T, A, D, E, U, S, Z"
     "|PERSON|Tadeusz|tadeusz]."),
    ("person", "missus", "Ask for Missus [Fothergill-Ashe|PERSON|Fothergill-Ashe], she handles billing."),
    # --- combos --------------------------------------------------------------------------------
    ("combo", "amex_exp_code", "[Three seven eight one, six eight one two one six, eight five oh three five"
     "|CREDIT_CARD|3781 681216 85035], expiry [oh two thirty|CARD_EXPIRY|02/30], code [nine oh seven one|CVV|9071]."),
    ("combo", "card_cvv", "Card is [four two five seven, four two two five, eight seven three five, oh four four six"
     "|CREDIT_CARD|4257 4225 8735 0446], and the three on the back, [five six one|CVV|561]."),
    ("combo", "name_dob", "[Haralambos Vlachos|PERSON|Haralambos Vlachos], born [the second of July, "
     "nineteen forty nine|DATE|2 July 1949]."),
    ("combo", "name_phone", "This is [Rosalind|PERSON|Rosalind] from the pharmacy, call me at "
     "[seven seven five, five five five, oh one five three|PHONE|(775) 555-0153]."),
    ("combo", "ssn_dob", "Social [six one two, eight oh, oh six five three|SSN|612-80-0653], and date of birth "
     "[eleven, four, seventy six|DATE|11/4/76]."),
    ("combo", "email_phone", "Email [vik dot anand at zoho dot com|EMAIL|vik.anand@zoho.com|anand], and the phone is "
     "[three three six, five five five, oh one two eight|PHONE|(336) 555-0128]."),
    ("combo", "address_zip", "[Two ninety Hollyhock Terrace|ADDRESS|290 Hollyhock Terrace], "
     "[Asheville|LOCATION|Asheville|asheville], [two eight eight oh one|ZIP|28801]."),
    ("combo", "name_member", "Patient is [Caoimhe Brannigan|PERSON|Caoimhe Brannigan], member number "
     "[A H, seven two two, oh one nine, four|HEALTH_PLAN|AH7220194]."),
    ("combo", "license_dob", "License [K, five five one, two oh, eight three four|DRIVER_LICENSE|K55120834], "
     "date of birth [ninth of May, eighty seven|DATE|9 May '87]."),
    # --- no PII, ordinary numbers ---------------------------------------------------------------
    ("none", "closing", "The pharmacy closes at nine thirty on weekdays."),
    ("none", "gate", "Boarding starts at gate twenty two, about forty minutes before departure."),
    ("none", "bill", "My bill jumped about eighteen dollars this month and nobody told me why."),
    ("none", "hold", "I've been on hold for, uh, let me see, almost half an hour."),
    ("none", "copies", "We need two hundred and fifty copies of the flyer by Thursday."),
    ("none", "school", "The kids' school starts at eight ten, so any time after that works."),
    ("none", "dosage", "Take one capsule twice a day for ten days."),
    ("none", "outage", "The storm knocked out power for about six hours on Sunday."),
    ("none", "crackly", "Could you repeat that? The line's a bit crackly."),
    ("none", "flat", "It's a two bedroom flat on the third floor, no lift."),
    ("none", "appointment", "The appointment is at quarter past three on the nineteenth."),
    ("none", "charged_twice", "I think I was charged twice, both times sixty two forty nine."),
    ("none", "kids", "We have three kids, ages four, seven and eleven."),
    ("none", "thanks", "Thanks so much, you've been really helpful today."),
    ("none", "package", "The package weighed about twelve pounds, give or take."),
    ("none", "plan", "Can I upgrade to the plan with fifty gigabytes instead?"),
    ("none", "last_flight", "The last time I flew with you was back in twenty nineteen."),
    ("none", "dog", "Hold on, my dog is barking, just a second."),
]

# (stem, turns); a turn is (channel, marked-up text). A value said in pieces across turns has
# one item per piece (each piece must not leak on its own); WHOLE gives the full value the pieces
# of a kind make, in order, and is checked like an utterance item. Callers mostly give values
# without a cue word of their own, as people answer questions: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("pharmacy_card_split", [
        (AGENT, "How would you like to pay for that today?"),
        (CALLER, "On a card, please."),
        (AGENT, "Okay, go ahead with the card number whenever you're ready."),
        (CALLER, "[Four six eight one, one oh three six|CREDIT_CARD|4681 1036]"),
        (AGENT, "Uh huh."),
        (CALLER, "[oh five seven eight, eight five seven nine|CREDIT_CARD|0578 8579]."),
        (AGENT, "And the expiration?"),
        (CALLER, "[Oh eight, twenty nine|CARD_EXPIRY|08/29]."),
    ]),
    ("insurer_last_four_dob", [
        (AGENT, "Before I can discuss the claim, can you verify the last four of your social?"),
        (CALLER, "Sure, it's [two six two one|SSN|2621]."),
        (AGENT, "Thank you. And your date of birth?"),
        (CALLER, "Uh, [April ninth, nineteen eighty two|DATE|April 9, 1982]."),
        (AGENT, "Perfect, I've got you."),
    ]),
    ("deposit_routing_split", [
        (AGENT, "To set up the direct deposit, I'll need the routing number first."),
        (CALLER, "Okay, hang on, let me find a check. Right, [two six six, oh six one|ROUTING_NUMBER|266 061]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[nine five one|ROUTING_NUMBER|951]."),
        (AGENT, "And the account number?"),
        (CALLER, "[Seven eight oh one, nine six four three|BANK_ACCOUNT|78019643]."),
    ]),
    ("airline_second_traveler", [
        (AGENT, "Could I get the passport number for the second traveler?"),
        (CALLER, "Yeah, it's [four one one, seven seven eight, oh two six|PASSPORT|411778026]."),
        (AGENT, "And her full name as it appears on the passport?"),
        (CALLER, "[Ayodele Fashanu-Reyes|PERSON|Ayodele Fashanu-Reyes]."),
    ]),
    ("utility_account_address", [
        (AGENT, "Thanks for calling. What's the account number on your bill?"),
        (CALLER, "Um, [three three one, oh two, eight eight four, seven|ID_NUMBER|331028847]."),
        (AGENT, "And the service address?"),
        (CALLER, "[Sixty one hundred Ravenna Avenue|ADDRESS|6100 Ravenna Avenue]."),
    ]),
    ("clinic_spell_surname", [
        (AGENT, "Can I take the patient's last name?"),
        (CALLER, "[Okwuosa-Henley|PERSON|Okwuosa-Henley]."),
        (AGENT, "Could you spell that for me?"),
        (CALLER, "[O, K, W, U, O, S, A|PERSON|Okwuosa|okwuosa], then a hyphen, [H, E, N, L, E, Y|PERSON|Henley|henley]."),
        (AGENT, "Thank you."),
    ]),
    ("card_cvv_zip", [
        (AGENT, "Read me the card number, please."),
        (CALLER, "[Five three eight eight, oh two one four, four six one two, nine oh seven one"
         "|CREDIT_CARD|5388 0214 4612 9071]."),
        (AGENT, "And the three digit security code on the back?"),
        (CALLER, "[Two oh eight|CVV|208]."),
        (AGENT, "Great, and the billing zip code?"),
        (CALLER, "[Four five two, one three|ZIP|45213]."),
    ]),
    ("phone_in_three", [
        (AGENT, "What's a good number to reach you on?"),
        (CALLER, "[Nine seven three|PHONE|973]"),
        (AGENT, "Yep."),
        (CALLER, "[five five five|PHONE|555]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh one six six|PHONE|0166]."),
    ]),
    ("school_student_dob", [
        (AGENT, "Which student are you calling about?"),
        (CALLER, "My son, [Tobenna Obiora-Strand|PERSON|Tobenna Obiora-Strand]."),
        (AGENT, "And his student number?"),
        (CALLER, "[Two oh seven, five five, one four|ID_NUMBER|2075514]."),
        (AGENT, "His date of birth?"),
        (CALLER, "[March the twelfth, twenty fifteen|DATE|March 12, 2015]."),
    ]),
    ("iban_in_two", [
        (AGENT, "For the refund to your European account I'll need the IBAN."),
        (CALLER, "[B E five five, oh nine seven one|IBAN|BE55 0971]"),
        (AGENT, "Okay."),
        (CALLER, "[six two oh eight, one seven four four|IBAN|6208 1744]."),
    ]),
    ("email_repeated", [
        (AGENT, "What's the email address on the account?"),
        (CALLER, "It's [mireille dot fontaine at gmail dot com|EMAIL|mireille.fontaine@gmail.com|mireille fontaine]."),
        (AGENT, "Sorry, you cut out. Could you say that again?"),
        (CALLER, "Sure, [mireille dot fontaine at gmail dot com|EMAIL|mireille.fontaine@gmail.com|mireille fontaine]."),
    ]),
    ("member_id_in_two", [
        (AGENT, "Can you read me the member ID from the front of the card?"),
        (CALLER, "[J K P, four four oh|HEALTH_PLAN|JKP440]"),
        (AGENT, "Go on."),
        (CALLER, "[nine one two, six|HEALTH_PLAN|9126]."),
    ]),
    ("new_account_ssn", [
        (AGENT, "I'll need your full social to open the account."),
        (CALLER, "Okay, [five five nine|SSN|559]"),
        (AGENT, "Uh huh."),
        (CALLER, "[six two|SSN|62]"),
        (AGENT, "Yes."),
        (CALLER, "[four two three two|SSN|4232]."),
    ]),
    ("verify_dob_zip", [
        (AGENT, "To verify, what's your date of birth?"),
        (CALLER, "[Oh seven, twenty two, sixty eight|DATE|07/22/68]."),
        (AGENT, "And the zip code on file?"),
        (CALLER, "[Nine nine five oh four|ZIP|99504]."),
        (AGENT, "Thanks, you're verified."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "pharmacy_card_split": {"CREDIT_CARD": "4681 1036 0578 8579"},
    "deposit_routing_split": {"ROUTING_NUMBER": "266061951"},
    "phone_in_three": {"PHONE": "(973) 555-0166"},
    "iban_in_two": {"IBAN": "BE55 0971 6208 1744"},
    "member_id_in_two": {"HEALTH_PLAN": "JKP4409126"},
    "new_account_ssn": {"SSN": "559-62-4232"},
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
