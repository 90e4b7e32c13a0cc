"""The round-seven held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written after round six (scripts/heldout6_set.py) was scored and handed to the rules to tune on,
by a hand that did not read the detection rules, so that a set no rule has seen exists again.
New sentences, names and values (no name, street or town an earlier round or samples/spoken
has), in a mix of domains: some earlier rounds had too (pharmacy, utility company, school
office, vet clinic, car rental, mortgage, gym, library), some none had (mortgage broker's credit
check, kennel, pet passport, holiday cottage), in the ways people talk on calls: hesitations
inside a value, restarts and self-corrections (some leave a wrong value said first), a value
split across two clauses of one sentence, digits one by one, in fours, threes, pairs and one run
of eight, with "double", "triple", "oh", "zero" and "hundred", numerals in the text, spelled
names and a spelled email user, "K as in kilo", UK numbers in national and international form,
an Australian one in international form, a seven-digit local number, dates day first, month
first and year first, cue words before or after a value or none where a question gives the
context. Utterances without PII carry ordinary numbers (prices, doses, times, counts, weights,
rooms, mileage, a meter reading) and name-like or place-like words that are not PII (cake names,
a "grace period"), or a cue word with no value after it, to measure over-redaction.

Read by scripts/make_heldout.py (`--round 7`) only; the audio goes to target/heldout7/ and is
never committed. Since it was handed to the rules to tune on it is a tuning set, as rounds three
to six are; round eight (scripts/heldout8_set.py) is the held-out one now.

All values are fictional: NANP phones in 555-01xx (one toll-free, one seven-digit local), UK
numbers in Ofcom's drama ranges (mobile, Edinburgh, Glasgow, Newcastle), an Australian one in
ACMA's 02 5550 drama range, Luhn-valid cards, ABA-checksummed routing numbers, mod-97-valid IBANs
with valid national check digits (BE, NO, FI, PL, FR, NL; CH, GB and IE have none the checks
know), made-up bank codes, valid-format SSNs, a National Insurance number with the QQ prefix HMRC
keeps for examples. `python3 scripts/heldout7_set.py` checks them (`self_check`), and
make_heldout.py runs the same check before it synthesizes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks  # noqa: E402
from heldout_checks import report  # noqa: E402

AGENT, CALLER = 0, 1

# (category, style, marked-up text); ids are heldout7_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "pharmacy_fours", "The copay for the prescription can go on my Visa, it's [four three two eight, "
     "seven eight three six, oh oh nine eight, oh five four two|CREDIT_CARD|4328 7836 0098 0542]."),
    ("card", "gym_pairs", "For the annual gym membership, use [forty four seventy, eighty eight seventy seven, "
     "sixty nine seventy, twenty eight twenty three|CREDIT_CARD|4470 8877 6970 2823]."),
    ("card", "vet_hesitation", "Okay, for Biscuit's surgery, hold on, it's [four three four one, uh, "
     "three three six one, four nine two three, um, double oh five two|CREDIT_CARD|4341 3361 4923 0052]."),
    ("card", "rental_wrong_card", "Four six one seven, eight five eight... no wait, that's my old card. "
     "Here we go, [four six seven one, one five two four, four four oh nine, two three seven two"
     "|CREDIT_CARD|4671 1524 4409 2372]."),
    ("card", "utility_numerals", "I'd like to pay the electric bill with [4 6 3 6, 7 5 3 6, 6 7 2 1, 0 7 4 2"
     "|CREDIT_CARD|4636 7536 6721 0742]."),
    ("card", "broker_run_of_eight", "The broker's fee goes on my Mastercard, [five one one eight four five seven oh, "
     "oh six eight seven three two six nine|CREDIT_CARD|5118 4570 0687 3269]."),
    ("card", "school_trip_threes", "I'm paying for the school trip. [Five two seven, oh seven eight, six four seven, "
     "five six two, one seven two four|CREDIT_CARD|5270 7864 7562 1724]."),
    ("card", "cue_after_hotel", "[Five three three five, six five seven six, four three seven eight, seven oh nine "
     "eight|CREDIT_CARD|5335 6576 4378 7098], that's the card to hold the room with."),
    ("card", "split_clauses", "It starts [five four six three, six six double oh, and after that it's two nine "
     "seven two, oh eight three six|CREDIT_CARD|5463 6600 2972 0836]."),
    ("card", "which_one", "Which card? The [two two two three, two oh oh six, seven six three five, "
     "eight four five three|CREDIT_CARD|2223 2006 7635 8453] one, the blue one."),
    ("card", "amex_rental", "The rental deposit goes on the Amex, [three four oh five, four seven eight oh seven "
     "eight, four three two six two|CREDIT_CARD|3405 478078 43262]."),
    ("card", "amex_double", "It's an American Express: [three seven five two, eight one five, double seven seven, "
     "three four two four oh|CREDIT_CARD|3752 815777 34240]."),
    ("card", "vet_zero", "For the vet bill, the card is [two four three one, zero four nine seven, one six four "
     "five, zero six one six|CREDIT_CARD|2431 0497 1645 0616]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "signature_strip", "And the little number by the signature strip, [five eight one|CVV|581]."),
    ("cvv", "double", "Security number's [oh double six|CVV|066]."),
    ("cvv", "amex_front", "On the front, above the long number, it says [two seven four oh|CVV|2740]."),
    ("cvv", "cue_after", "[Nine one three|CVV|913] is the security code, I think."),
    ("cvv", "flip_over", "The C V V... hang on, let me flip it over... [three four eight|CVV|348]."),
    ("cvv", "numerals", "Verification code [6 0 9|CVV|609]."),
    ("cvv", "correction", "The code is seven two... no, sorry, [seven five two|CVV|752]."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "runs_out", "It runs out [oh eight, thirty one|CARD_EXPIRY|08/31]."),
    ("expiry", "month_year", "The new card lasts until [February twenty thirty one|CARD_EXPIRY|February 2031]."),
    ("expiry", "front_slash", "The date on the front says [ten slash twenty six|CARD_EXPIRY|10/26]."),
    ("expiry", "thousand", "Expiry [oh five, two thousand twenty nine|CARD_EXPIRY|05/2029]."),
    ("expiry", "cue_after", "[Three, twenty eight|CARD_EXPIRY|3/28], that's when the card expires."),
    ("expiry", "question_filler", "Expiry? Um, [September twenty twenty seven|CARD_EXPIRY|September 2027]."),
    ("expiry", "end_of", "It's good until the end of [April, twenty thirty two|CARD_EXPIRY|April 2032]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "tax_return", "For the tax return, my social is [four seven two, one eight, three three nine oh"
     "|SSN|472-18-3390]."),
    ("ssn", "double", "Social's [two oh one, double five, eight six four seven|SSN|201-55-8647]."),
    ("ssn", "last_four", "The social ends in [six two oh eight|SSN|6208]."),
    ("ssn", "cue_after", "[Five three eight, two four, one one seven six|SSN|538-24-1176], that's the social "
     "security number you asked for."),
    ("ssn", "broker", "The broker needs my S S N, which is [three one nine, seven oh, two five eight four"
     "|SSN|319-70-2584]."),
    ("ssn", "pairs", "My social security number is [one six four, twenty two, thirty nine fifty one"
     "|SSN|164-22-3951]."),
    ("ssn", "run_together", "Social, [seven oh eight four one six two nine three|SSN|708-41-6293]."),
    ("ssn", "fillers_inside", "It's, uh, hang on, [four four six, um, eighty one, uh, oh seven two two"
     "|SSN|446-81-0722]."),
    ("ssn", "husband", "For my husband, his social is [two nine three, six seven, five oh one "
     "eight|SSN|293-67-5018]."),
    ("ssn", "numerals", "S S N is [6 1 5, 3 8, 4 4 0 2|SSN|615-38-4402]."),
    ("ssn", "zip_mixup", "My social is five five... sorry, that's my zip. It's [one three two, four one, "
     "seven seven eight nine|SSN|132-41-7789]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "refill_text", "Refill reminders can go to [two one four, five five five, oh one four one"
     "|PHONE|(214) 555-0141] by text."),
    ("phone", "cue_after", "[Eight oh eight, five five five, oh one seven seven|PHONE|(808) 555-0177] is the best "
     "number for the vet to reach me."),
    ("phone", "doubles", "Cell phone is [three oh five, double five five, oh one double two|PHONE|(305) 555-0122]."),
    ("phone", "fifty_five", "Call my wife at [seven two oh, five fifty five, oh one thirty nine|PHONE|(720) "
     "555-0139]."),
    ("phone", "edinburgh_national", "The surgery in town is on [oh one three one, four nine six, oh two eight five"
     "|PHONE|0131 496 0285]."),
    ("phone", "uk_mobile_plus", "If you're calling from outside the country, it's [plus four four, seven seven "
     "oh oh, nine oh oh, "
     "five one three|PHONE|+44 7700 900513]."),
    ("phone", "glasgow_depot", "Ring the depot on [oh one four one, four nine six, oh nine oh four"
     "|PHONE|0141 496 0904]."),
    ("phone", "au_plus", "My brother's number in Sydney is [plus six one, two, five five five oh, seven two six one"
     "|PHONE|+61 2 5550 7261]."),
    ("phone", "toll_free", "The outage line is [one eight eight eight, five five five, oh one one oh"
     "|PHONE|+1 888-555-0110]."),
    ("phone", "seven_digit", "Just dial [five five five, oh one four eight|PHONE|555-0148] from the hotel lobby."),
    ("phone", "question", "A daytime number? Sure, [nine one nine, five five five, oh one five three"
     "|PHONE|(919) 555-0153]."),
    ("phone", "work_line_mixup", "It's six oh two, five five five... oh, sorry, that's my work line. My cell is "
     "[four eight oh, five five five, oh one six six|PHONE|(480) 555-0166]."),
    ("phone", "newcastle", "The Newcastle branch is on [oh one nine one, four nine eight, oh three three seven"
     "|PHONE|0191 498 0337]."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "dots", "My email is [lourdes dot ybarra at gmail dot com|EMAIL|lourdes.ybarra@gmail.com"
     "|lourdes ybarra]."),
    ("email", "digits_invoice", "Send the invoice to [d okafor eighty eight at yahoo dot "
     "com|EMAIL|dokafor88@yahoo.com"
     "|okafor]."),
    ("email", "underscore", "It's [pia underscore sandvik at outlook dot com|EMAIL|pia_sandvik@outlook.com"
     "|pia sandvik]."),
    ("email", "co_uk_rental", "For the car hire, use [rentals at brackenfell motors dot co dot uk"
     "|EMAIL|rentals@brackenfellmotors.co.uk|brackenfell motors]."),
    ("email", "spelled_user", "It's [t, r, e, g, a, s, k, i, s at proton dot me|EMAIL|tregaskis@proton.me"
     "|tregaskis]."),
    ("email", "school_office", "The school office email is [attendance at pinecrest elementary dot org"
     "|EMAIL|attendance@pinecrestelementary.org|pinecrest elementary]."),
    ("email", "cue_after", "[ravi dot sundaram at icloud dot com|EMAIL|ravi.sundaram@icloud.com|ravi sundaram] "
     "is my personal email."),
    ("email", "hyphen_digit", "Email's [ana hyphen sofia seven at hotmail dot com|EMAIL|ana-sofia7@hotmail.com"
     "|ana sofia]."),
    ("email", "triple", "Write down [g trevelyan triple three at fastmail dot com|EMAIL|gtrevelyan333@fastmail.com"
     "|trevelyan]."),
    ("email", "correction", "It's bea dot... no, the long one, [beatrice dot amoako at gmail dot com"
     "|EMAIL|beatrice.amoako@gmail.com|beatrice amoako]."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing", "The routing number is [two three eight, two seven six, six six "
     "four|ROUTING_NUMBER|238276664]."),
    ("bank", "account_pairs", "Checking account [eighty one, forty four, oh two, seventy six, three"
     "|BANK_ACCOUNT|814402763]."),
    ("bank", "routing_cue_after", "[Oh seven three, two eight one, five double oh|ROUTING_NUMBER|073281500], "
     "that's the bank's routing number."),
    ("bank", "account_question", "The account? [Six oh six oh, one nine, double four seven|BANK_ACCOUNT|606019447]."),
    ("bank", "mortgage_both", "For the mortgage payments, routing [oh oh four, three seven two, three seven eight"
     "|ROUTING_NUMBER|004372378] and account [one one two, nine oh eight, five five four, six"
     "|BANK_ACCOUNT|1129085546]."),
    ("bank", "account_hundred", "Account number [fifty three hundred, twenty one, eighteen|BANK_ACCOUNT|53002118]."),
    ("bank", "gym_debit", "The gym takes it by direct debit, account number [four one, seven seven, nine two, oh "
     "eight"
     "|BANK_ACCOUNT|41779208]."),
    ("bank", "aba_numerals", "A B A number [2 2 9 6 6 4 7 4 8|ROUTING_NUMBER|229664748]."),
    ("bank", "routing_fillers", "The routing is [two eight nine, uh, seven four six, um, seven one six"
     "|ROUTING_NUMBER|289746716]."),
    ("bank", "savings_cue_after", "[Three three one eight, oh six, two nine nine oh|BANK_ACCOUNT|3318062990] is "
     "my savings account."),
    ("bank", "routing_restart", "Routing number's oh four one, nine... sorry, let me start again. "
     "[Oh four one, nine nine eight, two nine four|ROUTING_NUMBER|041998294]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "be", "My Belgian IBAN is [B E oh eight, seven eight nine seven, one four nine six, seven one one three"
     "|IBAN|BE08 7897 1496 7113]."),
    ("iban", "no_rent", "The rent goes to [N O nine five, three one oh four, eight six seven six, nine two oh"
     "|IBAN|NO95 3104 8676 920]."),
    ("iban", "fi_cue_after", "[F I six oh, three nine five nine, double oh two three, five seven seven oh, two one"
     "|IBAN|FI60 3959 0023 5770 21], that's my Finnish account."),
    ("iban", "pl_question", "IBAN? It's Polish, [P L four three, oh five oh six, eight one two two, four four three "
     "one, five seven four four, oh four seven five, three double oh two|IBAN|PL43 0506 8122 4431 5744 0475 3002]."),
    ("iban", "fr_cottage", "The cottage deposit goes to [F R seven six, three two one three, three five oh oh, "
     "five eight seven nine, one five two oh, three three nine nine, three eight six"
     "|IBAN|FR76 3213 3500 5879 1520 3399 386]."),
    ("iban", "gb_rental", "My UK account, for the rental refund, is [G B three nine, Q V B K, five two eight eight, "
     "six nine oh seven, two three eight five, five three|IBAN|GB39 QVBK 5288 6907 2385 53]."),
    ("iban", "ch", "Swiss IBAN, [C H six two, six five nine seven, six five one three, nine six oh oh, "
     "four oh seven three, oh|IBAN|CH62 6597 6513 9600 4073 0]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "pharmacy", "The zip on the pharmacy account is [two seven six oh one|ZIP|27601]."),
    ("zip", "cue_after", "[Four eight two oh one|ZIP|48201] is my zip code."),
    ("zip", "plus_four", "Zip plus four, [nine eight one oh three, four four six two|ZIP|98103-4462]."),
    ("zip", "leading_zero", "Postal code's [oh one nine six oh|ZIP|01960]."),
    ("zip", "pair_first", "Zip code [seventy eight, seven four five|ZIP|78745]."),
    ("zip", "question_double", "And the zip? [Three three double one oh|ZIP|33110]."),
    ("zip", "numerals", "[8 5 0 1 4|ZIP|85014] for the billing zip."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "ordinal", "Date of birth is [the seventeenth of January, nineteen ninety three|DATE|17 January 1993]."),
    ("dob", "us_numeric", "D O B [eleven, oh four, seventy six|DATE|11/04/76]."),
    ("dob", "day_first", "Born [twenty one, oh nine, nineteen eighty eight|DATE|21/09/1988], day first."),
    ("dob", "year_first", "My birth date, year first, is [nineteen ninety nine, oh three, "
     "fourteen|DATE|1999-03-14]."),
    ("dob", "daughter", "My daughter's date of birth is [April the twelfth, twenty eleven|DATE|April 12, 2011]."),
    ("dob", "cue_after", "[October fifth, nineteen seventy|DATE|October 5, 1970], that's my birthday."),
    ("dob", "correction", "I was born on the ninth... no, [the tenth of May, nineteen sixty four|DATE|10 May 1964]."),
    ("dob", "question", "Birthday? [Twenty eighth of February, two thousand two|DATE|28 February 2002]."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "pairs_lane", "The prescription should go to [fourteen sixty Tilbrook Lane|ADDRESS|1460 Tilbrook "
     "Lane]."),
    ("address", "hundred_and", "The service address is [two hundred and nine Quillan Avenue|ADDRESS|209 Quillan "
     "Avenue]."),
    ("address", "unit", "We're at [eighty eight Castellan Street, unit twelve B|ADDRESS|88 Castellan Street, "
     "Unit 12B]."),
    ("address", "uk_close", "It's [seven Ashgrove Close|ADDRESS|7 Ashgrove Close], in [Kirkcaldy|LOCATION|Kirkcaldy"
     "|kirkcaldy]."),
    ("address", "oh", "Deliver the dog food to [thirty oh six Sandpiper Way|ADDRESS|3006 Sandpiper Way]."),
    ("address", "city_cue_after", "[Nineteen twelve Marigold Drive|ADDRESS|1912 Marigold Drive], [Laramie, Wyoming"
     "|LOCATION|Laramie, Wyoming|laramie wyoming] is where the bill goes."),
    ("address", "po_box", "Mail the statements to [P O Box four four one seven|ADDRESS|PO Box 4417]."),
    ("address", "question", "Where's the car being dropped off? [Five sixty one Cresswick Road|ADDRESS|561 "
     "Cresswick Road]."),
    ("address", "blue_door", "It's [fourteen Pelham Crescent|ADDRESS|14 Pelham Crescent], the house with the "
     "blue door."),
    ("address", "moving_gym", "I'm moving my membership to the branch in [Dubuque, Iowa|LOCATION|Dubuque, Iowa"
     "|dubuque iowa]."),
    ("address", "suite", "The broker's office is at [thirty five hundred Whitcombe Parkway, suite two ten"
     "|ADDRESS|3500 Whitcombe Parkway, Suite 210]."),
    ("address", "number_fix", "Ship it to [nine Oriel Road|ADDRESS|9 Oriel Road], oh wait, it's "
     "[nineteen Oriel Road|ADDRESS|19 Oriel Road]."),
    # --- driver's licenses --------------------------------------------------------------------
    ("dl", "letter_first", "My license number is [D, four seven two, six one nine, oh three three"
     "|DRIVER_LICENSE|D472619033]."),
    ("dl", "rental_question", "Driver's license? [W B, eight eight one, oh four, seven|DRIVER_LICENSE|WB881047]."),
    ("dl", "cue_after", "[Three one four, five oh two, two six eight|DRIVER_LICENSE|314502268] is what's on my "
     "driving licence."),
    ("dl", "as_in", "License is [K as in kilo, nine nine oh, three two, one five|DRIVER_LICENSE|K9903215]."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "plain", "Passport number is [six seven two, oh one nine, four four eight|PASSPORT|672019448]."),
    ("passport", "letters_rental", "For the car abroad, my passport is [L M, four oh nine, two two seven, one"
     "|PASSPORT|LM4092271]."),
    ("passport", "cue_after", "[Five double eight, three one six, oh two nine|PASSPORT|588316029], that's my "
     "passport."),
    ("passport", "as_in_question", "Passport? [C as in Charlie, three oh, eight one, seven seven, six"
     "|PASSPORT|C3081776]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "rx_plan", "My prescription plan ID is [R X B, five five two, oh one, nine "
     "eight|HEALTH_PLAN|RXB5520198]."),
    ("health", "member_double", "Insurance member number [eight four oh, double one, six two seven"
     "|HEALTH_PLAN|84011627]."),
    ("health", "group", "The group number on the card is [G, seven seven three oh two|HEALTH_PLAN|G77302]."),
    ("health", "cue_after", "[H M, four one nine, three oh three, two|HEALTH_PLAN|HM4193032] is the ID on my "
     "insurance card."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "clinic", "My patient number at the clinic is [five five oh, nine one, two "
     "four|MEDICAL_RECORD|5509124]."),
    ("medical", "question", "Her hospital number? [M R, three eight, oh six, four one|MEDICAL_RECORD|MR380641]."),
    ("medical", "cue_after", "[Seven two six, one four, oh eight|MEDICAL_RECORD|7261408] is the record number on the "
     "referral letter."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "gym_member", "My gym membership number is [G Y, oh four, seven seven, one three|ID_NUMBER|GY047713]."),
    ("id", "student", "My son's student ID is [two oh three, eight five, one nine six|ID_NUMBER|20385196]."),
    ("id", "utility_account", "The account number on the electricity bill is [four four one, oh seven six, "
     "three nine two, oh|ID_NUMBER|4410763920]."),
    ("id", "ni_number", "National Insurance, [Q Q, four one, seven eight, oh two, B|ID_NUMBER|QQ417802B]."),
    ("id", "rental_agreement", "[V, five nine one, two two oh, eight|ID_NUMBER|V5912208], that's the rental "
     "agreement number."),
    ("id", "library_card", "Library card number [two nine, double oh three, one four five, six "
     "six|ID_NUMBER|2900314566]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "school_caller", "This is [Philomena Brackenbury|PERSON|Philomena Brackenbury] calling from the "
     "school "
     "office."),
    ("person", "spelled", "Her last name's [Mkhabela|PERSON|Mkhabela], spelled [M, K, H, A, B, E, L, A"
     "|PERSON|Mkhabela|mkhabela]."),
    ("person", "cat_owner", "The cat's registered under [Crispin Oyebanji|PERSON|Crispin Oyebanji]."),
    ("person", "question_neighbour", "Who's collecting the prescription? My neighbour, [Dagny Halloway"
     "|PERSON|Dagny Halloway]."),
    ("person", "cue_after", "[Ptolemy Strzelecki|PERSON|Ptolemy Strzelecki], that's the name on the rental."),
    ("person", "first_only", "Tell [Marisela|PERSON|Marisela] at reception I'm running late."),
    ("person", "doctor_hyphen", "The prescription was written by [Doctor Sunniva Solheim-Baptiste"
     "|PERSON|Dr Sunniva Solheim-Baptiste]."),
    ("person", "mister", "Please put it under [Mister Aurelio Fitzwilliam|PERSON|Mr Aurelio Fitzwilliam]."),
    ("person", "filler_repeat", "My name's, um, [Cosmo, uh, Cosmo Velasquez-Rhee|PERSON|Cosmo Velasquez-Rhee]."),
    ("person", "cosigner", "The co-signer on the mortgage is my brother, [Theodoric Amankwah|PERSON|Theodoric "
     "Amankwah]."),
    ("person", "teacher_miss", "Her teacher is [Miss Thomasina Ebbesen|PERSON|Miss Thomasina Ebbesen|thomasina "
     "ebbesen]."),
    ("person", "said_then_spelled", "The trainer is [Gudrun Kowalczuk|PERSON|Gudrun Kowalczuk], that's "
     "[K, O, W, A, L, C, Z, U, K|PERSON|Kowalczuk|kowalczuk]."),
    ("person", "gym_sister", "If anything happens at the gym, call my sister, [Oriana Takemura"
     "|PERSON|Oriana Takemura]."),
    ("person", "spoke_to", "I spoke to a [Lysander Quaye|PERSON|Lysander Quaye] yesterday, he said it was sorted."),
    ("person", "surname_only", "It's under [Vandersloot|PERSON|Vandersloot], there's no first name on the booking."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv", "[Four three three seven, nine eight seven oh, oh nine three four, seven nine "
     "three five"
     "|CREDIT_CARD|4337 9870 0934 7935], expiry [oh two twenty nine|CARD_EXPIRY|02/29], and the code's "
     "[two two six|CVV|226]."),
    ("combo", "name_phone", "[Hyacinth Obuya|PERSON|Hyacinth Obuya], and you can reach me on "
     "[five oh four, five five five, oh one eight eight|PHONE|(504) 555-0188]."),
    ("combo", "email_or_phone", "Either [jonah dot presley at gmail dot com|EMAIL|jonah.presley@gmail.com|jonah "
     "presley] "
     "works, or ring [seven six five, five five five, oh one oh four|PHONE|(765) 555-0104]."),
    ("combo", "address_city_zip", "[Two twenty two Juniper Knoll Road|ADDRESS|222 Juniper Knoll Road], "
     "[Missoula|LOCATION|Missoula|missoula], [five nine eight oh two|ZIP|59802]."),
    ("combo", "name_dob", "The patient is [Seraphina Kettleborough-Adjei|PERSON|Seraphina Kettleborough-Adjei], born "
     "[the second of November, nineteen fifty eight|DATE|2 November 1958]."),
    ("combo", "ssn_license", "Social [five oh nine, one two, six three four four|SSN|509-12-6344] and license "
     "[T, six oh four, five five nine, two one|DRIVER_LICENSE|T60455921]."),
    ("combo", "routing_account", "[Three six nine, two seven nine, four seven five|ROUTING_NUMBER|369279475] for "
     "routing, and for the account it's [two two eight, one six, oh five nine one|BANK_ACCOUNT|228160591]."),
    ("combo", "name_passport", "[Evaristo Moreau|PERSON|Evaristo Moreau], passport [five one two, nine nine seven, "
     "three oh six|PASSPORT|512997306]."),
    ("combo", "holder_iban", "Account holder [Wilhelmina Thorsby|PERSON|Wilhelmina Thorsby], IBAN [N L eight three, "
     "Z X B K, oh four four oh, four eight one nine, nine six|IBAN|NL83 ZXBK 0440 4819 96]."),
    ("combo", "card_ssn_last_four", "Card [five five four two, five six seven nine, four oh eight one, two seven "
     "two two|CREDIT_CARD|5542 5679 4081 2722], and the last four of my social are [three oh eight six|SSN|3086]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "copay", "The refill is twelve dollars and forty cents with your insurance."),
    ("none", "water_bill", "The water bill was eighty three dollars this month, up from sixty."),
    ("none", "field_trip", "The bus for the field trip leaves at eight fifteen and comes back by three."),
    ("none", "booster", "The puppy needs her booster at sixteen weeks, and then again at a year."),
    ("none", "rental_rates", "The compact is forty nine a day, and the S U V is seventy two."),
    ("none", "closing", "We close on the house in about forty five days."),
    ("none", "pool_hours", "The pool closes at nine on weekdays and at six on Sundays."),
    ("none", "dose", "Take two tablets every eight hours, and no more than six in a day."),
    ("none", "class_size", "There are twenty eight kids in her class this year."),
    ("none", "dog_weight", "The dog weighs about sixty two pounds now."),
    ("none", "meter", "The meter reading was four thousand two hundred and six."),
    ("none", "spin_class", "I'd like to book the spin class at six thirty on Wednesday."),
    ("none", "mileage", "There were twenty three thousand miles on the car when I picked it up."),
    ("none", "rates_dropped", "The broker said rates have dropped by half a point since March."),
    ("none", "room", "Parents' evening is on the fourteenth, in room one oh nine."),
    ("none", "letter_upstairs", "My account number? Let me find the letter, it's upstairs somewhere."),
    ("none", "terminal", "The rental desk is in terminal two, on level three."),
    ("none", "aisle", "The vitamins are on aisle fourteen, two for one this week."),
    ("none", "reschedule", "Can you move my appointment from the ninth to the twelfth?"),
    ("none", "kennel", "The kennel charges thirty five a night, or two hundred for the week."),
    ("none", "pounds_lost", "I've lost about eleven pounds since January, so the gym is working."),
    ("none", "cakes", "We ordered a Victoria sponge and a dozen Chelsea buns for the school fair."),
    ("none", "deductible", "The deductible is two thousand five hundred dollars a year."),
    ("none", "grace_period", "There's a grace period of ten days, then a late fee of twenty five dollars."),
    ("none", "no_name", "Someone called me back yesterday, but I didn't catch their name."),
]

# (stem, turns); a turn is (channel, marked-up text). A value said in pieces across turns has
# one item per piece (each piece must not leak on its own); WHOLE gives the full value the pieces
# of a kind make, in order, and is checked like an utterance item. Callers mostly answer without
# a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("pharmacy_name_dob", [
        (AGENT, "Pharmacy, how can I help?"),
        (CALLER, "Hi, I'm calling about a refill that hasn't come through."),
        (AGENT, "I can look that up. Can I have the patient's full name?"),
        (CALLER, "[Evangeline Tremethick|PERSON|Evangeline Tremethick]."),
        (AGENT, "And when was she born?"),
        (CALLER, "[March the third, nineteen eighty one|DATE|March 3, 1981]."),
    ]),
    ("utility_account_split", [
        (AGENT, "Do you have the account number from the top of your bill?"),
        (CALLER, "I do, it's [three nine oh, two two|ID_NUMBER|39022]"),
        (AGENT, "Okay."),
        (CALLER, "[seven one eight, four|ID_NUMBER|7184]."),
        (AGENT, "Thanks. I can see the missed payment now."),
    ]),
    ("school_phone_split", [
        (AGENT, "Which number should the school office use if she's unwell?"),
        (CALLER, "[Seven oh three, five five five|PHONE|703 555]"),
        (AGENT, "Yep."),
        (CALLER, "[oh one two seven|PHONE|0127]. That's my mobile."),
    ]),
    ("vet_card_exp_cvv", [
        (AGENT, "The total for today is two hundred and ten dollars. What card would you like to use?"),
        (CALLER, "[Four eight five four, five six three six, oh three eight two, five six three five"
         "|CREDIT_CARD|4854 5636 0382 5635]."),
        (AGENT, "What's the expiry on that?"),
        (CALLER, "[Twelve, thirty one|CARD_EXPIRY|12/31]."),
        (AGENT, "And the security code, please?"),
        (CALLER, "[Nine one seven|CVV|917]."),
    ]),
    ("car_rental_license_split", [
        (AGENT, "Before I release the car I need your driver's license number."),
        (CALLER, "Sure, it's [H, two oh one|DRIVER_LICENSE|H201]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[seven seven three, five eight|DRIVER_LICENSE|77358]."),
        (AGENT, "And a number in case there's a problem with the car?"),
        (CALLER, "[Oh seven seven oh oh, nine oh oh, two four six|PHONE|07700 900246]."),
    ]),
    ("broker_ssn_three_parts", [
        (AGENT, "The credit check needs your full social, please."),
        (CALLER, "[Four two seven|SSN|427]"),
        (AGENT, "Yes."),
        (CALLER, "[two nine|SSN|29]"),
        (AGENT, "Go on."),
        (CALLER, "[six six oh three|SSN|6603]."),
        (AGENT, "And your current address?"),
        (CALLER, "[Eleven forty Stonebridge Drive|ADDRESS|1140 Stonebridge Drive], [Columbia, Missouri"
         "|LOCATION|Columbia, Missouri|columbia missouri]."),
    ]),
    ("gym_card_split", [
        (AGENT, "We'll take the joining fee now. Could you read me the card number?"),
        (CALLER, "[Four three three oh, three oh four five|CREDIT_CARD|4330 3045]"),
        (AGENT, "Okay, and the rest?"),
        (CALLER, "[one eight nine nine, seven three seven three|CREDIT_CARD|1899 7373]."),
        (AGENT, "Expiry?"),
        (CALLER, "[Oh one, twenty eight|CARD_EXPIRY|01/28]."),
    ]),
    ("broker_iban_split", [
        (AGENT, "Which account will the deposit come from? The IBAN, please."),
        (CALLER, "It's Irish. [I E oh three, T R B K|IBAN|IE03 TRBK]"),
        (AGENT, "Got that."),
        (CALLER, "[three nine three one, four six five eight, seven oh one one, oh six|IBAN|3931 4658 7011 06]."),
    ]),
    ("school_email_address", [
        (AGENT, "I'm updating the contact sheet. What's the best email for you?"),
        (CALLER, "[radomir dot gribble at gmail dot com|EMAIL|radomir.gribble@gmail.com|radomir gribble]."),
        (AGENT, "Where do you live now?"),
        (CALLER, "We moved, it's [forty four Pennyroyal Court|ADDRESS|44 Pennyroyal Court] now."),
        (AGENT, "Zip code?"),
        (CALLER, "[Six eight one oh five|ZIP|68105]."),
    ]),
    ("rental_return_uk", [
        (AGENT, "Can I take a name for the booking?"),
        (CALLER, "[Honoria Pettigrew|PERSON|Honoria Pettigrew]."),
        (AGENT, "And a contact number, please?"),
        (CALLER, "It's a London number, [oh two oh, seven nine four six, oh seven seven one|PHONE|020 7946 0771]."),
    ]),
    ("pharmacy_plan_split", [
        (AGENT, "Is there an insurance plan on file? Can you read me the member ID?"),
        (CALLER, "[B X, seven one|HEALTH_PLAN|BX71]"),
        (AGENT, "Uh huh."),
        (CALLER, "[four oh four, nine two|HEALTH_PLAN|40492]."),
        (AGENT, "That's come up. Your prescription is ready at four."),
    ]),
    ("mortgage_routing_split", [
        (AGENT, "Escrow comes out monthly. Which routing number should we use?"),
        (CALLER, "[One oh one, seven five two|ROUTING_NUMBER|101 752]"),
        (AGENT, "Okay."),
        (CALLER, "[three seven oh|ROUTING_NUMBER|370]."),
        (AGENT, "And the account it comes out of?"),
        (CALLER, "[Eight two two, oh four one, nine six five|BANK_ACCOUNT|822041965]."),
    ]),
    ("vet_passport_pet_owner", [
        (AGENT, "For the pet passport, I need the owner's passport number."),
        (CALLER, "[N, eight one two, oh seven four, three|PASSPORT|N8120743]."),
        (AGENT, "The owner's birthday too, please."),
        (CALLER, "[Nineteen eighty five, oh seven, twenty two|DATE|1985-07-22]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "utility_account_split": {"ID_NUMBER": "390227184"},
    "school_phone_split": {"PHONE": "(703) 555-0127"},
    "car_rental_license_split": {"DRIVER_LICENSE": "H20177358"},
    "broker_ssn_three_parts": {"SSN": "427-29-6603"},
    "gym_card_split": {"CREDIT_CARD": "4330 3045 1899 7373"},
    "broker_iban_split": {"IBAN": "IE03 TRBK 3931 4658 7011 06"},
    "pharmacy_plan_split": {"HEALTH_PLAN": "BX7140492"},
    "mortgage_routing_split": {"ROUTING_NUMBER": "101752370"},
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
