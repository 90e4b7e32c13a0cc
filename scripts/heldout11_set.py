"""The round-eleven held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written before any rule was tuned on round ten (scripts/heldout10_set.py), when round ten was
about to be handed to the rules, by a hand that did not read the detection rules (nor any
transcript or result of an earlier round; earlier rounds' texts only read to learn the markup and
to stay clear of their sentences and values), so that a set no rule has seen exists again. New
sentences, names, streets, towns and values (each checked against rounds two to ten, the other
scripts' texts and samples/), in domains no earlier round had (golf club, swimming lessons,
farrier, guitar repair, bookbinder, pilates studio, sign writer, barber, garden centre, angling
club, archery club, thatcher, print shop, cheese club, camper van hire, fencing contractor, dance
school, tailor, scuba diving, log delivery, wool shop, sports massage, climbing wall, aquarium
shop, picture framer, computer repair, surf school, chess club, gutter cleaning, M O T garage, dog
walker, astronomy society, tennis club, language school, museum membership), in the ways people
talk on calls: hesitations ("um", "er") inside a value, restarts and self-corrections (the wrong
start said outside the item), a maiden and a married name, digits one by one, in pairs, threes,
fours and fives, odd groupings (an Amex read in fours as if it were a Visa, a Mastercard in uneven
pairs, a zip as "five, thirty, seventy"), with "double", "triple", "oh", "zero", "hundred"
("thirty four hundred", "twenty five hundred", "nineteen hundred", "oh one hundred", "two hundred
and nine") and "thousand" ("six thousand four", "two thousand one"), spelled names and spelled
email users, "R as in Romeo", "D as in Delta", "V as in Victor", "L as in lemon", "P for Papa" and
"N for November", a UK driving licence number, National Insurance numbers (one in pieces across
turns), UK numbers in national and international form (Leeds, Leicester, Bristol, Glasgow,
Newcastle, Manchester, London, mobile), UK addresses with postcodes, Australian numbers in
national and international form, a seven-digit local number and a toll-free one, dates as "the
fourteenth of February", "September the second", "two, eleven, sixty four", "the thirtieth of the
sixth", year first, with "two thousand" and "two thousand fourteen", expiry dates as "nine slash
twenty nine", "August twenty thirty two", "oh one, two thousand thirty one" and "twelve twenty
six", cue words before or after a value or none where a question gives the context. Utterances
without PII carry ordinary numbers (scores, lengths, weights, prices, sizes, grades, depths,
ratings, mileage, a dye lot) and name-like words that are not PII (cheese, wool-shade and star
names), or a cue word with no value after it, to measure over-redaction.

Calls: callers answer the agent's questions, mostly with a bare value and no cue of their own;
fourteen calls give a value in pieces across turns, with the agent's backchannel ("okay",
"mm-hm", "right", "go on", "uh-huh", "yep") between the pieces; in five the agent reads a value
back to confirm it, an item on the agent's channel (as in rounds nine and ten; AGENT_ITEMS).

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 11`) only; the audio goes
to target/heldout11/ and is never committed. Once anyone tunes hush on these sentences or on
what Whisper writes for them, they stop being held out: write a round twelve.

All values are fictional: NANP phones in 555-01xx (one toll-free, one in international form, one
seven-digit local), UK numbers in Ofcom's drama ranges, Australian ones in ACMA's 02 5550 drama
range, Luhn-valid cards, ABA-checksummed routing numbers, mod-97-valid IBANs of the right length
with valid national check digits where the checks know them (BE, NL, FR, ES, PL, FI; IT with a
valid CIN letter; CH, GB and IE have none the checks know), made-up bank codes, valid-format
SSNs, NHS numbers in the 999 range kept for tests (mod-11 valid), National Insurance numbers
with the QQ prefix HMRC keeps for examples. `python3 scripts/heldout11_set.py` checks them
(`self_check`), and make_heldout.py runs the same check before it synthesizes anything.
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

# (category, style, marked-up text); ids are heldout11_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "golf_doubles_pairs", "The golf club takes the subs off [double four, two one, two five, eight five, "
     "double six, eight seven, three seven, three oh|CREDIT_CARD|4421 2585 6687 3730]."),
    ("card", "swim_hundred_pairs", "For my daughter's swimming lessons, it's [forty nine eleven, thirty four "
     "hundred, thirteen oh six, fourteen twenty nine|CREDIT_CARD|4911 3400 1306 1429]."),
    ("card", "farrier_threes", "The farrier's card machine is down, so read it out: [four five seven, five three "
     "six, one one six, six oh four, four one six, seven|CREDIT_CARD|4575 3611 6604 4167]."),
    ("card", "luthier_singles_um", "For the guitar repair, [four, six, four, two, eight, um, one, eight, nine, oh, "
     "two, six, nine, eight, four, seven, two|CREDIT_CARD|4642 8189 0269 8472]."),
    ("card", "bookbinder_fives", "The bookbinder read it back in fives: [four nine six four eight, eight nine eight "
     "four four, five seven seven five two, oh|CREDIT_CARD|4964 8898 4457 7520]."),
    ("card", "pilates_cue_after", "[Four nine three one, six nine oh six, two eight nine one, eight four oh five"
     "|CREDIT_CARD|4931 6906 2891 8405] is the card on my pilates account."),
    ("card", "barber_zeros", "Put the barber's gift voucher on [four five three eight, zero eight four six, four "
     "zero six four, eight nine seven five|CREDIT_CARD|4538 0846 4064 8975]."),
    ("card", "angling_correction", "It's four nine one nine, one six one... sorry, I skipped a bit. [Four nine one "
     "nine, one six one four, eight five five one, three eight five nine|CREDIT_CARD|4919 1614 8551 3859]."),
    ("card", "archery_pairs_oh", "For the archery taster, [forty seven sixty, oh nine forty six, ninety two "
     "ninety six, twenty oh nine|CREDIT_CARD|4760 0946 9296 2009]."),
    ("card", "signwriter_triple_run", "The sign writer wants a deposit, so [four six one, triple four, nine six oh "
     "three, double eight, four nine six five|CREDIT_CARD|4614 4496 0388 4965]."),
    ("card", "cheese_mastercard_triple", "Mastercard for the cheese club: [fifty one sixty five, seventy three "
     "seventy nine, oh seven fourteen, oh triple six|CREDIT_CARD|5165 7379 0714 0666]."),
    ("card", "camper_two_series_hundred", "For the camper van deposit, [twenty five hundred, ninety eight twenty "
     "three, oh six sixteen, fifteen oh six|CREDIT_CARD|2500 9823 0616 1506]."),
    ("card", "dance_amex_fours", "The dance school takes Amex, [thirty seven sixty nine, one eight seven seven, "
     "three seven nine two, seven nine oh|CREDIT_CARD|3769 187737 92790]."),
    ("card", "fencing_er", "The fencing contractor can take, er, [five two oh eight, seven eight, er, six nine, "
     "five eight two four, eight two two four|CREDIT_CARD|5208 7869 5824 8224]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "back_panel", "On the back panel, after the last four, it's [five eight three|CVV|583]."),
    ("cvv", "cue_after_oh", "[Oh four seven|CVV|047] is the three-digit code round the back."),
    ("cvv", "hundred_and", "The security number's [two hundred and nine|CVV|209]."),
    ("cvv", "amex_pairs", "The Amex code on the front, [seventy two eighty|CVV|7280]."),
    ("cvv", "question_double", "Three digits on the back? [Double nine four|CVV|994]."),
    ("cvv", "correction", "The C V V, it's eight, no sorry, [six one two|CVV|612]."),
    ("cvv", "card_code_er", "Card code, er, [nine, oh, five|CVV|905]."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "slash", "Expires [nine slash twenty nine|CARD_EXPIRY|9/29]."),
    ("expiry", "month_name_twenty", "It runs out at the end of [August twenty thirty two|CARD_EXPIRY|August 2032]."),
    ("expiry", "thousand_year", "The date on the front is [oh one, two thousand thirty one|CARD_EXPIRY|01/2031]."),
    ("expiry", "run_twelve", "Valid until [twelve twenty six|CARD_EXPIRY|12/26]."),
    ("expiry", "cue_after", "[March twenty twenty eight|CARD_EXPIRY|March 2028], that's when it expires."),
    ("expiry", "question", "When does it run out? [Eleven, thirty one|CARD_EXPIRY|11/31]."),
    ("expiry", "good_thru_oh", "Good thru [oh four, thirty|CARD_EXPIRY|04/30]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "golf_payroll", "The golf club's payroll needs my social, [four four three, oh two, six five five oh"
     "|SSN|443-02-6550]."),
    ("ssn", "one_seventy", "Social security number, [one seventy, thirty five, ninety seven oh one|SSN|170-35-9701]."),
    ("ssn", "zero_group", "My social is [three six eight, zero five, three two three four|SSN|368-05-3234]."),
    ("ssn", "cue_after", "[Two four four, six nine, sixty five eighty four|SSN|244-69-6584] is my social security "
     "number."),
    ("ssn", "surf_leading_oh", "For the surf school's insurance form, social, [oh five eight, oh six, five two one "
     "one|SSN|058-06-5211]."),
    ("ssn", "last_four_question", "Last four of your social? [Seven four oh six|SSN|7406]."),
    ("ssn", "doubles", "S S N [four five six, twenty eight, double two, double four|SSN|456-28-2244]."),
    ("ssn", "hesitant", "It's, um, [two three four, fifty... seven, two five one seven|SSN|234-57-2517]."),
    ("ssn", "one_run", "My husband's social, all in one go, [four seven five oh two nine two eight one"
     "|SSN|475-02-9281]."),
    ("ssn", "then_laptop", "For the computer shop's credit plan, social security [one nine two, then forty "
     "three, then thirty three oh three|SSN|192-43-3303]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "cell", "My cell is [two six two, five five five, oh one three seven|PHONE|(262) 555-0137]."),
    ("phone", "oh_one_hundred", "Ring the dog walker on [four one seven, triple five, oh one hundred"
     "|PHONE|(417) 555-0100]."),
    ("phone", "leeds", "The thatcher's yard in Leeds is [oh one one three, four nine six, oh seven four one"
     "|PHONE|0113 496 0741]."),
    ("phone", "leicester_cue_after", "[Oh one one six, four nine six, oh three, twenty two|PHONE|0116 496 0322] is "
     "the print shop."),
    ("phone", "bristol_grouping", "Bristol number, [oh one one seven, four nine six oh, five five eight"
     "|PHONE|0117 4960 558]."),
    ("phone", "glasgow_double_oh", "My brother in Glasgow: [oh one four one, four nine six, oh double oh nine"
     "|PHONE|0141 496 0009]."),
    ("phone", "newcastle", "The climbing wall is on [oh one nine one, four nine eight, oh two six three"
     "|PHONE|0191 498 0263]."),
    ("phone", "mobile_doubles", "My mobile, [oh double seven, double oh, nine hundred, five one four"
     "|PHONE|07700 900514]."),
    ("phone", "plus44_london", "From abroad, [plus four four, twenty, seven nine four six, oh two three eight"
     "|PHONE|+44 20 7946 0238]."),
    ("phone", "plus44_question", "What's the best number from France? [Plus forty four, seven seven double oh, "
     "nine oh oh, six two seven|PHONE|+44 7700 900627]."),
    ("phone", "au_plus61", "My daughter in Australia, [plus six one, two, five five five oh, seven four one two"
     "|PHONE|+61 2 5550 7412]."),
    ("phone", "au_national_pairs", "The surf school in Sydney is [oh two, fifty five fifty, eighty one, oh six"
     "|PHONE|(02) 5550 8106]."),
    ("phone", "toll_free", "The wool shop's free order line is [eight eight eight, five five five, oh one nine "
     "three|PHONE|(888) 555-0193]."),
    ("phone", "seven_digit", "Just dial [five five five, oh one six eight|PHONE|555-0168] from the clubhouse."),
    ("phone", "plus_one", "From the UK, dial [plus one, four oh two, five five five, oh one two two"
     "|PHONE|+1 402-555-0122]."),
    ("phone", "restart", "My work number's nine one nine... no, that's the old one. [Nine two five, five five "
     "five, oh one eight eight|PHONE|(925) 555-0188]."),
    ("phone", "hesitant_er", "You can reach me on [six oh eight, er, five five five, oh one, er, four four"
     "|PHONE|(608) 555-0144]."),
    ("phone", "landline_cue_after", "[Eight oh three, five five five, oh one one nine|PHONE|(803) 555-0119] is the "
     "landline at the farm."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "dots", "Send the tee times to [wilfrid dot hesketh at gmail dot com"
     "|EMAIL|wilfrid.hesketh@gmail.com|wilfrid hesketh]."),
    ("email", "spelled_user", "It's [t, a, b, i, t, h, a, at yahoo dot co dot uk|EMAIL|tabitha@yahoo.co.uk|tabitha]."),
    ("email", "digits_pair", "My email's [quennell seventy one at aol dot com|EMAIL|quennell71@aol.com|quennell]."),
    ("email", "business", "Orders go to [hello at crumbhorn cheese dot co dot uk"
     "|EMAIL|hello@crumbhorncheese.co.uk|crumbhorn]."),
    ("email", "hyphen_cue_after", "[niamh hyphen kilbane at outlook dot com|EMAIL|niamh-kilbane@outlook.com"
     "|niamh kilbane] is best for the lesson times."),
    ("email", "underscore_digit", "For the scuba paperwork, [deepwater underscore ezra nine at proton dot me"
     "|EMAIL|deepwater_ezra9@proton.me|deepwater ezra]."),
    ("email", "initial_thousand", "Use [t dot adeyinka two thousand three at yahoo dot com"
     "|EMAIL|t.adeyinka2003@yahoo.com|adeyinka]."),
    ("email", "spelled_as_in", "That's [R as in Romeo, U, F, U, S, dot pendlebury at icloud dot com"
     "|EMAIL|rufus.pendlebury@icloud.com|rufus pendlebury]."),
    ("email", "question", "Email address? [ingeborg at ferncombe dot net|EMAIL|ingeborg@ferncombe.net"
     "|ingeborg ferncombe]."),
    ("email", "society", "The astronomy society's secretary is [secretary at dunmere stargazers dot org"
     "|EMAIL|secretary@dunmerestargazers.org|dunmere stargazers]."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing_threes", "Routing number [oh nine five, nine eight one, six four two"
     "|ROUTING_NUMBER|095981642]."),
    ("bank", "routing_double", "The bank's A B A, that's [seven two eight, eight double six, eight five six"
     "|ROUTING_NUMBER|728866856]."),
    ("bank", "routing_cue_after", "[Two three one, two five oh, eight seven eight|ROUTING_NUMBER|231250878], "
     "that's the routing."),
    ("bank", "routing_run", "For the tennis club refund, routing [one one four seven nine one two eight nine"
     "|ROUTING_NUMBER|114791289]."),
    ("bank", "routing_pairs", "Transit number, [thirty, oh five, forty seven, one eleven|ROUTING_NUMBER|300547111]."),
    ("bank", "account_pairs", "Account number [thirty one, oh eight, forty four, seventy two, nineteen"
     "|BANK_ACCOUNT|3108447219]."),
    ("bank", "account_threes_double", "My savings account is [five five two, oh nine one, double seven"
     "|BANK_ACCOUNT|55209177]."),
    ("bank", "account_thousand", "The account's [six thousand four, eighteen, thirty|BANK_ACCOUNT|60041830]."),
    ("bank", "account_cue_after", "[Nine oh two, four four six, one three|BANK_ACCOUNT|90244613] is the business "
     "account for the shop."),
    ("bank", "account_um", "Checking account, [seven one, um, seven one three, oh two, eight eight six"
     "|BANK_ACCOUNT|7171302886]."),
    ("bank", "account_singles_restart", "Account number four... wait, that's the card. [Eight, two, six, oh, nine, "
     "one, five, three|BANK_ACCOUNT|82609153]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "be_pairs", "A Belgian account: [B E fifty two, thirty three fifty two, fifty seven eighteen, twenty "
     "one oh nine|IBAN|BE52 3352 5718 2109]."),
    ("iban", "nl_as_in_triple", "For the Dutch account, [N L sixty two, Q, R, V as in Victor, B, triple seven six, "
     "ninety seven thirty four, sixteen|IBAN|NL62 QRVB 7776 9734 16]."),
    ("iban", "fr_fours", "The French one is [F R seven six, three two three nine, six four nine two, three two two "
     "one, nine eight five nine, eight four eight one, six seven eight"
     "|IBAN|FR76 3239 6492 3221 9859 8481 678]."),
    ("iban", "es_cue_after", "[E S two four, five two five eight, seven nine one oh, five three two eight, double "
     "four two three, three eight nine two|IBAN|ES24 5258 7910 5328 4423 3892], that's my Spanish account."),
    ("iban", "it_letter", "For Italy, [I T thirty four, I seven one four, one six five eight, nine one four seven, "
     "one nine oh three, oh two nine eight, nine seven five|IBAN|IT34 I714 1658 9147 1903 0298 975]."),
    ("iban", "pl_pairs", "My Polish account, [P L sixty one, thirty four ninety eight, oh three fifty two, forty "
     "nine fifty six, twenty four thirty three, oh two fifty six, forty one fifty six"
     "|IBAN|PL61 3498 0352 4956 2433 0256 4156]."),
    ("iban", "ch_question", "Swiss? Yes: [C H seven two, four six one six, four oh four five, eight six three six, "
     "nine five nine two, two|IBAN|CH72 4616 4045 8636 9592 2]."),
    ("iban", "gb_er", "For the refund, [G B seven one, W Z K T, three four seven three, er, three nine four three, "
     "eight seven eight one, eight oh|IBAN|GB71 WZKT 3473 3943 8781 80]."),
    ("iban", "fi_fours", "Finnish account, [F I nine five, five nine six two, four nine eight three, eight one "
     "eight five, five seven|IBAN|FI95 5962 4983 8185 57]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "plain", "The zip there is [seven three one one eight|ZIP|73118]."),
    ("zip", "leading_zero", "Zip code [zero four four seven three|ZIP|04473]."),
    ("zip", "plus_four", "Full zip, [eight six oh oh one, four four one two|ZIP|86001-4412]."),
    ("zip", "cue_after", "[Eight four five three two|ZIP|84532], that's the zip."),
    ("zip", "question_double", "And the zip? [Double one two three one|ZIP|11231]."),
    ("zip", "odd_grouping", "Zip's [five, thirty, seventy|ZIP|53070]."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "ordinal_of", "My date of birth is [the fourteenth of February, nineteen seventy nine"
     "|DATE|14 February 1979]."),
    ("dob", "month_the", "He was born [September the second, nineteen eighty seven|DATE|September 2, 1987]."),
    ("dob", "numbers", "D O B [two, eleven, sixty four|DATE|2/11/64]."),
    ("dob", "us_ohs_thousand", "Birth date, [oh seven, oh three, two thousand one|DATE|07/03/2001]."),
    ("dob", "year_first", "Written the other way round, [nineteen ninety two, twelve, oh eight|DATE|1992-12-08]."),
    ("dob", "ordinal_month", "Born on [the thirtieth of the sixth, seventy three|DATE|30/6/73]."),
    ("dob", "cue_after", "[The first of January, two thousand nine|DATE|1 January 2009] is my son's birthday."),
    ("dob", "hesitant_restart", "She was born in, um, nineteen fifty... [the eighth of May, nineteen fifty six"
     "|DATE|8 May 1956]."),
    ("dob", "question", "Date of birth? [Twenty fourth of October, sixty one|DATE|24 October 61]."),
    ("dob", "two_thousand", "Her birthday is [the twelfth of March, two thousand|DATE|12 March 2000]."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "hundred", "The fencing goes round [forty six hundred Bittersweet Hollow Road"
     "|ADDRESS|4600 Bittersweet Hollow Road|bittersweet hollow]."),
    ("address", "uk_postcode", "Send the frame to [twelve Tansyfield Road, Leominster, H R six, eight P W"
     "|ADDRESS|12 Tansyfield Road, Leominster HR6 8PW|tansyfield leominster]."),
    ("address", "flat_letter", "It's [flat three C, nineteen Moorhen Walk|ADDRESS|Flat 3C, 19 Moorhen Walk"
     "|moorhen]."),
    ("address", "apartment", "Deliver the logs to [two oh seven Wagtail Mews, apartment four"
     "|ADDRESS|207 Wagtail Mews, Apartment 4|wagtail]."),
    ("address", "cottage_postcode", "The thatch is at [Cobnut Cottage, Oxlip Lane, Bideford, E X thirty nine, five "
     "Q H|ADDRESS|Cobnut Cottage, Oxlip Lane, Bideford EX39 5QH|cobnut oxlip bideford]."),
    ("address", "po_box", "Post the entry form to [P O Box eight eight one|ADDRESS|PO Box 881]."),
    ("address", "hundred_and", "The gutters are at [two hundred and sixteen Lapwing Rise|ADDRESS|216 Lapwing Rise"
     "|lapwing]."),
    ("address", "cue_after", "[Thirty one Bramblewick Close|ADDRESS|31 Bramblewick Close|bramblewick] is where the "
     "pilates mats should go."),
    ("address", "alnwick", "My address is [four Nettlecombe Drive, Alnwick, N E sixty six, one R T"
     "|ADDRESS|4 Nettlecombe Drive, Alnwick NE66 1RT|nettlecombe alnwick]."),
    ("address", "question", "Where shall the engineer go? [Ninety nine Hawkweed Row|ADDRESS|99 Hawkweed Row"
     "|hawkweed]."),
    ("address", "farm", "We're at [Scarrowdale Farm, Hindlecote Lane|ADDRESS|Scarrowdale Farm, Hindlecote Lane"
     "|scarrowdale hindlecote], the last gate on the left."),
    ("address", "street_town", "The van is kept behind [eight Quillet Street|ADDRESS|8 Quillet Street|quillet], "
     "in [Whitstable|LOCATION|Whitstable|whitstable]."),
    ("address", "town_only", "I'm driving down from [Oban|LOCATION|Oban|oban] on Friday for the dive course."),
    ("address", "us_town", "We're out near [Flagstaff, Arizona|LOCATION|Flagstaff, Arizona|flagstaff arizona] "
     "most of the year."),
    # --- driver's licences --------------------------------------------------------------------
    ("dl", "uk_licence", "The camper hire needs my licence number, [W Y C K H, eight six one two six three, T M, "
     "nine, Q Z|DRIVER_LICENSE|WYCKH861263TM9QZ]."),
    ("dl", "as_in", "Driver's license [D as in Delta, four four one, seven oh nine, two|DRIVER_LICENSE|D4417092]."),
    ("dl", "two_letters_pairs", "License number [P R, sixty, fifty one, twenty eight|DRIVER_LICENSE|PR605128]."),
    ("dl", "cue_after", "[S, oh one three, eight eight two, six four|DRIVER_LICENSE|S01388264] is on my driver's "
     "license."),
    ("dl", "one_run", "My license is [seven three one oh two eight eight five four|DRIVER_LICENSE|731028854]."),
    ("dl", "nineteen_hundred", "License, [nineteen hundred, forty four, six two|DRIVER_LICENSE|19004462]."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "dive_trip", "For the dive trip to Malta they need my passport, [four one eight, oh seven three, "
     "nine nine two|PASSPORT|418073992]."),
    ("passport", "letter_pairs", "Passport number [E, fifty, seventy seven, twelve, three|PASSPORT|E5077123]."),
    ("passport", "cue_after", "[Six two nine, double oh five, one four eight|PASSPORT|629005148] is the passport "
     "number."),
    ("passport", "for_letters", "Passport, [P for Papa, N for November, three three eight, oh one six, four"
     "|PASSPORT|PN3380164]."),
    ("passport", "hesitant", "It's, er, [five three, er, one one, eight two, seven oh, six|PASSPORT|531182706]."),
    ("passport", "restart", "Passport's one two... no, I'm reading the old one. [Two one five, seven seven nine, "
     "three oh eight|PASSPORT|215779308]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "plan_letters", "Plan I D [K T R, five five one, oh nine, two|HEALTH_PLAN|KTR551092]."),
    ("health", "policy_digits", "My health policy number is [eight one, two two seven, four oh six"
     "|HEALTH_PLAN|81227406]."),
    ("health", "group_double_oh", "Group number [G, four four, double oh, seven one|HEALTH_PLAN|G440071]."),
    ("health", "medicare", "Medicare number [four, T C, one, M, eight two, F Y, six five|HEALTH_PLAN|4TC1M82FY65]."),
    ("health", "cue_after", "[Z N, three oh eight, seven seven one|HEALTH_PLAN|ZN308771] is the member number on "
     "the card."),
    ("health", "massage_insurer", "The sports massage goes on my insurance, member [W H P, two nine one, four "
     "eight, oh|HEALTH_PLAN|WHP291480]."),
    ("health", "question", "Your member I D? [Q, one, six six, two oh, nine|HEALTH_PLAN|Q166209]."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "nhs_threes", "N H S number, it's [nine nine nine, three four one, five oh eight one"
     "|MEDICAL_RECORD|999 341 5081]."),
    ("medical", "nhs_triple_cue_after", "[Triple nine, four two nine, one three eight six"
     "|MEDICAL_RECORD|999 429 1386], that's the N H S number."),
    ("medical", "hospital", "Hospital number [K, seven seven, oh four, three one|MEDICAL_RECORD|K770431]."),
    ("medical", "injury_clinic", "The sports injury clinic has me under record number [S J, four oh, two nine, "
     "eight|MEDICAL_RECORD|SJ40298]."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "national_insurance", "National Insurance number [Q Q, seven two, one eight, five five, C"
     "|ID_NUMBER|QQ721855C]."),
    ("id", "golf_member", "My golf club membership number is [G C, four oh two, one|ID_NUMBER|GC4021]."),
    ("id", "rod_licence", "Rod licence number [one, double oh, four seven, three nine, two|ID_NUMBER|10047392]."),
    ("id", "wool_order", "The order number for the wool is [W L, eight eight three, one oh, six|ID_NUMBER|WL883106]."),
    ("id", "museum_member", "Friends of the museum, member [F M, two one, seven four, three|ID_NUMBER|FM21743]."),
    ("id", "cue_after", "[Four seven seven, oh two, nine one one|ID_NUMBER|47702911] is my chess federation number."),
    ("id", "mot_booking", "The M O T booking reference is [M T, nine, X, two two, five|ID_NUMBER|MT9X225]."),
    ("id", "climbing_member", "Climbing wall membership, [C W, six six, one oh, four|ID_NUMBER|CW66104]."),
    ("id", "repair_ticket", "The repair ticket for the laptop says [R P, thirty one, oh five, seventy"
     "|ID_NUMBER|RP310570]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "golf_call", "Hello, it's [Bathsheba Penwarden|PERSON|Bathsheba Penwarden] about my tee time on Sunday."),
    ("person", "missus_mother", "The lessons are for my mother, [Missus Eustacia Flitcroft|PERSON|Mrs Eustacia "
     "Flitcroft]."),
    ("person", "spelled", "The surname is [Quenby|PERSON|Quenby], [Q, U, E, N, B, Y|PERSON|Quenby|quenby]."),
    ("person", "first_only", "Could you ask [Fintan|PERSON|Fintan] to ring me back about the frame?"),
    ("person", "speaking", "[Dervla Axtell-Ikwuemesi|PERSON|Dervla Axtell-Ikwuemesi] speaking, I've got a lesson at "
     "four."),
    ("person", "doctor", "The referral came from [Doctor Hilarion Stonehewer|PERSON|Dr Hilarion Stonehewer]."),
    ("person", "wife", "The dog belongs to my wife, [Oonagh Scarisbrick|PERSON|Oonagh Scarisbrick]."),
    ("person", "first_spelled", "My first name's [Eulalie, E, U, L, A, L, I, E, Fenwright|PERSON|Eulalie "
     "Fenwright]."),
    ("person", "mister_instructor", "Our instructor was [Mister Cormac Ogunlesi-Fairley|PERSON|Mr Cormac "
     "Ogunlesi-Fairley]."),
    ("person", "surname_only", "Put [Skeffington|PERSON|Skeffington] on the order, they'll know."),
    ("person", "maiden_married", "My licence still says [Marjolein Blaxland|PERSON|Marjolein Blaxland], but I'm "
     "[Marjolein Ruddock|PERSON|Marjolein Ruddock] now."),
    ("person", "as_in_spelled", "It's [Ludmila|PERSON|Ludmila], that's [L as in lemon, U, D, M, I, L, A"
     "|PERSON|Ludmila|ludmila]."),
    ("person", "tutor", "The chess tutor, [Ulrich Brolly|PERSON|Ulrich Brolly], said to call you."),
    ("person", "child", "[Elowen|PERSON|Elowen] is the one in the blue swimming hat."),
    ("person", "rare_surname", "The booking's under [Jacinta Ruatara-Houlihan|PERSON|Jacinta Ruatara-Houlihan], "
     "for two."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv", "[Four nine two eight, two one seven two, eight four oh one, four one double nine"
     "|CREDIT_CARD|4928 2172 8401 4199], expiring [oh eight slash twenty nine|CARD_EXPIRY|08/29], code [five "
     "five one|CVV|551]."),
    ("combo", "name_leeds", "[Alasdair Haverfield|PERSON|Alasdair Haverfield], and I'm on [oh one one "
     "three, four nine six, oh nine oh two|PHONE|0113 496 0902]."),
    ("combo", "email_or_phone", "Email [bramble at hedgepig press dot com|EMAIL|bramble@hedgepigpress.com"
     "|bramble hedgepigpress], or call [two three one, five five five, oh one five two|PHONE|(231) 555-0152]."),
    ("combo", "address_town_zip", "[Seventeen eleven Cottonwood Bend|ADDRESS|1711 Cottonwood Bend|cottonwood], "
     "[Eau Claire, Wisconsin|LOCATION|Eau Claire, Wisconsin|eau claire wisconsin], [five four seven two oh"
     "|ZIP|54720]."),
    ("combo", "name_dob", "The swimmer is [Jory Quilliam|PERSON|Jory Quilliam], born [the sixth of August, "
     "two thousand fourteen|DATE|6 August 2014]."),
    ("combo", "ssn_license", "Social [three nine one, fifty nine, fifty seven fifty nine|SSN|391-59-5759], license "
     "[H L, two eight oh, one four six|DRIVER_LICENSE|HL280146]."),
    ("combo", "routing_account", "Routing [one two five, three eight nine, eight nine seven"
     "|ROUTING_NUMBER|125389897], account [four four, one oh, seven two, six six, one|BANK_ACCOUNT|441072661]."),
    ("combo", "name_passport", "[Berenike Adebanjo|PERSON|Berenike Adebanjo], passport number [five oh eight, "
     "two six one, seven seven three|PASSPORT|508261773]."),
    ("combo", "nhs_dob", "N H S number [nine nine nine, five two seven, oh four seven one"
     "|MEDICAL_RECORD|999 527 0471], date of birth [nineteenth of June, nineteen forty eight|DATE|19 June 1948]."),
    ("combo", "mc_odd_pairs_expiry", "[Fifty three eighty six, fifty, sixteen, oh four, thirty one, eighty six, "
     "thirty four|CREDIT_CARD|5386 5016 0431 8634], expiring [January twenty thirty three|CARD_EXPIRY|January 2033], code "
     "[eight oh two|CVV|802]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "golf_handicap", "My handicap's down to fourteen and I went round in eighty six on Saturday."),
    ("none", "swim_lengths", "She can swim twenty five metres now, four lengths without stopping."),
    ("none", "farrier_shoes", "The mare needs four new shoes, and the farrier comes every six weeks."),
    ("none", "guitar_setup", "It's a twelve-string, set up with ten gauge strings and the action lowered by half a "
     "millimetre."),
    ("none", "bookbinding", "Three hundred and twenty pages, quarter bound in green cloth, forty five pounds."),
    ("none", "pilates_class", "The class is fifty five minutes and there are twelve reformers."),
    ("none", "sign_size", "The sign is two metres by sixty centimetres, gold leaf on dark blue."),
    ("none", "garden_centre", "Eighteen bags of compost and three bay trees, delivered Thursday between nine and "
     "one."),
    ("none", "angling_catch", "I had a bream of six pounds four ounces from peg twenty three."),
    ("none", "archery_round", "Beginners shoot at eighteen metres, and the full round is seventy two arrows."),
    ("none", "thatch_years", "A water reed roof lasts about forty years, and the ridge about twelve."),
    ("none", "print_order", "Five hundred business cards, three hundred and fifty gsm, matt finish."),
    ("none", "cheese_names", "The box has a Stinking Bishop, a Wensleydale and a Cornish Yarg."),
    ("none", "camper_fuel", "It does about thirty one miles to the gallon and the tank holds seventy litres."),
    ("none", "fence_panels", "Fourteen panels, six foot by five, with concrete posts every one point eight metres."),
    ("none", "dance_grade", "She passed grade four ballet with a merit, eighty one marks."),
    ("none", "tailor_hem", "Take the hem up two inches and the waist in by one and a half."),
    ("none", "dive_depth", "The second dive went to eighteen metres for forty two minutes."),
    ("none", "logs_price", "A builder's bag of kiln-dried ash is ninety five, or two for one eighty."),
    ("none", "wool_shade", "Six balls of the double knit in the shade called Rowan Berry, dye lot three one four."),
    ("none", "climbing_grades", "The new routes go from grade five to seven, on the forty foot wall."),
    ("none", "aquarium", "The tank is two hundred and forty litres, with eight neon tetras and a catfish."),
    ("none", "framer_size", "Mount it with a two inch border, so the frame is sixteen by twenty."),
    ("none", "laptop_model", "It's the fifteen inch one with sixteen gigs of memory, about four years old."),
    ("none", "surf_tide", "Low tide is at ten past eleven, so the lesson starts at half nine."),
    ("none", "chess_rating", "His rating went from fourteen fifty to fifteen twenty over the season."),
    ("none", "mot_mileage", "The car's done sixty two thousand miles and the M O T runs out on the ninth."),
    ("none", "star_names", "Tonight you can see Jupiter, Saturn and the Pleiades, from about ten."),
    ("none", "account_cue_only", "I'll read you the account number once I've found the statement."),
    ("none", "card_cue_only", "The card number's in the email they sent, I'll look it up."),
    ("none", "tennis_court", "Court three is booked from six to half seven, and balls are two pounds a tube."),
]

# (stem, turns); a turn is (channel, marked-up text). A value the caller says in pieces across
# turns has one item per piece (each piece must not leak on its own); WHOLE gives the full value
# the caller's pieces of a kind make, in order, and is checked like an utterance item. An item on
# an agent turn is a read-back of a value (checked on its own, never a piece). Callers mostly
# answer without a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("golf_club_name_phone_pieces", [
        (AGENT, "Golf club office, who's speaking?"),
        (CALLER, "[Fergal Coldwell|PERSON|Fergal Coldwell], I'm after a four-ball on Saturday."),
        (AGENT, "What number can the pro shop reach you on?"),
        (CALLER, "[Oh one one six|PHONE|0116]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[four nine six|PHONE|496]"),
        (AGENT, "Yep."),
        (CALLER, "[oh five seven one|PHONE|0571]."),
    ]),
    ("swimming_card_four_pieces_expiry_cvv", [
        (AGENT, "Swimming lessons. This term is ninety six pounds. Card number when you're ready."),
        (CALLER, "[Four one nine three|CREDIT_CARD|4193]"),
        (AGENT, "Okay."),
        (CALLER, "[three three seven three|CREDIT_CARD|3373]"),
        (AGENT, "Go on."),
        (CALLER, "[five six three one|CREDIT_CARD|5631]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[seven one two eight|CREDIT_CARD|7128]."),
        (AGENT, "Expiry?"),
        (CALLER, "[Oh five, twenty nine|CARD_EXPIRY|05/29]."),
        (AGENT, "And the security code."),
        (CALLER, "[Three oh eight|CVV|308]."),
    ]),
    ("farrier_address_postcode_readback", [
        (AGENT, "Farrier bookings. Where's the horse kept?"),
        (CALLER, "[Fallowmere Paddocks, Swallowtail Lane|ADDRESS|Fallowmere Paddocks, Swallowtail Lane"
         "|fallowmere swallowtail], just outside [Kirkby Stephen|LOCATION|Kirkby Stephen|kirkby stephen]."),
        (AGENT, "Postcode?"),
        (CALLER, "[C A seventeen, four J U|ADDRESS|CA17 4JU]."),
        (AGENT, "So [C A seventeen, four J U|ADDRESS|CA17 4JU]. He'll be with you on Tuesday."),
        (CALLER, "Lovely, thanks."),
    ]),
    ("guitar_repair_email_phone_pieces", [
        (AGENT, "Guitar repairs. What's the best email for the quote?"),
        (CALLER, "[c, a, s, s, i, a, n, dot rook at gmail dot com|EMAIL|cassian.rook@gmail.com|cassian rook]."),
        (AGENT, "And a phone number?"),
        (CALLER, "[Nine one nine|PHONE|919]"),
        (AGENT, "Okay."),
        (CALLER, "[five five five|PHONE|555]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh one seven two|PHONE|0172]."),
        (AGENT, "Thanks. It'll be ready in about ten days."),
        (CALLER, "No rush."),
    ]),
    ("computer_repair_ssn_three_pieces_dob", [
        (AGENT, "For the interest-free finance on the laptop I need your social security number."),
        (CALLER, "[Five seven six|SSN|576]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[ninety|SSN|90]"),
        (AGENT, "Right."),
        (CALLER, "[nine seven two five|SSN|9725]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[March the third, nineteen ninety|DATE|March 3, 1990]."),
    ]),
    ("tennis_club_routing_pieces_account", [
        (AGENT, "Tennis club, coaching payroll. What's the routing number for your deposit?"),
        (CALLER, "[Three two four|ROUTING_NUMBER|324]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[five two four|ROUTING_NUMBER|524]"),
        (AGENT, "Yep."),
        (CALLER, "[five nine two|ROUTING_NUMBER|592]."),
        (AGENT, "And the account number?"),
        (CALLER, "[Six six, oh four, one eight, two seven|BANK_ACCOUNT|66041827]."),
    ]),
    ("scuba_name_passport_pieces_readback", [
        (AGENT, "For the liveaboard in Egypt we need passport details. Your full name?"),
        (CALLER, "[Aldric Mulcaster|PERSON|Aldric Mulcaster]."),
        (AGENT, "And the passport number?"),
        (CALLER, "[Seven seven two|PASSPORT|772]"),
        (AGENT, "Okay."),
        (CALLER, "[oh four one|PASSPORT|041]"),
        (AGENT, "Go on."),
        (CALLER, "[six nine eight|PASSPORT|698]."),
        (AGENT, "Let me read that back: [seven seven two, oh four one, six nine eight|PASSPORT|772041698]."),
        (CALLER, "That's it."),
    ]),
    ("sports_massage_plan_pieces_dob", [
        (AGENT, "Are you claiming the massage on insurance? Member number, please."),
        (CALLER, "[H X, seven|HEALTH_PLAN|HX7]"),
        (AGENT, "Okay."),
        (CALLER, "[one two, oh nine, four|HEALTH_PLAN|12094]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[Twenty second, eleven, sixty nine|DATE|22/11/69]."),
    ]),
    ("climbing_wall_mobile_pieces_readback", [
        (AGENT, "Climbing wall. What's a mobile number for the induction reminder?"),
        (CALLER, "[Oh seven seven oh oh|PHONE|07700]"),
        (AGENT, "Yep."),
        (CALLER, "[nine oh oh|PHONE|900]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[three nine seven|PHONE|397]."),
        (AGENT, "That's [oh seven seven oh oh, nine oh oh, three nine seven|PHONE|07700 900397]?"),
        (CALLER, "Yes."),
    ]),
    ("dog_walker_names_town", [
        (AGENT, "Dog walking, how can I help?"),
        (CALLER, "I'm ringing for my neighbour, [Cordelia Waterhouse-Ezeoke|PERSON|Cordelia Waterhouse-Ezeoke], "
         "she's had a fall."),
        (AGENT, "Oh dear. And your name?"),
        (CALLER, "[Hamish Tregarthen|PERSON|Hamish Tregarthen]. We're both in [Saltaire|LOCATION|Saltaire"
         "|saltaire]."),
        (AGENT, "We can take the spaniel every morning at eight."),
        (CALLER, "That would be a great help."),
    ]),
    ("language_school_iban_pieces", [
        (AGENT, "The language school refunds by bank transfer. What's your I B A N?"),
        (CALLER, "It's Irish. [I E seven nine, H Q M Z|IBAN|IE79 HQMZ]"),
        (AGENT, "Right."),
        (CALLER, "[four four six four, oh six two one|IBAN|4464 0621]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[nine one two two, eight two|IBAN|9122 82]."),
    ]),
    ("surf_school_card_cvv_readback", [
        (AGENT, "The weekend course is two hundred and ten. Card number?"),
        (CALLER, "[Five five three six, one five oh nine, two seven two oh, four one three six"
         "|CREDIT_CARD|5536 1509 2720 4136]."),
        (AGENT, "Expiry date?"),
        (CALLER, "[Ten, thirty|CARD_EXPIRY|10/30]."),
        (AGENT, "And the three digits from the back of the card?"),
        (CALLER, "[Seven seven nine|CVV|779]."),
        (AGENT, "[Seven seven nine|CVV|779], got it. Wetsuits are included."),
        (CALLER, "Great."),
    ]),
    ("gutter_cleaning_address_zip", [
        (AGENT, "Gutter cleaning, what's the address?"),
        (CALLER, "[Fifty two oh eight Persimmon Gulch Drive|ADDRESS|5208 Persimmon Gulch Drive|persimmon gulch]."),
        (AGENT, "And the zip code?"),
        (CALLER, "[Six three one two two|ZIP|63122]."),
        (AGENT, "Is it two storeys or one?"),
        (CALLER, "Two, with a conservatory at the back."),
    ]),
    ("mot_garage_phone_pieces_readback", [
        (AGENT, "M O T bookings. What number shall we call when it's done?"),
        (CALLER, "[Oh one six one|PHONE|0161]"),
        (AGENT, "Okay."),
        (CALLER, "[four nine six|PHONE|496]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[oh eight two eight|PHONE|0828]."),
        (AGENT, "So that's [oh one six one, four nine six, oh eight two eight|PHONE|0161 496 0828]."),
        (CALLER, "Yes, that's the house."),
    ]),
    ("astronomy_society_dob_email_member", [
        (AGENT, "Astronomy society renewals. Your date of birth?"),
        (CALLER, "[Fifth of the ninth, eighty eight|DATE|5/9/88]."),
        (AGENT, "And the email on your membership?"),
        (CALLER, "[orion underscore tamsworth at hotmail dot co dot uk|EMAIL|orion_tamsworth@hotmail.co.uk"
         "|orion tamsworth]."),
        (AGENT, "And the membership number?"),
        (CALLER, "[A S, seven oh, one one, four|ID_NUMBER|AS70114]."),
    ]),
    ("picture_framer_name_routing_account_pieces", [
        (AGENT, "For your commission payout, whose name is the account in?"),
        (CALLER, "[Gwendolen Vanstone|PERSON|Gwendolen Vanstone]."),
        (AGENT, "Routing number?"),
        (CALLER, "[Six one one, one two eight, four nine four|ROUTING_NUMBER|611128494]."),
        (AGENT, "And the account?"),
        (CALLER, "[Three oh, seven seven|BANK_ACCOUNT|3077]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[two one, five eight, nine|BANK_ACCOUNT|21589]."),
    ]),
    ("cheese_club_amex_pieces_cvv", [
        (AGENT, "Cheese club subscription. Which card are you using?"),
        (CALLER, "Amex. [Three four three five|CREDIT_CARD|3435]"),
        (AGENT, "Okay."),
        (CALLER, "[eight four oh five, six oh|CREDIT_CARD|8405 60]"),
        (AGENT, "Go on."),
        (CALLER, "[five two oh, seven eight|CREDIT_CARD|520 78]."),
        (AGENT, "And the four digits on the front?"),
        (CALLER, "[Four four one two|CVV|4412]."),
    ]),
    ("archery_range_license_pieces_zip", [
        (AGENT, "For the range waiver we need a driver's license number."),
        (CALLER, "[M, two two|DRIVER_LICENSE|M22]"),
        (AGENT, "Yep."),
        (CALLER, "[oh nine, seven one|DRIVER_LICENSE|0971]"),
        (AGENT, "Go on."),
        (CALLER, "[eight, three four|DRIVER_LICENSE|834]."),
        (AGENT, "And the zip code?"),
        (CALLER, "[Two seven five one six|ZIP|27516]."),
    ]),
    ("chess_club_ni_pieces_dob", [
        (AGENT, "For the coaching payments I need your National Insurance number."),
        (CALLER, "[Q Q, four six|ID_NUMBER|QQ46]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[three one|ID_NUMBER|31]"),
        (AGENT, "Okay."),
        (CALLER, "[nine oh, A|ID_NUMBER|90A]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[Seventh of December, nineteen seventy|DATE|7 December 1970]."),
    ]),
    ("museum_name_spelled_email", [
        (AGENT, "Friends of the museum, renewals. What name is the membership under?"),
        (CALLER, "[Ambrose Kilbride|PERSON|Ambrose Kilbride]. That's [K, I, L, B, R, I, D, E|PERSON|Kilbride"
         "|kilbride]."),
        (AGENT, "And an email for the newsletter?"),
        (CALLER, "[ambrose dot k at zoho dot com|EMAIL|ambrose.k@zoho.com|ambrose]."),
        (AGENT, "Thank you, the new card will come in the post."),
        (CALLER, "Wonderful."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "golf_club_name_phone_pieces": {"PHONE": "0116 496 0571"},
    "swimming_card_four_pieces_expiry_cvv": {"CREDIT_CARD": "4193 3373 5631 7128"},
    "guitar_repair_email_phone_pieces": {"PHONE": "(919) 555-0172"},
    "computer_repair_ssn_three_pieces_dob": {"SSN": "576-90-9725"},
    "tennis_club_routing_pieces_account": {"ROUTING_NUMBER": "324524592"},
    "scuba_name_passport_pieces_readback": {"PASSPORT": "772041698"},
    "sports_massage_plan_pieces_dob": {"HEALTH_PLAN": "HX712094"},
    "climbing_wall_mobile_pieces_readback": {"PHONE": "07700 900397"},
    "language_school_iban_pieces": {"IBAN": "IE79 HQMZ 4464 0621 9122 82"},
    "mot_garage_phone_pieces_readback": {"PHONE": "0161 496 0828"},
    "picture_framer_name_routing_account_pieces": {"BANK_ACCOUNT": "307721589"},
    "cheese_club_amex_pieces_cvv": {"CREDIT_CARD": "3435 840560 52078"},
    "archery_range_license_pieces_zip": {"DRIVER_LICENSE": "M220971834"},
    "chess_club_ni_pieces_dob": {"ID_NUMBER": "QQ463190A"},
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
