"""The round-five held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written after round four (scripts/heldout4_set.py) was scored and handed to the rules to tune on,
by a hand that did not read the detection rules, so that a set no rule has seen exists again.
New sentences, names and values, and domains the earlier rounds did not have (veterinary clinic,
car rental, gym, tax office, mobile carrier, hotel, university registrar, courier, pension fund,
credit union), in the ways people talk on calls: hesitations and restarts, corrections, numbers
read in pairs, triples, in two runs of eight, with "double", "triple", "oh", "zero" and
"hundred", UK and Australian numbers in their national form, a year-first date, cue words before
or after a value, a mishearing-prone cue ("C V C", "S S number", "U T R") or none at all where a
question gives the context. Utterances without PII carry ordinary numbers (times, prices, counts,
flight, room and platform numbers, a meter reading) or a cue word with no value after it, to
measure over-redaction.

Read by scripts/make_heldout.py (`--round 5`) only; the audio goes to target/heldout5/ and is
never committed. Since it was scored and handed to the rules to tune on it is a tuning set, as
rounds three and four are; round six (scripts/heldout6_set.py) is the held-out one now.

All values are fictional: NANP phones in 555-01xx, UK numbers in Ofcom's drama ranges (mobile,
London, Manchester, Leeds), Australian ones in ACMA's 02 5550 drama range, Luhn-valid cards,
ABA-checksummed routing numbers, mod-97-valid IBANs with valid national check digits (ES, FR, NO,
PL, FI; GB has none), valid-format SSNs, a National Insurance number with the QQ prefix HMRC keeps
for examples. `python3 scripts/heldout5_set.py` checks them (`self_check`), and make_heldout.py
runs the same check before it synthesizes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks  # noqa: E402
from heldout_checks import report  # noqa: E402

AGENT, CALLER = 0, 1

# (category, style, marked-up text); ids are heldout5_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "vet_double", "Can you put Biscuit's bill on my Visa? It's [four two nine oh, double five four one, "
     "two four oh three, thirteen fifty nine|CREDIT_CARD|4290 5541 2403 1359]."),
    ("card", "restart_light", "It's four six four one, nine eight... hold on, the light's bad in here. Okay. "
     "[Four six four one, nine eight double nine, oh one three six, five three two one"
     "|CREDIT_CARD|4641 9899 0136 5321]."),
    ("card", "numeral_pairs", "For the rental deposit, [41 33, 51 49, 44 92, 19 41|CREDIT_CARD|4133 5149 4492 1941]."),
    ("card", "two_eights", "The gym wants the long number, so, [four seven eight five two four oh five, "
     "oh eight seven eight three six two three|CREDIT_CARD|4785 2405 0878 3623]."),
    ("card", "question_pairs", "The number across the front? Right, so [forty eight twenty one, sixty three ten, "
     "sixteen seventy nine, twenty four thirty five|CREDIT_CARD|4821 6310 1679 2435]."),
    ("card", "zero_cue_after", "[Four nine seven five, three one eight four, three two zero three, "
     "two five three nine|CREDIT_CARD|4975 3184 3203 2539] is the card I'd like on file for incidentals."),
    ("card", "pairs_carrier", "Just put my phone bill on the Mastercard, [fifty one fifty, sixty four oh four, "
     "thirty seven sixty seven, sixty seven seventy eight|CREDIT_CARD|5150 6404 3767 6778]."),
    ("card", "doubles", "For the customs fee on the parcel, [five two five seven, six one seven eight, "
     "four double six eight, six five double six|CREDIT_CARD|5257 6178 4668 6566]."),
    ("card", "fillers", "Okay, the card is [five three nine oh, um, seven nine five four, uh, seven eight eight five, "
     "one seven five three|CREDIT_CARD|5390 7954 7885 1753]."),
    ("card", "triples", "I'll read it in threes, it's easier. [Five four eight, two five three, seven nine five, "
     "three oh four, five eight four, three|CREDIT_CARD|5482 5379 5304 5843]."),
    ("card", "two_series", "It's the new Mastercard, the one starting with twenty two. [Twenty two thirty one, "
     "six four seven six, three eight six nine, oh three eight three|CREDIT_CARD|2231 6476 3869 0383]."),
    ("card", "hundred", "For the tuition payment, [forty one hundred, twenty two eighty seven, thirty three nineteen, "
     "oh five six three|CREDIT_CARD|4100 2287 3319 0563]."),
    ("card", "amex_hotel", "Put the room on the American Express, [three four oh five, six one oh seven six nine, "
     "five nine eight five seven|CREDIT_CARD|3405 610769 59857]."),
    ("card", "amex_triple", "Amex, and it's [three triple seven, one two oh, four double eight, six one five oh nine"
     "|CREDIT_CARD|3777 120488 61509]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "after_signature", "[Four oh two|CVV|402], the last three after the signature."),
    ("cvv", "question_double", "Three digits on the back? Sure, [double six one|CVV|661]."),
    ("cvv", "little_one", "The security code, like the little one, is [one nine seven|CVV|197]."),
    ("cvv", "cvc", "The C V C is [eight zero three|CVV|803]."),
    ("cvv", "amex_pairs", "Amex has four on the front, [twenty two fifteen|CVV|2215]."),
    ("cvv", "mixup", "It's five five... no, that's the expiry, sorry. Code's [three four six|CVV|346]."),
    ("cvv", "oh_cue_after", "[Oh eight nine|CVV|089] is the code."),
    ("cvv", "hundred", "Card verification, [seven hundred and twelve|CVV|712]."),
    # --- expiry -----------------------------------------------------------------------------
    ("expiry", "month_of", "It runs out [February of twenty twenty eight|CARD_EXPIRY|February 2028]."),
    ("expiry", "slash", "Expiry, [eleven slash twenty nine|CARD_EXPIRY|11/29]."),
    ("expiry", "question", "Exp? [Oh four, thirty two|CARD_EXPIRY|04/32]."),
    ("expiry", "run_together", "The date's [one two two seven|CARD_EXPIRY|12/27]."),
    ("expiry", "long_year", "It's good until [seven, twenty thirty|CARD_EXPIRY|7/2030]."),
    ("expiry", "cue_after", "[Ten twenty nine|CARD_EXPIRY|10/29] is the date on the front, month and year."),
    ("expiry", "good_thru", "Underneath the number it says good thru [oh three slash twenty eight"
     "|CARD_EXPIRY|03/28]."),
    ("expiry", "correction", "Expires June... no, [July twenty thirty|CARD_EXPIRY|July 2030]."),
    # --- SSN --------------------------------------------------------------------------------------
    ("ssn", "tax_office", "For the tax office, my social's [three eight nine, seven five, three five two nine"
     "|SSN|389-75-3529]."),
    ("ssn", "question_numbers", "Social? Sure. [Five eighty, seventy, seventy eight oh three|SSN|580-70-7803]."),
    ("ssn", "double_cue_after", "[One oh three, double five, seven three eight two|SSN|103-55-7382], that's the one "
     "on my tax return."),
    ("ssn", "hundred", "Social security is [eight hundred and thirty, oh four, thirty five sixty three"
     "|SSN|830-04-3563]."),
    ("ssn", "last_four_question", "Last four digits of the social? Um, [oh eight five six|SSN|0856]."),
    ("ssn", "last_four_after", "[Twenty two fifty nine|SSN|2259], those are the last four."),
    ("ssn", "husbands", "It's four four three, six... hang on, that's my husband's. Mine is "
     "[five six one, four oh, eight three three seven|SSN|561-40-8337]."),
    ("ssn", "run_together", "For the pension forms, [seven six one oh two four five three seven|SSN|761-02-4537]."),
    ("ssn", "fillers", "Um, social security, it's [oh seven two, uh, oh eight, eight three four two|SSN|072-08-8342]."),
    ("ssn", "cue_after", "[Three two one, sixty, three seven eight one|SSN|321-60-3781] is the social on the account."),
    ("ssn", "ss_number", "My S S number is [two nine five, nine four, three seven nine seven|SSN|295-94-3797]."),
    ("ssn", "dependent", "And my daughter's, for the dependent part, [four four three, six eight, nine five eight nine"
     "|SSN|443-68-9589]."),
    # --- phone ---------------------------------------------------------------------------------
    ("phone", "text_reminders", "Text the reminders to [four one five, five five five, oh one three seven"
     "|PHONE|(415) 555-0137]."),
    ("phone", "uk_mobile_national", "My mobile's [oh seven seven double oh, nine double oh, four six one"
     "|PHONE|07700 900461]."),
    ("phone", "london_national", "The hotel's number is [oh two oh, seven nine four six, oh eight seven two"
     "|PHONE|020 7946 0872]."),
    ("phone", "manchester_cue_after", "[Oh one six one, four nine six, oh three oh five|PHONE|0161 496 0305], "
     "that's the office in Manchester."),
    ("phone", "toll_free", "Their freephone is [one eight hundred, five five five, oh one four two"
     "|PHONE|+1 800 555 0142]."),
    ("phone", "old_one", "It's seven one eight, five five five... no wait, that's the old one. It's "
     "[nine one seven, five five five, oh one eight eight|PHONE|(917) 555-0188]."),
    ("phone", "fifty_five", "Call the front desk on [seven oh two, five fifty five, oh one sixty|PHONE|(702) 555-0160]."),
    ("phone", "question_courier", "What number should the courier ring? Oh, just [eight three two, five five five, "
     "oh one nine four|PHONE|(832) 555-0194]."),
    ("phone", "local", "Just dial [five five five, oh one two six|PHONE|555-0126], it's a local call."),
    ("phone", "au_national", "My sister in Sydney is on [oh two, five five five oh, three one eight eight"
     "|PHONE|(02) 5550 3188]."),
    ("phone", "odd_groups", "The number is [nine seven two five, five five oh, one five one|PHONE|(972) 555-0151]."),
    ("phone", "uk_plus", "From abroad it's [plus four four, seven seven double oh, nine double oh, eight two seven"
     "|PHONE|+44 7700 900827]."),
    ("phone", "work_cue_after", "[Four eight oh, five five five, oh one one two|PHONE|(480) 555-0112] is my work line, "
     "I'm there till six."),
    # --- e-mail ---------------------------------------------------------------------------------
    ("email", "carrier", "For the e-bill, [priya dot venkataraman at proton dot me"
     "|EMAIL|priya.venkataraman@proton.me|priya venkataraman]."),
    ("email", "co_uk", "It's [oluwaseun dot adeyemi at yahoo dot co dot uk"
     "|EMAIL|oluwaseun.adeyemi@yahoo.co.uk|oluwaseun adeyemi]."),
    ("email", "letters_digits", "Email's [b kowalczyk two three at w p dot p l|EMAIL|bkowalczyk23@wp.pl|kowalczyk]."),
    ("email", "hotel", "Send the invoice to [reservations at harrowgate inn dot co dot uk"
     "|EMAIL|reservations@harrowgateinn.co.uk|harrowgate]."),
    ("email", "registrar", "My student email is [e dot nakashima at student dot brennock dot edu"
     "|EMAIL|e.nakashima@student.brennock.edu|nakashima brennock]."),
    ("email", "correction", "It's mark at... no, sorry, [marek dot zielinski at outlook dot com"
     "|EMAIL|marek.zielinski@outlook.com|marek zielinski]."),
    ("email", "dash_year", "Mine is [finn dash oconnell nineteen ninety at g m x dot de"
     "|EMAIL|finn-oconnell1990@gmx.de|finn oconnell]."),
    ("email", "cue_after", "[tam dot quach at fastmail dot com|EMAIL|tam.quach@fastmail.com|quach] is the best one "
     "for receipts."),
    ("email", "question", "Email for the booking? [geraint underscore pryce at b t internet dot com"
     "|EMAIL|geraint_pryce@btinternet.com|geraint pryce]."),
    ("email", "double_oh", "It's [ines ferreira double oh seven at sapo dot p t|EMAIL|inesferreira007@sapo.pt"
     "|ines ferreira], all one word."),
    # --- bank -----------------------------------------------------------------------------------
    ("bank", "credit_union", "The credit union's routing number is [two oh five, eight five one, nine one five"
     "|ROUTING_NUMBER|205851915]."),
    ("bank", "aba_question", "A B A? You mean the routing? [Oh two nine, three nine six, oh five four"
     "|ROUTING_NUMBER|029396054]."),
    ("bank", "routing_numbers", "Routing is [three twelve, five eighty seven, one fifty six|ROUTING_NUMBER|312587156]."),
    ("bank", "routing_cue_after", "[Three one seven, eight one three, double five three|ROUTING_NUMBER|317813553], "
     "that's the first number on the bottom of the cheque."),
    ("bank", "payroll", "For payroll, routing [one oh one, two seven three, four eight oh|ROUTING_NUMBER|101273480], "
     "and the account's [five five oh, nine one two, oh seven|BANK_ACCOUNT|55091207]."),
    ("bank", "account_question", "Account number, please? Sure, [four double oh one, seven two, six six eight nine"
     "|BANK_ACCOUNT|4001726689]."),
    ("bank", "checking_cue_after", "[Eight one seven seven, three oh two, five one four|BANK_ACCOUNT|8177302514] "
     "is the checking account."),
    ("bank", "savings_restart", "Savings is two eight... no, that's checking. Savings is "
     "[two nine one, four four, six oh three, one|BANK_ACCOUNT|291446031]."),
    ("bank", "pension", "The pension should pay into [double oh four two, seven one nine, three three oh"
     "|BANK_ACCOUNT|0042719330]."),
    ("bank", "uk_account", "The sort code's on the card, and the account number is [four one seven three, "
     "eight eight two oh|BANK_ACCOUNT|41738820]."),
    ("bank", "routing_run", "Routing, [oh one five oh six four one one two|ROUTING_NUMBER|015064112]."),
    # --- IBAN ------------------------------------------------------------------------------------
    ("iban", "gb", "My UK IBAN is [G B nine seven, L O Y D, three oh double nine, two one four seven, "
     "one one eight two, oh three|IBAN|GB97 LOYD 3099 2147 1182 03]."),
    ("iban", "fr_cue_after", "[F R seven six, three oh oh two, seven one seven five, three three oh oh, "
     "oh four eight two, oh six five one, three oh eight|IBAN|FR76 3002 7175 3300 0482 0651 308], "
     "that's the account for the flat in Lyon."),
    ("iban", "es_question_pairs", "The IBAN? It's a Spanish one. [E S eighteen, twenty eighty five, "
     "forty eight ninety one, eighty oh three, thirty one forty seven, eighty two sixty"
     "|IBAN|ES18 2085 4891 8003 3147 8260]."),
    ("iban", "pl_doubles", "For my mum's account in Poland, [P L seven eight, one oh nine oh, two six four six, "
     "double oh double oh, triple oh four, seven one eight three, nine two oh five"
     "|IBAN|PL78 1090 2646 0000 0004 7183 9205]."),
    ("iban", "no_short", "It's a Norwegian IBAN, so it's short. [N O three six, eight six oh one, "
     "seven one three four, five two five|IBAN|NO36 8601 7134 525]."),
    # --- ZIP ------------------------------------------------------------------------------------
    ("zip", "gym", "Zip for the membership is [six oh six one four|ZIP|60614]."),
    ("zip", "question", "Zip? [Nine four one one oh|ZIP|94110]."),
    ("zip", "cue_after", "[Three oh three oh five|ZIP|30305] is the zip for the billing address."),
    ("zip", "plus_four_pairs", "The full zip is [ninety seven two oh nine, dash, forty one twelve|ZIP|97209-4112]."),
    ("zip", "leading_zero", "The courier needs the zip, it's [oh seven oh three oh|ZIP|07030]."),
    ("zip", "double", "Postal code, [four eight double two one|ZIP|48221]."),
    ("zip", "correction", "Zip is five five four one three, sorry, no, [five five four one four|ZIP|55414]."),
    # --- date of birth -----------------------------------------------------------------------
    ("dob", "day_of_month", "Date of birth, [the seventh of November, nineteen eighty eight|DATE|7 November 1988]."),
    ("dob", "question", "D O B? [Eleven, oh two, ninety|DATE|11/02/90]."),
    ("dob", "registrar", "I was born [March thirty first, two thousand three|DATE|March 31, 2003]."),
    ("dob", "cue_after", "[Sixth of the sixth, sixty six|DATE|6/6/66], that's my date of birth, easy to remember."),
    ("dob", "pension", "The member was born on [the second of September, forty four|DATE|2 September '44]."),
    ("dob", "correction", "Birthday's the twenty third, no, [the twenty second of May, nineteen seventy"
     "|DATE|22 May 1970]."),
    ("dob", "daughter", "My daughter was born on [the fourteenth of February, two thousand nine"
     "|DATE|14 February 2009]."),
    ("dob", "year_first", "The form wants it year first, so, [nineteen eighty five, oh seven, oh three"
     "|DATE|1985-07-03]."),
    # --- addresses ------------------------------------------------------------------------------
    ("address", "pairs", "Send the paperwork to [fourteen twenty two Wexcombe Road|ADDRESS|1422 Wexcombe Road]."),
    ("address", "apartment", "I'm in [three oh nine Calderbrook Avenue, apartment twelve B"
     "|ADDRESS|309 Calderbrook Avenue, Apt 12B]."),
    ("address", "uk_close", "The car's registered at [twenty seven Pennyfeather Close|ADDRESS|27 Pennyfeather Close"
     "|pennyfeather], in [Lancaster|LOCATION|Lancaster|lancaster]."),
    ("address", "question", "Where's it going? Um, [five fifty Orchard Hollow Lane|ADDRESS|550 Orchard Hollow Lane"
     "|orchard hollow]."),
    ("address", "hundred_cue_after", "[Eleven hundred Quarrington Street|ADDRESS|1100 Quarrington Street] is the "
     "billing address."),
    ("address", "po_box", "We get mail at [P O Box seven seven three|ADDRESS|PO Box 773|], "
     "[Ely, Nevada|LOCATION|Ely, Nevada|ely nevada]."),
    ("address", "south", "The clinic has us at [two two oh one South Mapleton Avenue"
     "|ADDRESS|2201 South Mapleton Avenue]."),
    ("address", "moving", "We're moving from [Kalamazoo|LOCATION|Kalamazoo|kalamazoo] to "
     "[Thunder Bay, Ontario|LOCATION|Thunder Bay, Ontario|thunder ontario] in June."),
    ("address", "restart", "It's forty... sorry, [forty six Ravensworth Crescent|ADDRESS|46 Ravensworth Crescent"
     "|ravensworth]."),
    ("address", "suite", "The office is [eighteen oh five Tamarack Boulevard, suite four hundred"
     "|ADDRESS|1805 Tamarack Boulevard, Suite 400]."),
    ("address", "county_road", "Out here it's [Box twelve, County Road forty one|ADDRESS|Box 12, County Road 41|], "
     "just outside [Baudette, Minnesota|LOCATION|Baudette, Minnesota|baudette minnesota]."),
    # --- identifiers ---------------------------------------------------------------------------
    ("dl", "rental", "For the rental, my license is [B, four four one, nine oh two, seven|DRIVER_LICENSE|B4419027]."),
    ("dl", "florida", "It's a Florida one, [W four two one, five five oh, eight two, one one six, oh"
     "|DRIVER_LICENSE|W421550821160]."),
    ("dl", "cue_after", "[Seven one two, oh four four, nine three eight|DRIVER_LICENSE|712044938] is what's on "
     "my license."),
    ("dl", "card_not_paper", "My licence, the card, not the paper one, [M, oh nine, seven double five, three one two"
     "|DRIVER_LICENSE|M09755312]."),
    ("passport", "question", "Passport number? [Five six oh, two eight eight, one four seven|PASSPORT|560288147]."),
    ("passport", "letter_first", "My passport is [K, seven three oh, six two nine, one|PASSPORT|K7306291]."),
    ("passport", "german_cue_after", "[C, F, four, X, seven, T, two, nine, L|PASSPORT|CF4X7T29L], it's a German "
     "passport."),
    ("passport", "hundred", "The passport's [two hundred and eighty, double seven, oh three one four"
     "|PASSPORT|280770314]."),
    ("health", "member_id", "Member ID, [H P W, seven seven one, oh two, nine|HEALTH_PLAN|HPW771029]."),
    ("health", "medicare", "My Medicare number is [seven F D three, P J two, X W six one|HEALTH_PLAN|7FD3PJ2XW61]."),
    ("health", "group_not_member", "The group number is four five... no, you want the member one. "
     "[Y T K, eight oh two, four four six, one|HEALTH_PLAN|YTK8024461]."),
    ("health", "dental", "Dental plan, subscriber ID [two two nine, oh five one, seven seven three"
     "|HEALTH_PLAN|229051773]."),
    ("health", "cue_after", "[Q M, four one, six six oh, two|HEALTH_PLAN|QM416602], that's the member number on "
     "the back."),
    ("medical", "mrn", "My M R N is [six oh two, seven seven, one four|MEDICAL_RECORD|6027714]."),
    ("medical", "hospital_number", "Hospital number [R, eight one, oh four, three nine|MEDICAL_RECORD|R810439]."),
    ("medical", "chart_cue_after", "[Four four oh, one two nine, eight|MEDICAL_RECORD|4401298] is the chart number "
     "from radiology."),
    ("medical", "question", "Her record number? Hang on, [nine double one, oh six, five two|MEDICAL_RECORD|9110652]."),
    ("id", "ni_number", "National Insurance number is [Q Q, seven one, oh four, eight eight, C|ID_NUMBER|QQ710488C]."),
    ("id", "utr", "The U T R, [eight eight two one, four oh six, five seven three|ID_NUMBER|8821406573]."),
    ("id", "gym", "Membership number, [G Y M, double oh four, one three, nine|ID_NUMBER|GYM004139]."),
    ("id", "student_cue_after", "[Two oh two one, five five eight, three oh|ID_NUMBER|202155830], that's my student "
     "number."),
    ("id", "rewards_question", "Rewards number? [Forty four, eight one seven, twenty two, sixty|ID_NUMBER|448172260]."),
    ("id", "pension_ref", "Pension scheme reference [P N, seven seven three, oh one nine, two|ID_NUMBER|PN7730192]."),
    # --- people -------------------------------------------------------------------------------
    ("person", "returning", "This is [Thandiwe Okonkwo-Lindqvist|PERSON|Thandiwe Okonkwo-Lindqvist], returning "
     "your call."),
    ("person", "vet", "The dog's under my name, [Eilidh MacGillivray|PERSON|Eilidh MacGillivray]."),
    ("person", "spelled_as_in", "Surname's [W as in whiskey, O, J, C, I, E, C, H, O, W, S, K, I"
     "|PERSON|Wojciechowski|wojciechowski]."),
    ("person", "filler", "My name is, um, well, it's [Bartholomew Quayle-Enwright|PERSON|Bartholomew Quayle-Enwright]."),
    ("person", "cue_after", "[Ngozi Abernethy|PERSON|Ngozi Abernethy] is the account holder."),
    ("person", "doctor", "Doctor [Ravindranath Iyengar|PERSON|Ravindranath Iyengar] referred me."),
    ("person", "first_name", "Could you let [Saoirse|PERSON|Saoirse] know the car's ready?"),
    ("person", "like_the_king", "Surname's [Bolingbroke|PERSON|Bolingbroke], like the king."),
    ("person", "said_then_spelled", "[Auchinleck|PERSON|Auchinleck], that's [A, U, C, H, I, N, L, E, C, K"
     "|PERSON|Auchinleck|auchinleck]."),
    ("person", "correction", "Book it under [Tomasz|PERSON|Tomasz], sorry, under my wife, "
     "[Agnieszka Wrobel|PERSON|Agnieszka Wrobel]."),
    ("person", "student", "The student is [Seo Ji-hoon|PERSON|Seo Ji-hoon], he's in second year."),
    ("person", "neighbour", "Leave it with [Mrs Ekwueme|PERSON|Mrs Ekwueme] next door."),
    ("person", "hotel", "Reservation for [Xanthe Pemberton-Oyelaran|PERSON|Xanthe Pemberton-Oyelaran], two nights."),
    ("person", "father", "I'm calling for my father, [Abdelkader Benhaddou|PERSON|Abdelkader Benhaddou]."),
    ("person", "first_spelled", "First name [Aoife|PERSON|Aoife], [A, O, I, F, E|PERSON|Aoife|aoife]."),
    ("person", "speaking", "Hi, yeah, [Hrafnkell Ingolfsson|PERSON|Hrafnkell Ingolfsson] speaking."),
    ("person", "second_driver", "Put my partner down, [Jaroslav Ptacek|PERSON|Jaroslav Ptacek], as the second "
     "driver."),
    # --- combos --------------------------------------------------------------------------------
    ("combo", "card_exp_cvv", "[Twenty six eighty, sixty five fourteen, twenty two thirty eight, oh three forty eight"
     "|CREDIT_CARD|2680 6514 2238 0348], expiry [oh five thirty one|CARD_EXPIRY|05/31], code "
     "[five two nine|CVV|529]."),
    ("combo", "card_cvv", "Card's [four three four three, three seven oh two, double two double oh, triple seven oh"
     "|CREDIT_CARD|4343 3702 2200 7770], and the one on the back is [two double eight|CVV|288]."),
    ("combo", "name_dob", "[Marguerite Delacroix-Amadi|PERSON|Marguerite Delacroix-Amadi], date of birth "
     "[the thirtieth of April, nineteen sixty two|DATE|30 April 1962]."),
    ("combo", "name_phone", "It's [Desmond|PERSON|Desmond] from the courier depot, call me on "
     "[oh one one three, four nine six, oh five five one|PHONE|0113 496 0551]."),
    ("combo", "ssn_dob", "Social [eight five nine, four two, seven nine nine four|SSN|859-42-7994], born "
     "[ten, nine, fifty five|DATE|10/9/55]."),
    ("combo", "email_phone", "Email's [kwame dot asante at live dot com|EMAIL|kwame.asante@live.com|kwame asante], "
     "and my cell is [two one four, five five five, oh one nine nine|PHONE|(214) 555-0199]."),
    ("combo", "address_zip", "[Seventy Saltmarsh Way|ADDRESS|70 Saltmarsh Way|saltmarsh], "
     "[Beaufort|LOCATION|Beaufort|beaufort], [two nine nine oh two|ZIP|29902]."),
    ("combo", "name_member", "The patient is [Ingrid Solberg-Achebe|PERSON|Ingrid Solberg-Achebe], member "
     "[K D X, nine oh one, five five three|HEALTH_PLAN|KDX901553]."),
    ("combo", "license_dob", "Licence [H, seven seven one, oh two, four five five|DRIVER_LICENSE|H77102455], "
     "born [the first of August, eighty one|DATE|1 August '81]."),
    # --- no PII, ordinary numbers ---------------------------------------------------------------
    ("none", "vet_recheck", "The vet wants to see him again in two weeks, around ten thirty."),
    ("none", "car_bay", "Your car's in bay fourteen, and it's due back Sunday by six."),
    ("none", "gym_hours", "The gym's open from five in the morning till eleven at night."),
    ("none", "tax_owed", "I think I owe about four hundred and twelve dollars on last year's return."),
    ("none", "data", "My data ran out after, like, three days, and there's twenty two days left on the plan."),
    ("none", "room", "We're in room four oh seven, on the fourth floor."),
    ("none", "credits", "The registrar said I need twelve more credits to graduate."),
    ("none", "courier_time", "The courier came at two fifteen, but I was out."),
    ("none", "flight", "Flight B A two eight seven lands at six forty in the evening."),
    ("none", "retire", "I retire in three years, when I turn sixty seven."),
    ("none", "door", "Could you hang on, somebody's at the door."),
    ("none", "price", "It's a hundred and forty nine ninety nine a month, that's with the discount."),
    ("none", "slot", "Is the ten fifteen slot on Tuesday still free?"),
    ("none", "card_later", "I don't have the card number on me right now, I'll call back with it."),
    ("none", "parcel_size", "The box is about fifty by thirty by twenty centimeters."),
    ("none", "rooms", "We need two rooms for three nights, arriving on the twelfth."),
    ("none", "shuttle", "The shuttle leaves every twenty minutes from terminal two."),
    ("none", "code_for", "Sorry, what's the security code for? I didn't catch that."),
    ("none", "old_dog", "She's had the dog for eleven years, so, yeah, she's getting on."),
    ("none", "train", "My train's the eight oh five from platform nine."),
    ("none", "meter", "The meter reading this morning was four five two one seven."),
]

# (stem, turns); a turn is (channel, marked-up text). A value said in pieces across turns has
# one item per piece (each piece must not leak on its own); WHOLE gives the full value the pieces
# of a kind make, in order, and is checked like an utterance item. Callers mostly answer without
# a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("vet_card_split", [
        (AGENT, "That's two hundred and six for the vaccinations. How are you paying?"),
        (CALLER, "Card, please. It's [four one four six, six eight nine seven|CREDIT_CARD|4146 6897]"),
        (AGENT, "Okay."),
        (CALLER, "[five nine oh nine, one oh three three|CREDIT_CARD|5909 1033]."),
        (AGENT, "And when does it expire?"),
        (CALLER, "[Nine, twenty eight|CARD_EXPIRY|9/28]."),
    ]),
    ("car_rental_driver", [
        (AGENT, "I'll need the driver's license number for the main driver."),
        (CALLER, "Sure, [D, five one two, oh seven, three three nine|DRIVER_LICENSE|D51207339]."),
        (AGENT, "And the driver's date of birth?"),
        (CALLER, "[Fifth of January, ninety three|DATE|5 January '93]."),
        (AGENT, "A mobile we can text when the car's ready?"),
        (CALLER, "[Oh seven seven double oh, nine double oh, three one five|PHONE|07700 900315]."),
    ]),
    ("gym_cancel_spelled", [
        (AGENT, "Sorry to hear you're leaving. What's your membership number?"),
        (CALLER, "Um, [M B, six oh four, two two one|ID_NUMBER|MB604221]."),
        (AGENT, "And your surname, could you spell it?"),
        (CALLER, "It's [Ferreira-Nwosu|PERSON|Ferreira-Nwosu], so [F, E, R, R, E, I, R, A|PERSON|Ferreira|ferreira], "
         "then [N, W, O, S, U|PERSON|Nwosu|nwosu]."),
    ]),
    ("tax_office_ssn_split", [
        (AGENT, "I can look up the return. What's the taxpayer's social security number?"),
        (CALLER, "[Five six one, six oh|SSN|561-60]"),
        (AGENT, "Yes, go on."),
        (CALLER, "[five eight eight two|SSN|5882]."),
    ]),
    ("carrier_holder_email", [
        (AGENT, "Who's the account holder on this line?"),
        (CALLER, "My husband, [Olusegun Arkwright|PERSON|Olusegun Arkwright]."),
        (AGENT, "For security, the last four of his social?"),
        (CALLER, "[Six one nine two|SSN|6192]."),
        (AGENT, "And the email you'd like the bill sent to?"),
        (CALLER, "[segun dot arkwright at gmail dot com|EMAIL|segun.arkwright@gmail.com|segun arkwright]."),
    ]),
    ("hotel_card_cvv_name", [
        (AGENT, "To hold the room I need a card."),
        (CALLER, "Okay, [five five three oh, six two oh four, three oh six oh, one eight two six"
         "|CREDIT_CARD|5530 6204 3060 1826]."),
        (AGENT, "The security code?"),
        (CALLER, "[Four one one|CVV|411]."),
        (AGENT, "And the name as it's printed on the card?"),
        (CALLER, "[Perpetua Lindqvist-Oduya|PERSON|Perpetua Lindqvist-Oduya]."),
    ]),
    ("registrar_student_dob", [
        (AGENT, "Registrar's office. What's your student number?"),
        (CALLER, "[Two oh one nine, seven seven, four oh three|ID_NUMBER|201977403]."),
        (AGENT, "And your date of birth, to confirm?"),
        (CALLER, "[April the second, two thousand four|DATE|April 2, 2004]."),
    ]),
    ("courier_redelivery", [
        (AGENT, "Where should we redeliver the parcel?"),
        (CALLER, "To my work, [three sixty Kittering Avenue|ADDRESS|360 Kittering Avenue]."),
        (AGENT, "And the zip there?"),
        (CALLER, "[Six eight one oh two|ZIP|68102]."),
    ]),
    ("pension_routing_split", [
        (AGENT, "For the pension payments, what's the routing number?"),
        (CALLER, "Hang on. [One oh four, nine two nine|ROUTING_NUMBER|104 929]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[four oh one|ROUTING_NUMBER|401]."),
        (AGENT, "And the account?"),
        (CALLER, "[Seven three three oh, one eight, five five six|BANK_ACCOUNT|733018556]."),
    ]),
    ("iban_fi_split", [
        (AGENT, "We can refund it to your Finnish account. Go ahead with the IBAN."),
        (CALLER, "[F I eight oh, four oh oh six, two one oh one|IBAN|FI80 4006 2101]"),
        (AGENT, "Okay, and?"),
        (CALLER, "[five four six three, eight two|IBAN|5463 82]."),
    ]),
    ("clinic_member_mrn", [
        (AGENT, "Can I have the member ID from the insurance card?"),
        (CALLER, "[H Q, seven one two|HEALTH_PLAN|HQ712]"),
        (AGENT, "Yes."),
        (CALLER, "[oh nine four four|HEALTH_PLAN|0944]."),
        (AGENT, "And if you have it, the medical record number from your last visit?"),
        (CALLER, "It's [three three eight, oh one, seven six|MEDICAL_RECORD|3380176]."),
    ]),
    ("airline_passport_name", [
        (AGENT, "What's the passport number for the booking?"),
        (CALLER, "[Four eight two, two oh, five one six one|PASSPORT|482205161]."),
        (AGENT, "And the surname on it?"),
        (CALLER, "[Kgositsile|PERSON|Kgositsile]."),
    ]),
    ("callback_london_split", [
        (AGENT, "What's the best number to call you back on?"),
        (CALLER, "[Oh two oh, seven nine four six|PHONE|020 7946]"),
        (AGENT, "Uh huh."),
        (CALLER, "[oh one two nine|PHONE|0129]."),
    ]),
    ("library_email_dob", [
        (AGENT, "To renew the library card I need the email on the account."),
        (CALLER, "It's [h dot oyelowo at hotmail dot com|EMAIL|h.oyelowo@hotmail.com|oyelowo]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "Uh, [nineteenth of October, nineteen seventy four|DATE|19 October 1974]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "vet_card_split": {"CREDIT_CARD": "4146 6897 5909 1033"},
    "tax_office_ssn_split": {"SSN": "561-60-5882"},
    "pension_routing_split": {"ROUTING_NUMBER": "104929401"},
    "iban_fi_split": {"IBAN": "FI80 4006 2101 5463 82"},
    "clinic_member_mrn": {"HEALTH_PLAN": "HQ7120944"},
    "callback_london_split": {"PHONE": "020 7946 0129"},
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
