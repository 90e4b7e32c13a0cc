"""The round-three held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written after round two (scripts/heldout_set.py) was given to the rules to tune on, so that a
set no rule has seen exists again. New sentences, values and shapes: questions answered, cues
after the value, values read in unusual groupings, spelled and foreign names, addresses with unit
numbers, e-mails with digits and dots, dates of birth and expiry dates in several spoken forms,
IBANs of four countries, phones followed by an extension, ZIP+4 codes, and utterances without
PII that carry ordinary numbers (prices, times, quantities, years, rooms) to measure
over-redaction.

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 3`) only; the audio goes to
target/heldout3/ and is never committed. Once anyone tunes hush on these sentences or on what
Whisper writes for them, they stop being held out: write a round four.

All values are fictional: NANP phones in 555-01xx, UK numbers in Ofcom's drama ranges, an
Australian one in ACMA's 5550 drama range, Luhn-valid cards, ABA-checksummed routing numbers,
mod-97-valid IBANs (with valid national check digits for BE, FR and NL), valid-format SSNs.
`python3 scripts/heldout3_set.py` checks them (`self_check`), and make_heldout.py runs the same
check before it synthesizes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks  # noqa: E402
from heldout_checks import report  # noqa: E402

AGENT, CALLER = 0, 1

# (category, style, marked-up text); ids are heldout3_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards: questions answered, groupings of five, pairs, cue after ------------
    ("card", "question", "You want the card number? Okay, [four four two three, oh one seven two, "
     "oh three six eight, eight one six eight|CREDIT_CARD|4423 0172 0368 8168]."),
    ("card", "cue_after", "[Four nine oh nine, double nine oh three, nine seven oh three, seven six oh three"
     "|CREDIT_CARD|4909 9903 9703 7603] is the Visa I'd like to use."),
    ("card", "fives", "I'll read it in fives, [four oh nine six eight, oh seven eight four nine, "
     "oh nine three nine, oh six|CREDIT_CARD|4096 8078 4909 3906]."),
    ("card", "broken_groups", "It's, hang on, [four five seven six, three nine, nine oh, oh eight, two six, "
     "five nine one two|CREDIT_CARD|4576 3990 0826 5912]."),
    ("card", "pairs", "The digits go [forty six, forty four, forty, oh four, fifty nine, twenty three, "
     "oh eight, seventy two|CREDIT_CARD|4644 4004 5923 0872]."),
    ("card", "new_card", "Sorry, I was looking at the expired one. The new card is [four five seven two, "
     "six three seven three, three four one six, four three oh seven|CREDIT_CARD|4572 6373 3416 4307]."),
    ("card", "network_after", "[Five one oh five, seven eight six eight, five two three five, nine six four two"
     "|CREDIT_CARD|5105 7868 5235 9642], on my Mastercard."),
    ("card", "zero_double", "Sure thing, it's [five four double two, four six two six, seven six one two, "
     "zero four six three|CREDIT_CARD|5422 4626 7612 0463]."),
    ("card", "read_off", "Reading it off the card now, [five three four nine, seven nine nine five, "
     "four four nine four, four nine four one|CREDIT_CARD|5349 7995 4494 4941]. Did you get all that?"),
    ("card", "company_pairs", "The company card, [fifty two seventy four, ninety five sixty nine, twenty, oh two, "
     "twenty seven fifty four|CREDIT_CARD|5274 9569 2002 2754]."),
    ("card", "two_series", "I have one of the newer Mastercards, [two four two three, six two oh nine, "
     "two three four oh, seven three nine nine|CREDIT_CARD|2423 6209 2340 7399]."),
    ("card", "amex_fifteen", "It's an Amex, so fifteen digits, [three four oh five, seven three one four, "
     "three three eight oh, three eight nine|CREDIT_CARD|3405 731433 80389]."),
    ("card", "amex_numerals", "[3 7 6 2, 7 2 9 3 6 6, 9 0 3 8 8|CREDIT_CARD|3762 729366 90388] "
     "from my American Express."),
    # --- CVV ----------------------------------------------------------------------------
    ("cvv", "cue_after", "[Five eight two|CVV|582], that's the code on the back."),
    ("cvv", "question", "The three digits on the back? It's [oh one three|CVV|013]."),
    ("cvv", "sec_code", "Sec code, [double seven nine|CVV|779]."),
    ("cvv", "pair", "The card security code is [six forty|CVV|640]."),
    ("cvv", "amex_front", "Above the number on the front it says [two two eight one|CVV|2281]."),
    ("cvv", "filler", "Um, the back says [three, uh, nine four|CVV|394]."),
    ("cvv", "cvc", "The C V C is [eight six oh|CVV|860]."),
    # --- expiry ---------------------------------------------------------------------------
    ("expiry", "month_of_year", "It's marked to expire [September of twenty twenty eight|CARD_EXPIRY|September 2028]."),
    ("expiry", "cue_after", "[Oh seven, thirty|CARD_EXPIRY|07/30] is the expiration date."),
    ("expiry", "four_digit_year", "It stays good till [zero four, two thousand twenty nine|CARD_EXPIRY|04/2029]."),
    ("expiry", "single_month", "Expires [one slash twenty seven|CARD_EXPIRY|1/27]."),
    ("expiry", "end_of", "It runs until [the end of June, twenty thirty|CARD_EXPIRY|June 2030]."),
    ("expiry", "question", "When does it expire? [Eleven twenty seven|CARD_EXPIRY|11/27]."),
    ("expiry", "valid_through", "The card's valid through [ten slash thirty one|CARD_EXPIRY|10/31]."),
    # --- SSN --------------------------------------------------------------------------------
    ("ssn", "question", "My social? Sure, [four two seven, eight one, three three oh nine|SSN|427-81-3309]."),
    ("ssn", "cue_after", "[Two six one, four oh, one one eight seven|SSN|261-40-1187], and that's my "
     "Social Security number."),
    ("ssn", "run_together", "Social security is [five oh eight three nine two seven seven one|SSN|508-39-2771]."),
    ("ssn", "last_four_question", "Last four of the social, you said? [Eight eight one two|SSN|8812]."),
    ("ssn", "odd_pairs", "S S N is [thirty four, seven, fifty two, sixty, eighteen|SSN|347-52-6018]."),
    ("ssn", "triple", "For the credit check, my social is [one two two, triple four, oh six one|SSN|122-44-4061]."),
    ("ssn", "taxpayer", "Taxpayer number, which is my social, [six oh three, two two, nine one five eight"
     "|SSN|603-22-9158]."),
    ("ssn", "ends_numerals", "The social you have on file should end in [7 4 3 0|SSN|7430]."),
    ("ssn", "loan_pairs", "For the loan application, social security number [seven two eight, sixty one, "
     "ninety, thirty three|SSN|728-61-9033]."),
    # --- phone ------------------------------------------------------------------------------
    ("phone", "extension", "Call the front desk at [four one five, five five five, oh one two seven"
     "|PHONE|(415) 555-0127] and ask for extension three oh four."),
    ("phone", "then_dial", "My work number is [seven two oh, five five five, oh one six two|PHONE|(720) 555-0162], "
     "then dial forty one."),
    ("phone", "question", "A number where we can reach you? [Nine one nine, five five five, oh one nine eight"
     "|PHONE|(919) 555-0198]."),
    ("phone", "odd_pairs", "Home phone, [fifty, three, five fifty five, oh one, eighty three|PHONE|(503) 555-0183]."),
    ("phone", "seven_digit", "Locally it's just [five five five, oh one four nine|PHONE|555-0149]."),
    ("phone", "uk_landline", "Ring the London branch on [plus four four, twenty, seven nine four six, "
     "oh nine eight seven|PHONE|+44 20 7946 0987]."),
    ("phone", "uk_mobile", "Text my mobile, [double four, seven seven double oh, nine oh oh, five six eight"
     "|PHONE|+44 7700 900568]."),
    ("phone", "au", "Our Sydney office is [plus sixty one, two, five five five oh, eight eight three one"
     "|PHONE|+61 2 5550 8831]."),
    ("phone", "cue_after", "[Plus one, six one five, five five five, oh one oh three|PHONE|+1 615 555 0103] "
     "is my cell, you can text it."),
    ("phone", "fax", "The fax line is [three one six, five five five, oh one five seven|PHONE|(316) 555-0157], "
     "but nobody checks it."),
    # --- e-mail -----------------------------------------------------------------------------
    ("email", "dot_digits", "You can email me, [j dot morrow eighty eight at gmail dot com"
     "|EMAIL|j.morrow88@gmail.com|morrow]."),
    ("email", "fastmail", "It's [amara dot nwosu at fastmail dot com|EMAIL|amara.nwosu@fastmail.com|amara nwosu]."),
    ("email", "company", "Send the invoice to [billing at harrowgate farms dot com"
     "|EMAIL|billing@harrowgatefarms.com|harrowgate]."),
    ("email", "cue_after", "[t nakamura two oh oh one at yahoo dot com|EMAIL|tnakamura2001@yahoo.com|nakamura] "
     "is the best email for me."),
    ("email", "underscore_digit", "Email address, [lena underscore brock three at aol dot com"
     "|EMAIL|lena_brock3@aol.com|lena brock]."),
    ("email", "two_dots", "It's [s dot k dot odunewu at outlook dot com|EMAIL|s.k.odunewu@outlook.com|odunewu]."),
    ("email", "uk_provider", "The email I use is [gwen dot tremayne at btinternet dot com"
     "|EMAIL|gwen.tremayne@btinternet.com|gwen tremayne]."),
    ("email", "hyphen", "Write to [rafael hyphen ortiz at icloud dot com|EMAIL|rafael-ortiz@icloud.com|rafael ortiz]."),
    ("email", "org", "My other email is [p kowalczyk at mailbox dot org"
     "|EMAIL|pkowalczyk@mailbox.org|pkowalczyk kowalczyk]."),
    # --- bank ---------------------------------------------------------------------------------
    ("bank", "routing_question", "The routing number? [Oh one four, eight nine one, eight six five"
     "|ROUTING_NUMBER|014891865]."),
    ("bank", "routing_cue_after", "[Three two five, five five oh, oh seven three|ROUTING_NUMBER|325550073] "
     "is the bank's routing number."),
    ("bank", "routing_double_oh", "Routing is [double oh three, seven seven two, one one five"
     "|ROUTING_NUMBER|003772115]."),
    ("bank", "wire", "For the wire transfer, use routing [two sixty three, oh eight four, one nineteen"
     "|ROUTING_NUMBER|263084119]."),
    ("bank", "account_question", "And my account number, you asked? [Four four oh two, nine one three, six seven"
     "|BANK_ACCOUNT|440291367]."),
    ("bank", "account_cue_after", "[Seven oh seven, three one eight, eight two two oh|BANK_ACCOUNT|7073188220] "
     "is the checking account."),
    ("bank", "account_year_like", "Savings account [nineteen, eighty one, oh oh, fifty six, eleven"
     "|BANK_ACCOUNT|1981005611]."),
    ("bank", "account_fives", "Transfer it into account [six six one oh five, two two nine four|BANK_ACCOUNT|661052294]."),
    ("bank", "account_odd_groups", "The account with the co-op is [five two, eight eight, one oh, three three, nine"
     "|BANK_ACCOUNT|528810339]."),
    ("bank", "routing_then_account", "Routing [oh six four, seven nine two, oh three seven|ROUTING_NUMBER|064792037] "
     "and then the account, [three oh oh, eight four one, five nine|BANK_ACCOUNT|30084159]."),
    ("bank", "payroll", "For payroll, the bank is [two five two, four three eight, nine nine six"
     "|ROUTING_NUMBER|252438996], account number [one one seven, oh four four, two six oh three"
     "|BANK_ACCOUNT|1170442603]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "de", "The IBAN for the German account is [D E five two, eight five four eight, one nine oh seven, "
     "seven four three seven, five four six four, oh six|IBAN|DE52 8548 1907 7437 5464 06]."),
    ("iban", "nl_cue_after", "[N L three one, R A B O, seven nine eight five, eight oh four four, three nine"
     "|IBAN|NL31 RABO 7985 8044 39], that's my Dutch account."),
    ("iban", "be_pairs", "International account number, [B E forty four, ninety six, forty three, sixty six, "
     "thirty nine, double oh, forty five|IBAN|BE44 9643 6639 0045]."),
    ("iban", "gb_question", "You need the IBAN? It's [G B one nine, M I D L, oh one four six, oh oh nine one, "
     "one oh four nine, four two|IBAN|GB19 MIDL 0146 0091 1049 42]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "plus_four", "Zip plus four is [nine four one one oh, dash, two two one seven|ZIP|94110-2217]."),
    ("zip", "question", "My zip code? It's [six oh six five seven|ZIP|60657]."),
    ("zip", "cue_after", "[Four eight one oh four|ZIP|48104], that's the zip for billing."),
    ("zip", "nine_digit", "The full nine digit zip, [three oh three oh nine, four four one two|ZIP|30309-4412]."),
    ("zip", "postal_leading_zero", "For the postal code put [oh one eight nine oh|ZIP|01890]."),
    # --- date of birth ------------------------------------------------------------------------
    ("dob", "month_the_ordinal", "I'm a [March the second, nineteen eighty eight|DATE|March 2, 1988] baby."),
    ("dob", "dashes", "D O B, [oh three dash fourteen dash ninety|DATE|03-14-90]."),
    ("dob", "question", "My date of birth? [The twenty first of October, nineteen seventy three"
     "|DATE|21 October 1973]."),
    ("dob", "cue_after", "[July nineteenth, two thousand|DATE|July 19, 2000] is my birthday."),
    ("dob", "short_year", "Born [fifth November, sixty two|DATE|5 November '62]."),
    ("dob", "digit_groups", "Birthdate is [one one, two seven, one nine eight one|DATE|11/27/1981]."),
    ("dob", "year_first", "The patient was born [nineteen ninety nine, April the sixth|DATE|1999, April 6]."),
    # --- addresses ------------------------------------------------------------------------------
    ("address", "unit", "Deliver to [fourteen twenty two Bellwether Road, unit nine"
     "|ADDRESS|1422 Bellwether Road, Unit 9]."),
    ("address", "apartment_letter", "I live at [three eighty Corrigan Street, apartment twelve B"
     "|ADDRESS|380 Corrigan Street, Apt 12B]."),
    ("address", "cue_after", "[Sixty six Thistlewaite Court|ADDRESS|66 Thistlewaite Court] is the mailing address."),
    ("address", "ordinal_street", "We're at [nineteen oh five West Forty Third Street|ADDRESS|1905 West 43rd Street|]."),
    ("address", "suite", "Our office is [eight eleven Marchbanks Avenue, suite three oh two"
     "|ADDRESS|811 Marchbanks Avenue, Suite 302]."),
    ("address", "po_box", "Mail goes to [P O Box eight eight one two|ADDRESS|PO Box 8812|]."),
    ("address", "city", "Ship it to [twenty seven Harrowby Lane|ADDRESS|27 Harrowby Lane], "
     "[Bozeman, Montana|LOCATION|Bozeman, Montana|bozeman montana]."),
    ("address", "flat", "The street address? [Five eighty one Winterbourne Crescent, flat four"
     "|ADDRESS|581 Winterbourne Crescent, Flat 4|winterbourne]."),
    ("address", "city_zip", "[Forty four oh two Alderidge Parkway|ADDRESS|4402 Alderidge Parkway|alderidge], "
     "[Tulsa, Oklahoma|LOCATION|Tulsa, Oklahoma|tulsa oklahoma], [seven four one three six|ZIP|74136]."),
    ("address", "moved", "We just moved to [Kalamazoo|LOCATION|Kalamazoo|kalamazoo] from "
     "[Walla Walla, Washington|LOCATION|Walla Walla, Washington|walla washington]."),
    # --- identifiers ----------------------------------------------------------------------------
    ("dl", "letters", "My driver's license is [W D L, four four seven, oh nine, two one one"
     "|DRIVER_LICENSE|WDL44709211]."),
    ("dl", "as_in_two", "The number on my license, [K as in kilo, R as in Romeo, five oh eight, nine nine three"
     "|DRIVER_LICENSE|KR508993]."),
    ("dl", "cue_after", "[Eight two seven, three three oh, one nine four|DRIVER_LICENSE|827330194] "
     "is on my driving licence."),
    ("dl", "question", "The licence number? It's [B, one six, two oh, seven seven, four eight, one"
     "|DRIVER_LICENSE|B162077481]."),
    ("passport", "letters", "The passport reads [G K, five five one, oh two, eight nine|PASSPORT|GK5510289]."),
    ("passport", "cue_after", "[Five six oh, eight one two, seven four four|PASSPORT|560812744], "
     "that's the passport."),
    ("passport", "question", "My passport? [Double four, nine three, oh six, one seven five|PASSPORT|449306175]."),
    ("passport", "as_in", "My Irish passport, [P as in papa, A as in alpha, three eight one, two oh six, four"
     "|PASSPORT|PA3812064]."),
    ("health", "member_question", "Member ID? Sure, [X J K, nine oh two, four four one, six"
     "|HEALTH_PLAN|XJK9024416]."),
    ("health", "health_card", "On the front of my health card it says [two two eight, seven oh one, "
     "nine five three, oh four|HEALTH_PLAN|22870195304]."),
    ("health", "member_number", "Group number doesn't matter, the member number is [Z, nine one, four four, "
     "oh eight, seven three|HEALTH_PLAN|Z91440873]."),
    ("health", "medicaid", "Medicaid I D, [one one seven three, oh four, five five nine, two"
     "|HEALTH_PLAN|1173045592]."),
    ("health", "cue_after", "[H P, six three three, two oh one, eight|HEALTH_PLAN|HP6332018] is my plan ID."),
    ("medical", "mrn_question", "The M R N? [Six oh four, two two, seven one|MEDICAL_RECORD|6042271]."),
    ("medical", "hospital_number", "My hospital number is [five five eight, nine oh three, one"
     "|MEDICAL_RECORD|5589031]."),
    ("medical", "patient_id", "Patient I D [M, two oh, seven eight, four four, one|MEDICAL_RECORD|M2078441]."),
    ("medical", "cue_after", "[Nine one seven, three three eight, oh two|MEDICAL_RECORD|91733802], "
     "from the chart at the clinic."),
    ("id", "policy", "Policy number, [H O, seven seven two, nine oh one, five|ID_NUMBER|HO7729015]."),
    ("id", "employee", "My employee I D is [E, four one, oh six, nine two|ID_NUMBER|E410692]."),
    ("id", "case_year_like", "The case number you gave me was [two oh two six, dash, one one four eight seven"
     "|ID_NUMBER|2026-11487]."),
    ("id", "student", "Student number [S, eight eight, three oh, one two, six|ID_NUMBER|S8830126]."),
    # --- people: rare, foreign, spelled ---------------------------------------------------------
    ("person", "question", "My name? It's [Ottoline Grzeskowiak|PERSON|Ottoline Grzeskowiak]."),
    ("person", "cue_after", "[Ignatius Feeney|PERSON|Ignatius Feeney], that's who the package is for."),
    ("person", "said_then_spelled", "The surname is [Wojciechowski|PERSON|Wojciechowski], that's "
     "[W, O, J, C, I, E, C, H, O, W, S, K, I|PERSON|Wojciechowski|wojciechowski]."),
    ("person", "spelled_only", "Last name is spelled [K, A, U, P, P, I, N, E, N|PERSON|Kauppinen|kauppinen]."),
    ("person", "on_behalf", "I'm calling on behalf of my mother, [Perpetua Osagie-Banjo|PERSON|Perpetua Osagie-Banjo]."),
    ("person", "doctor", "Doctor [Anneliese Vandermolen|PERSON|Anneliese Vandermolen] referred me here."),
    ("person", "first_name", "Tell him [Cosimo|PERSON|Cosimo] called about the fence."),
    ("person", "booking", "The booking is in the name of [Haruki Matsudaira|PERSON|Haruki Matsudaira]."),
    ("person", "husband", "My husband, [Eoghan Mulcahy|PERSON|Eoghan Mulcahy], handles the bills."),
    ("person", "nickname", "Everyone calls me [Birdie|PERSON|Birdie], but the account says "
     "[Bernadette Achebe-Lowe|PERSON|Bernadette Achebe-Lowe]."),
    ("person", "miss_title", "Please address it to Miss [Ravenscroft|PERSON|Ravenscroft]."),
    ("person", "returning", "This is [Yusra Al-Khatib|PERSON|Yusra Al-Khatib|yusra khatib], returning your call."),
    ("person", "holder", "It's a joint account, the main holder is [Truong Bich Ngoc|PERSON|Truong Bich Ngoc]."),
    ("person", "cosigner", "The cosigner is my uncle, [Lazarus Umeadi-Pryce|PERSON|Lazarus Umeadi-Pryce]."),
    ("person", "policy_holder", "[Zsofia Keresztes|PERSON|Zsofia Keresztes] is the policy holder."),
    # --- combos ---------------------------------------------------------------------------------
    ("combo", "card_expiry_cvv", "Okay, [five one seven two, four four six two, five six nine six, "
     "six seven nine three|CREDIT_CARD|5172 4462 5696 6793], expiring [February twenty thirty"
     "|CARD_EXPIRY|February 2030], and [four three eight|CVV|438] on the back."),
    ("combo", "amex_cid_expiry", "Amex [three seven six eight, four seven two seven one eight, nine oh oh one four"
     "|CREDIT_CARD|3768 472718 90014], the four digit code is [oh six five two|CVV|0652], expires "
     "[eight, twenty nine|CARD_EXPIRY|8/29]."),
    ("combo", "person_dob", "[Marguerite Delacroix-Osei|PERSON|Marguerite Delacroix-Osei], date of birth "
     "[the seventeenth of May, nineteen fifty one|DATE|17 May 1951]."),
    ("combo", "person_email", "Put [Anselm Ruckdeschel|PERSON|Anselm Ruckdeschel] down, email "
     "[a ruckdeschel at gmx dot de|EMAIL|aruckdeschel@gmx.de|ruckdeschel]."),
    ("combo", "person_phone", "Ask for [Delphine|PERSON|Delphine] on [six oh three, five five five, oh one three eight"
     "|PHONE|(603) 555-0138]."),
    ("combo", "ssn_dob", "Social [three nine one, oh five, two two four six|SSN|391-05-2246], birthday "
     "[oh one oh four eighty five|DATE|01/04/85]."),
    ("combo", "phone_zip", "Callback [four six nine, five five five, oh one one four|PHONE|(469) 555-0114], "
     "zip [seven five oh two three|ZIP|75023]."),
    # --- no PII, ordinary numbers -----------------------------------------------------------------
    ("none", "price", "It costs forty nine ninety five, plus about six dollars shipping."),
    ("none", "time", "Our flight lands at seven fifteen tomorrow evening."),
    ("none", "rooms", "The house has four bedrooms and two and a half baths."),
    ("none", "year", "We've been customers since nineteen ninety eight."),
    ("none", "quantity", "I ordered twelve of them, and two arrived cracked."),
    ("none", "room_numbers", "The meeting moved from room three oh four to room two twelve."),
    ("none", "total", "Your total comes to one hundred and eighty dollars even."),
    ("none", "dosage", "Take two tablets every eight hours with food."),
    ("none", "bus", "The number sixty one bus stops right outside."),
    ("none", "page", "Chapter eleven starts on page two forty."),
    ("none", "warranty", "The warranty lasts thirty six months from the purchase date."),
    ("none", "thermostat", "Set the thermostat to sixty eight degrees, please."),
    ("none", "hold", "I'll be on hold for another twenty five minutes, apparently."),
    ("none", "rent", "They raised the rent by three percent in two thousand twenty three."),
    ("none", "hours", "Our hours are eight to six, Monday through Saturday."),
    ("none", "groceries", "A dozen eggs were four dollars and eighty cents this week."),
]

# (stem, turns); a turn is (channel, marked-up text). A value said in pieces across turns has
# one item per piece (each piece must not leak on its own); WHOLE gives the full value the pieces
# of a kind make, in order, and is checked like an utterance item. The caller never says a cue
# word of their own: the agent's question is the only context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("card_in_three", [
        (AGENT, "Okay, go ahead with the long number."),
        (CALLER, "[Two four two three, oh seven seven six|CREDIT_CARD|2423 0776]"),
        (AGENT, "Go on."),
        (CALLER, "[nine two seven oh|CREDIT_CARD|9270]"),
        (AGENT, "Right."),
        (CALLER, "[six nine eight two|CREDIT_CARD|6982]."),
        (AGENT, "And the month and year it runs out?"),
        (CALLER, "[Oh three, thirty one|CARD_EXPIRY|03/31]."),
    ]),
    ("card_in_two_cvv", [
        (AGENT, "Whenever you're ready, the number across the front of the card."),
        (CALLER, "[Four two five three, three eight oh seven|CREDIT_CARD|4253 3807]"),
        (AGENT, "Mm-hm, keep going."),
        (CALLER, "[five eight double nine, five two four seven|CREDIT_CARD|5899 5247]."),
        (AGENT, "And the little code on the back?"),
        (CALLER, "[Nine six two|CVV|962]."),
    ]),
    ("social_in_three", [
        (AGENT, "To verify, I need your full social security number."),
        (CALLER, "[Five two six|SSN|526]"),
        (AGENT, "Okay."),
        (CALLER, "[three oh|SSN|30]"),
        (AGENT, "Uh huh."),
        (CALLER, "[eight eight one seven|SSN|8817]."),
        (AGENT, "Thank you, that matches."),
    ]),
    ("phone_in_two", [
        (AGENT, "What's the best daytime number for you?"),
        (CALLER, "[Two four eight, five five five|PHONE|248 555]"),
        (AGENT, "Got it."),
        (CALLER, "[oh one seven six|PHONE|0176], and then extension twenty."),
    ]),
    ("routing_in_two", [
        (AGENT, "Let's set up the deposit. The routing number, please."),
        (CALLER, "[Oh one four, oh seven|ROUTING_NUMBER|014 07]"),
        (AGENT, "Yes."),
        (CALLER, "[two three eight three|ROUTING_NUMBER|2383]."),
        (AGENT, "And the account it goes into?"),
        (CALLER, "Uh, [six two nine, one one four, oh eight|BANK_ACCOUNT|62911408]."),
    ]),
    ("member_id_in_two", [
        (AGENT, "Could I have the ID from your insurance card?"),
        (CALLER, "[Q R T, six six one|HEALTH_PLAN|QRT661]"),
        (AGENT, "Yes."),
        (CALLER, "[oh four four nine two|HEALTH_PLAN|04492]."),
        (AGENT, "Thanks, I've found your plan."),
    ]),
    ("iban_in_three", [
        (AGENT, "For an international transfer I need the IBAN."),
        (CALLER, "[F R seven six, nine six five oh, five oh three six|IBAN|FR76 9650 5036]"),
        (AGENT, "Okay."),
        (CALLER, "[three five nine eight, five three oh one|IBAN|3598 5301]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[eight six five nine, two five three|IBAN|8659 253]."),
    ]),
    ("dob_ordinal", [
        (AGENT, "Can you confirm your date of birth for me?"),
        (CALLER, "[The eleventh of April, nineteen sixty eight|DATE|11 April 1968]."),
        (AGENT, "Lovely, thank you."),
    ]),
    ("spell_both_names", [
        (AGENT, "How do you spell your first name?"),
        (CALLER, "[A, D, A, E, Z, E|PERSON|Adaeze|adaeze]."),
        (AGENT, "And the surname?"),
        (CALLER, "[Nwachukwu|PERSON|Nwachukwu]."),
    ]),
    ("email_with_digits", [
        (AGENT, "Which email should the confirmation go to?"),
        (CALLER, "[m dot fairclough seventy at gmail dot com|EMAIL|m.fairclough70@gmail.com|fairclough]."),
        (AGENT, "Perfect."),
    ]),
    ("address_unit_zip", [
        (AGENT, "What's the address on the account?"),
        (CALLER, "[Two oh nine Pickering Road, apartment six|ADDRESS|209 Pickering Road, Apt 6]."),
        (AGENT, "And the zip?"),
        (CALLER, "[Zero one six oh nine|ZIP|01609]."),
    ]),
    ("passport_licence", [
        (AGENT, "What's your passport number?"),
        (CALLER, "[Seven seven one, oh four, six nine three two|PASSPORT|771046932]."),
        (AGENT, "And your driver's license number too, please."),
        (CALLER, "[T, four four oh, two nine one, eight eight|DRIVER_LICENSE|T44029188]."),
    ]),
    ("policy_claim", [
        (AGENT, "Do you have the policy number handy?"),
        (CALLER, "Yes, [A U, eight one nine, three oh, two two|ID_NUMBER|AU8193022]."),
        (AGENT, "Thank you. And the claim number?"),
        (CALLER, "[C, six six, oh oh, four one nine|ID_NUMBER|C6600419]."),
    ]),
    ("last_four_callback", [
        (AGENT, "What are the last four digits of your social?"),
        (CALLER, "[Oh seven two one|SSN|0721]."),
        (AGENT, "And a callback number in case we're cut off?"),
        (CALLER, "[Seven one nine, five five five, oh one four one|PHONE|(719) 555-0141]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "card_in_three": {"CREDIT_CARD": "2423 0776 9270 6982"},
    "card_in_two_cvv": {"CREDIT_CARD": "4253 3807 5899 5247"},
    "social_in_three": {"SSN": "526-30-8817"},
    "phone_in_two": {"PHONE": "(248) 555-0176"},
    "routing_in_two": {"ROUTING_NUMBER": "014072383"},
    "member_id_in_two": {"HEALTH_PLAN": "QRT66104492"},
    "iban_in_three": {"IBAN": "FR76 9650 5036 3598 5301 8659 253"},
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
