"""The round-twelve held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written before any rule was tuned on round eleven (scripts/heldout11_set.py), when round eleven
was about to be handed to the rules, by a hand that did not read the detection rules (nor any
transcript or result of an earlier round; earlier rounds' texts only read to learn the markup and
to stay clear of their sentences and values), so that a set no rule has seen exists again. New
sentences, names, streets, towns and values (each checked against rounds two to eleven, the other
scripts' texts and samples/, six-word phrases included, bar the digit runs every fictional phone
range shares), in domains no earlier round had (karting track, bell ringers, narrowboat hire,
glassblowing, stonemason, cider press, bridge club, rowing club, velodrome, orienteering,
woodturning, knife sharpener, dry stone walling, donkey sanctuary, brewery tours, harp hire,
recording studio, calligraphy, mushroom foraging, hens, watch repair, trophy engraving, mobility
scooter hire, trampoline park, family history society, village hall, car charger installer, phone
screen repair, snooker club, minicab account, fancy dress hire, marquee hire, alpaca trekking,
steam railway, wedding cars, lighthouse tours, sign language course, osteopath, curling rink,
fracture clinic), in spoken shapes no earlier round had: a value corrected midway ("four one, no,
four seven six"; an SSN, a mobile, a passport and a date said again after a wrong start; a card's
third group and a UK number's last group across call turns; the wrong start is always said outside
the item), "hundred and" in a routing number, a hospital number, a plan ID, a membership number
and a year ("nineteen hundred and forty one"), "thousand" in a card group ("four thousand"), an
account ("nine thousand") and a licence ("two thousand nineteen"), a round "three hundred" CVV,
"double" and "triple" in new places (an area code "oh double one three", "plus double four", a
card with a double in every group, "triple two four" at a card's start, a triple across an SSN's
groups, "triple eight" as a whole CVV, a zip starting "double oh", an email user "ysella double
seven", "seven seven double oh, double oh four six" in an IBAN), a card read in fours with "erm"
between every group, with "let me see" once, or ending "and three five two eight", an Amex in
4-3-3-5, a card as eight pairs, "eighteen hundred" in an IBAN, an SSN said with "dash", "and
then", "um" between groups, and as "five twenty eight, sixteen, twenty thirty three", letters "as
in" or "for" a new word (Juliet, Lima, Queen, zebra, George, yacht, X-ray, sugar, yellow, Bertie,
Percy), postcodes read letter by letter and with "S as in sugar", dates as "June fifteen",
"fifteen May", "twelve twelve sixty", "oh five oh three seventy seven", "twenty oh six", "nineteen
oh nine", "Tuesday the fourth of June", "the twenty ninth of February", expiry dates as "seven of
thirty two", "oh three dash twenty seven", "twenty twenty seven, August", "oh four of two thousand
thirty one", "the end of February, twenty thirty two", emails with "dot org dot uk", "dot ac dot
uk", "dot com dot au", "dot ie", "dash", a hyphenated domain, digits first ("fifty seven
ferrets"), phones with "plus sixty one" and a "double five" in them, "oh seven hundred", "oh six
hundred", "forty nine sixty", "fifty five fifty, one sixty", "zero" for every nought, an extension
said after the number, and names with "Reverend", "Professor", "Mr and Mrs", a particle ("van
der"), "hyphen" said aloud, a nickname and a name at birth. Utterances without PII carry ordinary
numbers (lap times, bell weights, locks, temperatures, bridge scores, rowing splits, track
lengths, harp strings, hours, prices, steps) and name-like words that are not PII (bell-ringing
methods with "Triples" and "Doubles" in them, cider apples, hops, hen breeds, donkey and alpaca
names), or a cue word with no value after it, to measure over-redaction.

Calls: callers answer the agent's questions, mostly with a bare value and no cue of their own;
fourteen calls give a value in pieces across turns, with the agent's backchannel ("okay",
"mm-hm", "right", "go on", "uh-huh", "yep") between the pieces, two of them with a piece
corrected midway; in five the agent reads a value back to confirm it (an email, a passport, a
mobile, an expiry date, a UK number), an item on the agent's channel (as in rounds nine to
eleven; AGENT_ITEMS).

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 12`) only; the audio goes
to target/heldout12/ and is never committed. Once anyone tunes hush on these sentences or on
what Whisper writes for them, they stop being held out: write a round thirteen.

All values are fictional: NANP phones in 555-01xx (one toll-free, one in international form, one
seven-digit local), UK numbers in Ofcom's drama ranges, Australian ones in ACMA's 02 5550 drama
range, Luhn-valid cards, ABA-checksummed routing numbers, mod-97-valid IBANs of the right length
with valid national check digits where the checks know them (BE, NL, FR, ES, NO, FI; IT with a
valid CIN letter; DE, AT and GB have none the checks know), made-up bank codes, valid-format
SSNs, NHS numbers in the 999 range kept for tests (mod-11 valid), National Insurance numbers
with the QQ prefix HMRC keeps for examples. `python3 scripts/heldout12_set.py` checks them
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

# (category, style, marked-up text); ids are heldout12_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "karting_fours_erm", "For the karting party, [four seven one six, erm, two oh nine three, erm, five "
     "five eight one, erm, two four oh nine|CREDIT_CARD|4716 2093 5581 2409]."),
    ("card", "woodturning_four_thousand", "The woodturning course is on [four thousand, sixty one twenty, thirty "
     "eight forty five, ninety one seventy two|CREDIT_CARD|4000 6120 3845 9172]."),
    ("card", "harp_double_each_group", "For the harp rental, [five four double five, oh two double six, one eight "
     "nine three, oh four double seven|CREDIT_CARD|5455 0266 1893 0477]."),
    ("card", "calligraphy_two_series_pairs", "Calligraphy class, I'll pay with [twenty two twenty nine, eighty three "
     "sixty one, seventy four forty, fifty nine eighteen|CREDIT_CARD|2229 8361 7440 5918]."),
    ("card", "cider_amex_split_six", "The cider press hire can go on my Amex, [three seven four two, eight six "
     "one, one five nine, oh four three seven oh|CREDIT_CARD|3742 861159 04370]."),
    ("card", "stonemason_amex_pairs", "For the stonemason's deposit, [thirty four sixty six, eighteen seventy, "
     "ninety three, fifty two, four sixty four|CREDIT_CARD|3466 187093 52464]."),
    ("card", "rowing_eight_pairs", "Take the regatta entry from [forty four, seventy six, oh eight, twenty one, "
     "thirty three, fifty nine, oh six, twenty five|CREDIT_CARD|4476 0821 3359 0625]."),
    ("card", "minicab_and_last", "Put the minicab account on [four four three nine, seven five two six, oh eight "
     "one oh, and three five two eight|CREDIT_CARD|4439 7526 0810 3528]."),
    ("card", "glassblowing_start_again", "It's five two one eight, four four nine seven, oh three... hang on, I'll "
     "start again. [Five two one eight, four four nine seven, oh three one six, two two five one"
     "|CREDIT_CARD|5218 4497 0316 2251]."),
    ("card", "trophy_let_me_see", "For the engraving, [four one one eight, let me see, three five oh two, six six "
     "four eight, seven one two three|CREDIT_CARD|4118 3502 6648 7123]."),
    ("card", "foraging_threes_four", "The mushroom walk is [four five oh, three one two, oh nine seven, seven three "
     "six, four five one two|CREDIT_CARD|4503 1209 7736 4512]."),
    ("card", "velodrome_teens_oh", "Track day fee on [fifty three fifty nine, fourteen oh eight, oh two seventy, "
     "sixty six eighty nine|CREDIT_CARD|5359 1408 0270 6689]."),
    ("card", "fancy_dress_cue_after", "[Four five five one, two nine eight four, six oh three seven, seven one two "
     "five|CREDIT_CARD|4551 2984 6037 7125] is the card for the costume deposit."),
    ("card", "ev_charger_triple_start", "The charger installer wants [triple two four, three oh seven one, sixty "
     "six forty eight, twenty fifty four|CREDIT_CARD|2224 3071 6648 2054]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "corrected_midway", "On the back it says four one, no, [four seven six|CVV|476]."),
    ("cvv", "triple", "It's [triple eight|CVV|888], believe it or not."),
    ("cvv", "amex_double_oh", "It's an Amex, so the code on the front, [double oh six one|CVV|0061]."),
    ("cvv", "single_then_tens", "The security code's just [nine ninety|CVV|990]."),
    ("cvv", "oh_then_tens", "Three digits, [oh fifty six|CVV|056]."),
    ("cvv", "cue_after_signed", "[Five two seven|CVV|527], next to where I signed it."),
    ("cvv", "cvc_commas", "C V C, [one, eight, two|CVV|182]."),
    ("cvv", "round_hundred", "It's [three hundred|CVV|300] exactly, easy to remember."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "month_of_year", "It expires [seven of thirty two|CARD_EXPIRY|7/32]."),
    ("expiry", "end_of_month", "Good until [the end of February, twenty thirty two|CARD_EXPIRY|February 2032]."),
    ("expiry", "dash", "Expiry is [oh three dash twenty seven|CARD_EXPIRY|03/27]."),
    ("expiry", "year_then_month", "It runs out [twenty twenty seven, August|CARD_EXPIRY|August 2027], I think."),
    ("expiry", "numbers_then_month", "Valid to [twelve, twenty nine|CARD_EXPIRY|12/29], so December."),
    ("expiry", "of_thousand", "The expiry reads [oh four of two thousand thirty one|CARD_EXPIRY|04/2031]."),
    ("expiry", "question", "Expiry date? [Nine, thirty one|CARD_EXPIRY|9/31]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "corrected_midway", "It's three oh eight, four one, no, [three oh eight, four seven, two nine six one"
     "|SSN|308-47-2961]."),
    ("ssn", "double_area", "Social security, [two double seven, oh three, eight one six two|SSN|277-03-8162]."),
    ("ssn", "tens_pairs", "My social is [five twenty eight, sixteen, twenty thirty three|SSN|528-16-2033]."),
    ("ssn", "scooter_cue_after", "[Four six one, two two, seven oh eight nine|SSN|461-22-7089] is my social, for "
     "the scooter finance."),
    ("ssn", "last_four_tens", "I only know the end of my social, [oh eight, sixty|SSN|0860]."),
    ("ssn", "dashes_said", "S S N [one four seven dash six two dash nine nine three oh|SSN|147-62-9930]."),
    ("ssn", "triple_across_groups", "For the marquee company's payroll, social, [seven triple two, six, oh five "
     "one four|SSN|722-26-0514]."),
    ("ssn", "and_then", "My wife's social is [three one six, and then fifty, and then eighteen twelve"
     "|SSN|316-50-1812]."),
    ("ssn", "um_between", "It's [two three nine, um, eighty one, um, four four five two|SSN|239-81-4452]."),
    ("ssn", "zero_start", "Social security number [zero four one, zero nine, six two eight seven|SSN|041-09-6287]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "plus_double_four_london", "From abroad it's [plus double four, two oh, seven nine four six, oh three "
     "double one|PHONE|+44 20 7946 0311]."),
    ("phone", "plus44_mobile_double_oh", "My mobile from overseas is [plus four four, seven seven double oh, nine "
     "double oh, seven one five|PHONE|+44 7700 900715]."),
    ("phone", "mobile_corrected", "It's oh seven seven double oh, nine double oh, four one... no, [oh seven seven "
     "oh oh, nine oh oh, four seven two|PHONE|07700 900472]."),
    ("phone", "leeds_double_one", "The bell foundry in Leeds is [oh double one three, four nine six, oh five eight "
     "two|PHONE|0113 496 0582]."),
    ("phone", "manchester_seven_hundred", "Ring the studio on [oh one six one, four nine six, oh seven hundred"
     "|PHONE|0161 496 0700]."),
    ("phone", "birmingham_pairs_end", "The screen repair shop is [oh one two one, four nine six, oh four, seventy"
     "|PHONE|0121 496 0470]."),
    ("phone", "liverpool_triple", "For the lighthouse tours, [oh one five one, four nine six, oh triple "
     "eight|PHONE|0151 496 0888]."),
    ("phone", "sheffield_cue_after", "[Oh one one four, four nine six, oh two six nine|PHONE|0114 496 0269] is the "
     "knife sharpener."),
    ("phone", "nottingham_odd_pairs", "Nottingham number, [oh one one five, forty nine sixty, oh nine three"
     "|PHONE|0115 496 0093]."),
    ("phone", "glasgow_zero", "The curling rink is [zero one four one, four nine six, zero five five zero"
     "|PHONE|0141 496 0550]."),
    ("phone", "newcastle_double_oh_end", "The wall-building course is run from [oh one nine one, four nine eight, "
     "oh two double oh|PHONE|0191 498 0200]."),
    ("phone", "au_national", "My cousin in Sydney, [oh two, five five five oh, three one eight six"
     "|PHONE|(02) 5550 3186]."),
    ("phone", "au_plus_double_five", "The alpaca farm in Australia is [plus sixty one, two, five double five oh, "
     "two nine four seven|PHONE|+61 2 5550 2947]."),
    ("phone", "toll_free", "The scooter hire's free phone line is [eight seven seven, five five five, oh one three "
     "one|PHONE|(877) 555-0131]."),
    ("phone", "odd_grouping_us", "Call me on [five oh three, fifty five fifty, one sixty|PHONE|(503) 555-0160]."),
    ("phone", "seven_digit_extension", "Dial [five five five, oh one five three|PHONE|555-0153] and ask for "
     "extension twelve."),
    ("phone", "plus_one_alaska", "From the UK you'd dial [plus one, nine oh seven, five five five, oh one three "
     "eight|PHONE|+1 907-555-0138]."),
    ("phone", "area_code_then", "Area code [three oh seven, then five five five, oh one nine four"
     "|PHONE|(307) 555-0194]."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "org_uk", "Write to [tower captain at hollinbank ringers dot org dot uk"
     "|EMAIL|towercaptain@hollinbankringers.org.uk|hollinbank ringers]."),
    ("email", "ac_uk", "It's [p dot ruddiforth at gorsebrook dot ac dot uk"
     "|EMAIL|p.ruddiforth@gorsebrook.ac.uk|ruddiforth gorsebrook]."),
    ("email", "double_digit_user", "Send the receipt to [ysella double seven at hotmail dot com"
     "|EMAIL|ysella77@hotmail.com|ysella]."),
    ("email", "hyphen_domain", "Bookings go to [info at tor hyphen view glass dot com|EMAIL|info@tor-viewglass.com"
     "|viewglass]."),
    ("email", "com_au", "My sister's is [wattle dot station at bigpond dot com dot au"
     "|EMAIL|wattle.station@bigpond.com.au|wattle station]."),
    ("email", "digits_first", "My email is [fifty seven ferrets at outlook dot com|EMAIL|57ferrets@outlook.com"
     "|ferrets]."),
    ("email", "spelled_as_in", "That's [J as in Juliet, O, S, S, at fernhallow dot net|EMAIL|joss@fernhallow.net"
     "|joss fernhallow]."),
    ("email", "dot_ie", "For the boat trip, [niall at lough derg boats dot ie|EMAIL|niall@loughdergboats.ie"
     "|niall loughdergboats]."),
    ("email", "lower_case_after", "It's [alberic dot fenn at mailbox dot org|EMAIL|alberic.fenn@mailbox.org"
     "|alberic fenn], all lower case."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing_threes_oh", "Routing number [oh two seven, one one eight, three eight six"
     "|ROUTING_NUMBER|027118386]."),
    ("bank", "routing_hundred_and", "The routing's [three hundred and nineteen, oh nine, two five six three"
     "|ROUTING_NUMBER|319092563]."),
    ("bank", "routing_double_end", "A B A number, [oh six three, three nine one, oh double four"
     "|ROUTING_NUMBER|063391044]."),
    ("bank", "routing_cue_after", "[Two six three, nine double oh, one four one|ROUTING_NUMBER|263900141], that's "
     "the routing on the cheque."),
    ("bank", "routing_pairs", "For the rowing club, routing [twelve, twenty, eighty eight, fifty one, five"
     "|ROUTING_NUMBER|122088515]."),
    ("bank", "account_pairs_double_oh", "Account number [four two, double oh, seven, eighty eight, fifteen"
     "|BANK_ACCOUNT|420078815]."),
    ("bank", "account_thousand", "The account is [nine thousand, four fifty, twelve|BANK_ACCOUNT|900045012]."),
    ("bank", "account_sort_code_mixup", "Account number six one seven, no, that's the sort code. [Three eight two, "
     "six one seven, oh four, nine|BANK_ACCOUNT|382617049]."),
    ("bank", "account_cue_after", "[Seven seven oh one, four three, six six two|BANK_ACCOUNT|770143662] is the "
     "joint account."),
    ("bank", "account_singles", "Checking, [one, nine, four, four, oh, two, eight, five|BANK_ACCOUNT|19440285]."),
    ("bank", "account_savings_double", "Pay it into my savings, [double five, thirty one, oh eight, sixty seven"
     "|BANK_ACCOUNT|55310867]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "de_double_oh", "My German account: [D E forty six, seven three four five, two one oh eight, double "
     "oh six seven, two one nine three, five four|IBAN|DE46 7345 2108 0067 2193 54]."),
    ("iban", "at_and_last", "The Austrian one is [A T two six, one nine four three, eight oh five five, one two "
     "seven six, and four oh nine seven|IBAN|AT26 1943 8055 1276 4097]."),
    ("iban", "no_short", "Norwegian accounts are short: [N O four eight, six oh four one, three eight eight two, "
     "oh seven one|IBAN|NO48 6041 3882 071]."),
    ("iban", "be_zero_doubles", "For the Belgian transfer, [B E zero four, four one eight two, oh double six three, "
     "seven double three one|IBAN|BE04 4182 0663 7331]."),
    ("iban", "fr_pairs_hundred", "French account, [F R seventy six, seventeen sixty two, ninety forty three, "
     "eighteen hundred, fifty five twenty seven, thirty one sixty nine, oh sixty five"
     "|IBAN|FR76 1762 9043 1800 5527 3169 065]."),
    ("iban", "es_cue_after", "[E S four six, two oh nine four, three one six one, three oh double four, one eight "
     "seven nine, oh three five two|IBAN|ES46 2094 3161 3044 1879 0352] is the harp maker's account."),
    ("iban", "it_as_in_doubles", "For Italy, [I T seventy three, L as in Lima, oh eight six, three two one four, "
     "seven seven double oh, double oh four six, two eight one three, oh nine four"
     "|IBAN|IT73 L086 3214 7700 0046 2813 094]."),
    ("iban", "gb_as_in_pairs", "The refund goes to [G B forty four, W, Q as in Queen, R, B, sixty seventy one, "
     "thirty three twenty eight, forty five nineteen, oh six|IBAN|GB44 WQRB 6071 3328 4519 06]."),
    ("iban", "fi_pairs", "Finnish, [F I ninety three, thirty eight oh one, seventy sixty five, fifty two twenty "
     "nine, forty eight|IBAN|FI93 3801 7065 5229 48]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "double_oh_start", "The zip is [double oh six, one four|ZIP|00614]."),
    ("zip", "three_then_teen", "Zip code [five nine seven, eighteen|ZIP|59718]."),
    ("zip", "plus_four_dash", "Full zip, [eight seven five seven one, dash, twenty two oh six|ZIP|87571-2206]."),
    ("zip", "cue_after", "[Two eight eight oh four|ZIP|28804] is the zip at the recording studio."),
    ("zip", "triple_start", "And the zip? [Triple three, one two|ZIP|33312]."),
    ("zip", "zero_pairs", "It's [zero four, six oh, nine|ZIP|04609]."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "month_cardinal", "My date of birth is [June fifteen, nineteen eighty seven|DATE|June 15, 1987]."),
    ("dob", "twenty_oh_year", "He was born [the ninth of March, twenty oh six|DATE|9 March 2006]."),
    ("dob", "day_month_no_of", "Date of birth, [fifteen May, nineteen ninety|DATE|15 May 1990]."),
    ("dob", "run_no_pauses", "D O B [twelve twelve sixty|DATE|12/12/60]."),
    ("dob", "month_the_thousand", "She was born [August the twenty third, two thousand eleven"
     "|DATE|August 23, 2011]."),
    ("dob", "ohs_run", "Birth date [oh five oh three seventy seven|DATE|05/03/77]."),
    ("dob", "millennium_eve", "I was born on [the thirty first of December, nineteen ninety nine"
     "|DATE|31 December 1999]."),
    ("dob", "genealogy_oh_year", "My grandfather was born [the eighth of January, nineteen oh nine"
     "|DATE|8 January 1909], in a mining village."),
    ("dob", "corrected", "It's the fourth of... no, [the fourteenth of October, nineteen sixty eight"
     "|DATE|14 October 1968]."),
    ("dob", "cue_after_thousand", "[Twenty one, seven, two thousand four|DATE|21/7/2004] is my daughter's "
     "birthday."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "postcode_letter_by_letter", "Send the headstone proof to [twenty seven Ropewalk Mews, Bakewell, "
     "D, E, four, five, one, B, X|ADDRESS|27 Ropewalk Mews, Bakewell DE45 1BX|ropewalk bakewell]."),
    ("address", "number_word", "We're at [number forty two, Lichgate Close|ADDRESS|42 Lichgate Close|lichgate]."),
    ("address", "house_letter", "The hens are going to [fourteen A Lintwhite Croft|ADDRESS|14A Lintwhite Croft"
     "|lintwhite croft]."),
    ("address", "rectory", "The tower is behind [the Old Rectory, Woadmill Road, Clun"
     "|ADDRESS|The Old Rectory, Woadmill Road, Clun|rectory woadmill clun]."),
    ("address", "mobile_home_lot", "Deliver the scooter to [lot thirty two, Pinyon Ridge mobile home park"
     "|ADDRESS|Lot 32, Pinyon Ridge Mobile Home Park|pinyon ridge]."),
    ("address", "west_parkway", "The studio is at [eleven forty West Bluestem Parkway"
     "|ADDRESS|1140 West Bluestem Parkway|bluestem]."),
    ("address", "hundred_road", "Pick the donkey up from [seven hundred Buckeye Hollow Road"
     "|ADDRESS|700 Buckeye Hollow Road|buckeye hollow]."),
    ("address", "postcode_as_in", "It's [Teasel Bank, Totnes, T Q nine, five, S as in sugar, J"
     "|ADDRESS|Teasel Bank, Totnes TQ9 5SJ|teasel totnes]."),
    ("address", "care_of", "Post it [care of Stonechat Farm, Marram Way|ADDRESS|c/o Stonechat Farm, Marram Way"
     "|stonechat marram]."),
    ("address", "cue_after", "[Sixty one Dunnock Gardens|ADDRESS|61 Dunnock Gardens|dunnock] is where the coop "
     "should go."),
    ("address", "flat_above", "I live in [the flat above number nine, Cordwainer Street"
     "|ADDRESS|Flat above 9 Cordwainer Street|cordwainer]."),
    ("address", "question", "Where's the marquee going? [Thirteen oh eight Mesquite Flats Road"
     "|ADDRESS|1308 Mesquite Flats Road|mesquite flats]."),
    ("address", "town_only_island", "We're driving up to [Tobermory|LOCATION|Tobermory|tobermory] for the "
     "lighthouse tour."),
    ("address", "us_town", "The velodrome is just outside [Moab, Utah|LOCATION|Moab, Utah|moab utah]."),
    ("address", "uk_town_cue_after", "[Kirkcudbright|LOCATION|Kirkcudbright|kirkcudbright] is where my mother "
     "lives now."),
    # --- driver's licences --------------------------------------------------------------------
    ("dl", "uk_licence_double", "For the minibus I need my licence number, [O, L, L, E, R, seven oh three, oh "
     "eight four, C, double nine, Z T|DRIVER_LICENSE|OLLER703084C99ZT]."),
    ("dl", "for_yellow", "Driver's license [Y for yellow, two seven one, oh five, eight eight six"
     "|DRIVER_LICENSE|Y27105886]."),
    ("dl", "letters_teens", "License number [K R, nineteen, oh six, fifty three|DRIVER_LICENSE|KR190653]."),
    ("dl", "cue_after", "[Three one four, two two nine, six oh eight|DRIVER_LICENSE|314229608] is my license "
     "number."),
    ("dl", "florida_dashes", "It's [S five three oh, dash, one one four, dash, seven two, dash, eight eight one, "
     "dash, oh|DRIVER_LICENSE|S530-114-72-881-0]."),
    ("dl", "as_in_george", "License, [G as in George, six six, oh one, four seven two|DRIVER_LICENSE|G6601472]."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "threes_oh", "Passport number [one two oh, nine five five, three four one|PASSPORT|120955341]."),
    ("passport", "x_ray", "The passport is [X as in X-ray, two seven, four four, double oh, one nine"
     "|PASSPORT|X27440019]."),
    ("passport", "triple_oh", "For the orienteering trip to Sweden, passport [five triple oh, eight two, six one nine"
     "|PASSPORT|500082619]."),
    ("passport", "cue_after", "[Eight three two, six six oh, one oh seven|PASSPORT|832660107] is on the photo "
     "page."),
    ("passport", "corrected", "It's six one four, two, no, [six one four, nine nine two, oh three eight"
     "|PASSPORT|614992038]."),
    ("passport", "pairs_single", "My husband's passport, [twenty seven, forty, eighteen, ninety three, five"
     "|PASSPORT|274018935]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "medicare_double_end", "Medicare number [seven, F, T, three, K, oh, nine, M, R, double two"
     "|HEALTH_PLAN|7FT3K09MR22]."),
    ("health", "letters_threes", "Insurance member number [B U P, four one seven, oh six, two"
     "|HEALTH_PLAN|BUP417062]."),
    ("health", "group_number", "Group number [nine nine oh, one four|HEALTH_PLAN|99014]."),
    ("health", "cue_after", "[T H, seven seven two, oh eight, one|HEALTH_PLAN|TH772081] is my member number."),
    ("health", "for_sugar", "The osteopath bills my policy, [S for sugar, P, four four, nine oh, six three"
     "|HEALTH_PLAN|SP449063]."),
    ("health", "hundred_and", "My plan I D is [Y M, two hundred and six, four oh|HEALTH_PLAN|YM20640]."),
    ("health", "question_letter_last", "Member number? [Eight eight, four one, three, W|HEALTH_PLAN|88413W]."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "nhs_nine_ninety_nine", "N H S number [nine ninety nine, eight six eight, two eight two seven"
     "|MEDICAL_RECORD|999 868 2827]."),
    ("medical", "nhs_cue_after_double", "[Nine nine nine, oh double two, two seven nine seven"
     "|MEDICAL_RECORD|999 022 2797] is on my N H S card."),
    ("medical", "fracture_clinic_hundred_and", "At the fracture clinic my hospital number is [R H, four hundred and "
     "sixty, double two, nine|MEDICAL_RECORD|RH460229]."),
    ("medical", "osteopath_record", "Your record number with us is [O S, two oh one, five eight"
     "|MEDICAL_RECORD|OS20158]."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "national_insurance_for", "National Insurance, [Q Q, oh six, two nine, four one, B for Bertie"
     "|ID_NUMBER|QQ062941B]."),
    ("id", "ringers_guild", "My number with the ringers' guild is [C G, one one oh, four|ID_NUMBER|CG1104]."),
    ("id", "karting_licence", "Karting licence [K L, two thousand nineteen, oh six|ID_NUMBER|KL201906]."),
    ("id", "railway_volunteer", "My volunteer number at the railway is [S R V, six two, eight eight"
     "|ID_NUMBER|SRV6288]."),
    ("id", "minicab_account", "The minicab account is [M C, triple four, one nine|ID_NUMBER|MC44419]."),
    ("id", "screen_repair_job", "Job number for the cracked screen, [J B, seventy one, oh three|ID_NUMBER|JB7103]."),
    ("id", "donkey_adoption", "The adoption certificate says [D S, five, oh nine, eight|ID_NUMBER|DS5098]."),
    ("id", "bridge_cue_after", "[Six oh eight, three one five|ID_NUMBER|608315] is my bridge club number."),
    ("id", "charger_order", "The charger order reference is [E V, two eight, K, four four, one|ID_NUMBER|EV28K441]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "reverend", "The tower captain is the [Reverend Septimus Quaile|PERSON|Reverend Septimus Quaile"
     "|septimus quaile]."),
    ("person", "spelled_for", "The surname is [Pargeter|PERSON|Pargeter], [P for Percy, A, R, G, E, T, E, R"
     "|PERSON|Pargeter|pargeter]."),
    ("person", "first_only", "Could [Isolde|PERSON|Isolde] ring me back about the harp strings?"),
    ("person", "speaking_hyphen", "[Morwenna Tallack-Ampofo|PERSON|Morwenna Tallack-Ampofo] speaking, it's "
     "about the glass course."),
    ("person", "professor", "The talk is by [Professor Hilary Micklethwaite|PERSON|Professor Hilary Micklethwaite"
     "|hilary micklethwaite]."),
    ("person", "hyphen_said", "It's [Jocasta Scholey hyphen Quartey|PERSON|Jocasta Scholey-Quartey"
     "|jocasta scholey quartey]."),
    ("person", "particle", "The brewer is [Maarten van der Kolk|PERSON|Maarten van der Kolk|maarten kolk]."),
    ("person", "surname_only", "Just put [Fettiplace|PERSON|Fettiplace] on the engraving."),
    ("person", "couple", "The hall is booked by [Mr and Mrs Thackwray|PERSON|Mr and Mrs Thackwray|thackwray]."),
    ("person", "nickname", "It's [Barnabas Crewdson|PERSON|Barnabas Crewdson], but everyone calls me "
     "[Barney|PERSON|Barney]."),
    ("person", "as_in_yacht", "My name's [Yseult|PERSON|Yseult], [Y as in yacht, S, E, U, L, T|PERSON|Yseult"
     "|yseult]."),
    ("person", "born_name", "I'm [Eglantine Pennock|PERSON|Eglantine Pennock] now, but the certificate says "
     "[Eglantine Dacre|PERSON|Eglantine Dacre]."),
    ("person", "late_father", "The headstone is for my late father, [Lancelot Merryweather|PERSON|Lancelot "
     "Merryweather]."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv_bare", "[Four nine two seven, four one eight six, two five three oh, nine one seven oh"
     "|CREDIT_CARD|4927 4186 2530 9170], [oh one of thirty|CARD_EXPIRY|01/30], [three three one"
     "|CVV|331]."),
    ("combo", "name_mobile", "[Quentin Tullis|PERSON|Quentin Tullis], mobile [oh seven seven double oh, nine "
     "double oh, oh six four|PHONE|07700 900064]."),
    ("combo", "email_or_phone", "Email [odhran dot kellagher at outlook dot com"
     "|EMAIL|odhran.kellagher@outlook.com|odhran kellagher], or ring [three six oh, five five five, oh one "
     "four nine|PHONE|(360) 555-0149]."),
    ("combo", "address_town_zip", "[Twenty one fifty Saddleback Drive|ADDRESS|2150 Saddleback Drive|saddleback], "
     "[Bend, Oregon|LOCATION|Bend, Oregon|bend oregon], [nine seven seven oh three|ZIP|97703]."),
    ("combo", "name_dob_weekday", "The rower is [Hector Dunstable|PERSON|Hector Dunstable], born [Tuesday the "
     "fourth of June, nineteen eighty five|DATE|4 June 1985]."),
    ("combo", "ssn_license", "Social [five three three, eighty, eleven oh two|SSN|533-80-1102], license [W, seven "
     "oh two, nine one, four four|DRIVER_LICENSE|W7029144]."),
    ("combo", "routing_account", "Routing [oh seven one, four eight two, oh three nine|ROUTING_NUMBER|071482039], "
     "account [six six two, oh one, eight four three|BANK_ACCOUNT|66201843]."),
    ("combo", "name_passport", "[Drogo Pim|PERSON|Drogo Pim], passport number [five four nine, oh seven "
     "seven, two one six|PASSPORT|549077216]."),
    ("combo", "nhs_dob", "N H S [nine nine nine, one eight oh, five eight eight five|MEDICAL_RECORD|999 180 5885], "
     "born [the second of August, eighty one|DATE|2 August 81]."),
    ("combo", "mc_cvv_code_after", "[Five one oh eight, seven seven two three, four oh nine eight, one one six oh"
     "|CREDIT_CARD|5108 7723 4098 1160], and [nine one eight|CVV|918] is the code."),
    ("combo", "name_address_postcode", "[Clothilde Marchmont|PERSON|Clothilde Marchmont], [nine Wychelm Terrace, "
     "Dunoon, P A twenty three, eight Q L|ADDRESS|9 Wychelm Terrace, Dunoon PA23 8QL|wychelm dunoon]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "karting_laps", "We did fourteen laps and my best was forty one point six seconds."),
    ("none", "bell_methods", "We rang Grandsire Triples and Plain Bob Doubles, about forty minutes each."),
    ("none", "tenor_bell", "The tenor weighs eighteen hundredweight and was cast in seventeen twenty."),
    ("none", "canal_locks", "There are twenty one locks before the tunnel, about six hours of cruising."),
    ("none", "glass_furnace", "The furnace runs at eleven hundred degrees, and a bauble takes about twenty "
     "minutes."),
    ("none", "cider_apples", "We pressed Kingston Black, Dabinett and Yarlington Mill, about four hundred litres."),
    ("none", "model_plane", "The wingspan's one point two metres and it flies for twelve minutes on a charge."),
    ("none", "bridge_score", "We made four spades doubled, and the rubber finished seven hundred and twenty to "
     "three hundred."),
    ("none", "rowing_time", "The eight did two thousand metres in six minutes forty, at a rate of thirty four."),
    ("none", "velodrome_track", "The track is two hundred and fifty metres, banked at forty two degrees."),
    ("none", "orienteering", "The long course is nine kilometres with twenty two controls."),
    ("none", "caving_rope", "The pitch is thirty metres, so bring a forty five metre rope."),
    ("none", "woodturning_blank", "The bowl blank is ten inches across and three deep, in spalted beech."),
    ("none", "dry_stone", "A metre of wall takes about a tonne of stone and a full day."),
    ("none", "donkey_names", "Our donkeys are called Jasper, Nutmeg and Old Ned, and Ned is thirty one."),
    ("none", "brewery_hops", "The bitter uses Fuggles and Goldings, four point two percent, twelve barrels a "
     "brew."),
    ("none", "harp_strings", "It's a forty seven string pedal harp, about thirty six kilos."),
    ("none", "studio_hours", "Three hours in studio two with eight microphones, at forty five pounds an hour."),
    ("none", "mushrooms", "We found chanterelles, two ceps and a Jack o' lantern, which you can't eat."),
    ("none", "hens", "Six point-of-lay hens, two Light Sussex and four Marans, at eighteen pounds each."),
    ("none", "watch_strap", "It loses about forty seconds a day, and the strap is twenty millimetres."),
    ("none", "scooter_range", "It goes up to eight miles an hour and about twenty five miles on a charge."),
    ("none", "trampoline_price", "An hour's jump is twelve pounds, and the grip socks are two fifty."),
    ("none", "village_hall", "The main hall seats a hundred and twenty, and the kitchen has two ovens."),
    ("none", "snooker_break", "He made a break of sixty seven, then missed the pink on the last red."),
    ("none", "marquee_size", "A six by twelve metre marquee seats sixty guests at round tables."),
    ("none", "alpaca_names", "The walk takes ninety minutes, and you'll lead Toffee, Bramwell or Horace."),
    ("none", "steam_engine", "The engine is number forty four twenty two, and the line is seven miles long."),
    ("none", "lighthouse_steps", "There are one hundred and thirty seven steps up to the lamp room."),
    ("none", "routing_cue_only", "I'll give you the routing number once I've found the cheque book."),
    ("none", "passport_cue_only", "I don't know my passport number by heart, it's upstairs in a drawer."),
]

# (stem, turns); a turn is (channel, marked-up text). A value the caller says in pieces across
# turns has one item per piece (each piece must not leak on its own); WHOLE gives the full value
# the caller's pieces of a kind make, in order, and is checked like an utterance item. An item on
# an agent turn is a read-back of a value (checked on its own, never a piece). Callers mostly
# answer without a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("karting_name_phone_pieces_corrected", [
        (AGENT, "Karting bookings. Whose name is the party under?"),
        (CALLER, "[Merrick Harcastle|PERSON|Merrick Harcastle]. It's for ten kids."),
        (AGENT, "And a number to ring if we're running late?"),
        (CALLER, "[Oh one one eight|PHONE|0118]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[four nine six|PHONE|496]"),
        (AGENT, "Okay."),
        (CALLER, "oh two, no, sorry, [oh three five one|PHONE|0351]."),
    ]),
    ("canal_boat_card_four_pieces_corrected_expiry_cvv", [
        (AGENT, "Narrowboat hire. The deposit is two hundred pounds. The long number on the card?"),
        (CALLER, "[Four one nine eight|CREDIT_CARD|4198]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[six six three seven|CREDIT_CARD|6637]"),
        (AGENT, "Go on."),
        (CALLER, "oh two, no, [oh five two oh|CREDIT_CARD|0520]"),
        (AGENT, "Right."),
        (CALLER, "[one four three one|CREDIT_CARD|1431]."),
        (AGENT, "When does it expire?"),
        (CALLER, "[Eleven of thirty three|CARD_EXPIRY|11/33]."),
        (AGENT, "And what's the security number?"),
        (CALLER, "[Two six oh|CVV|260]."),
    ]),
    ("stonemason_address_postcode_letters", [
        (AGENT, "Memorial masons. Where should we bring the stone for fitting?"),
        (CALLER, "[Quoin House, Scarthgate Lane|ADDRESS|Quoin House, Scarthgate Lane|quoin scarthgate], in "
         "[Hawes|LOCATION|Hawes|hawes]."),
        (AGENT, "And the postcode?"),
        (CALLER, "[D, L, eight, three, R, F|ADDRESS|DL8 3RF]."),
        (AGENT, "Thank you. The lettering will take about three weeks."),
        (CALLER, "That's fine, there's no hurry."),
    ]),
    ("brewery_tour_email_readback_phone_pieces", [
        (AGENT, "Brewery tours. What email should the tickets go to?"),
        (CALLER, "[hopgarth dash nell at gmail dot com|EMAIL|hopgarth-nell@gmail.com|hopgarth nell]."),
        (AGENT, "That's [hopgarth dash nell at gmail dot com|EMAIL|hopgarth-nell@gmail.com|hopgarth nell]?"),
        (CALLER, "Yes."),
        (AGENT, "And a mobile number?"),
        (CALLER, "[Five oh five|PHONE|505]"),
        (AGENT, "Okay."),
        (CALLER, "[five five five|PHONE|555]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh one, eighty one|PHONE|0181]."),
    ]),
    ("mobility_scooter_ssn_three_pieces_dob", [
        (AGENT, "For the scooter finance I'll need your social security number."),
        (CALLER, "[Two one eight|SSN|218]"),
        (AGENT, "Yep."),
        (CALLER, "[forty four|SSN|44]"),
        (AGENT, "Go on."),
        (CALLER, "[oh six ninety|SSN|0690]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[The second of April, nineteen hundred and forty one|DATE|2 April 1941]."),
    ]),
    ("rowing_club_routing_pieces_account", [
        (AGENT, "Rowing club treasurer. For the boat fund refund, what's your routing number?"),
        (CALLER, "[Two five six|ROUTING_NUMBER|256]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[double oh seven|ROUTING_NUMBER|007]"),
        (AGENT, "Okay."),
        (CALLER, "[one three two|ROUTING_NUMBER|132]."),
        (AGENT, "And the account number?"),
        (CALLER, "[Double two, seven one, double oh, eight four, six|BANK_ACCOUNT|227100846]."),
    ]),
    ("orienteering_name_passport_pieces_readback", [
        (AGENT, "For the relays in Norway we need passport details. The name on it?"),
        (CALLER, "[Berit Haldane|PERSON|Berit Haldane]."),
        (AGENT, "And the number?"),
        (CALLER, "[One four seven|PASSPORT|147]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[two two oh|PASSPORT|220]"),
        (AGENT, "Yep."),
        (CALLER, "[nine five eight|PASSPORT|958]."),
        (AGENT, "Reading it back: [one four seven, two two oh, nine five eight|PASSPORT|147220958]."),
        (CALLER, "Correct."),
    ]),
    ("osteopath_plan_pieces_dob_weekday", [
        (AGENT, "Osteopathy clinic. Is this going through your insurance? The member number, please."),
        (CALLER, "[J as in Juliet, W, nine|HEALTH_PLAN|JW9]"),
        (AGENT, "Okay."),
        (CALLER, "[four oh, seven seven, one|HEALTH_PLAN|40771]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[Sunday the thirty first of January, nineteen seventy one|DATE|31 January 1971]."),
    ]),
    ("trampoline_park_mobile_pieces_readback", [
        (AGENT, "Trampoline park. A mobile number for the booking text?"),
        (CALLER, "[Oh seven seven double oh|PHONE|07700]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[nine double oh|PHONE|900]"),
        (AGENT, "Yep."),
        (CALLER, "[five six two|PHONE|562]."),
        (AGENT, "So [oh seven seven double oh, nine double oh, five six two|PHONE|07700 900562]?"),
        (CALLER, "That's it."),
    ]),
    ("donkey_sanctuary_names_town", [
        (AGENT, "Donkey sanctuary, adoptions. Who is the adoption for?"),
        (CALLER, "It's a present for my granddaughter, [Clemency Ollivant|PERSON|Clemency Ollivant]."),
        (AGENT, "Lovely. And your own name?"),
        (CALLER, "[Hepzibah Stott|PERSON|Hepzibah Stott]. We live in [Knaresborough|LOCATION|Knaresborough"
         "|knaresborough]."),
        (AGENT, "The certificate and a photo of the donkey will come in the post."),
        (CALLER, "She'll be thrilled."),
    ]),
    ("glassblowing_iban_pieces", [
        (AGENT, "The glass studio refunds cancelled courses by transfer. Your I B A N?"),
        (CALLER, "It's Dutch. [N L four eight, Z as in zebra, J, U, K|IBAN|NL48 ZJUK]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh three eight one|IBAN|0381]"),
        (AGENT, "Okay."),
        (CALLER, "[seven seven two oh, oh four|IBAN|7720 04]."),
    ]),
    ("wedding_car_card_expiry_readback_cvv", [
        (AGENT, "Wedding cars. The balance is three hundred and eighty pounds. Card number?"),
        (CALLER, "[Four two seven one, eight four oh nine, six six one three, five oh seven four"
         "|CREDIT_CARD|4271 8409 6613 5074]."),
        (AGENT, "Expiry?"),
        (CALLER, "[Oh seven of twenty eight|CARD_EXPIRY|07/28]."),
        (AGENT, "[Oh seven, twenty eight|CARD_EXPIRY|07/28]. And the security code?"),
        (CALLER, "[Three six four|CVV|364]."),
        (AGENT, "Thank you. The car will be there at half one."),
        (CALLER, "Perfect."),
    ]),
    ("marquee_hire_address_zip", [
        (AGENT, "Marquee hire, where's the event?"),
        (CALLER, "[Nineteen oh four Silverbell Crossing|ADDRESS|1904 Silverbell Crossing|silverbell crossing]."),
        (AGENT, "And the zip?"),
        (CALLER, "[Double eight, three oh two|ZIP|88302]."),
        (AGENT, "Is the lawn flat?"),
        (CALLER, "Mostly. It slopes a bit at the far end."),
    ]),
    ("watch_repair_phone_pieces_readback", [
        (AGENT, "Watch repairs. What number shall we ring when it's ready?"),
        (CALLER, "[Oh one three one|PHONE|0131]"),
        (AGENT, "Okay."),
        (CALLER, "[four nine six|PHONE|496]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[oh six hundred|PHONE|0600]."),
        (AGENT, "That's [oh one three one, four nine six, oh six hundred|PHONE|0131 496 0600]."),
        (CALLER, "Yes, the shop line."),
    ]),
    ("genealogy_society_dob_email_member", [
        (AGENT, "Family history society, renewals. Can I take your date of birth?"),
        (CALLER, "[May nine, nineteen fifty seven|DATE|May 9, 1957]."),
        (AGENT, "And the email we have for you?"),
        (CALLER, "[parish dot chest fifty two at gmail dot com|EMAIL|parish.chest52@gmail.com|parish chest]."),
        (AGENT, "And your membership number?"),
        (CALLER, "[G S, one hundred and eighty, seven|ID_NUMBER|GS1807]."),
    ]),
    ("recording_studio_name_routing_account_pieces", [
        (AGENT, "For the session fee refund, whose name is on the account?"),
        (CALLER, "[Ottavio Spratling|PERSON|Ottavio Spratling]."),
        (AGENT, "Routing number?"),
        (CALLER, "[Oh one nine, two eight three, six four three|ROUTING_NUMBER|019283643]."),
        (AGENT, "And the account?"),
        (CALLER, "[Five eight, oh one|BANK_ACCOUNT|5801]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[seven seven, two six, three|BANK_ACCOUNT|77263]."),
    ]),
    ("snooker_club_amex_pieces_cvv", [
        (AGENT, "Snooker club, annual membership. Which card are you using?"),
        (CALLER, "American Express. [Three seven four eight|CREDIT_CARD|3748]"),
        (AGENT, "Okay."),
        (CALLER, "[oh five six, one three three|CREDIT_CARD|056133]"),
        (AGENT, "Go on."),
        (CALLER, "[nine two oh five nine|CREDIT_CARD|92059]."),
        (AGENT, "And the four digits above the number?"),
        (CALLER, "[Six oh, double one|CVV|6011]."),
    ]),
    ("velodrome_license_pieces_zip", [
        (AGENT, "Before your first track session, the waiver asks for a driver's license number."),
        (CALLER, "[T, four eight|DRIVER_LICENSE|T48]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[seven, oh oh two|DRIVER_LICENSE|7002]"),
        (AGENT, "Yep."),
        (CALLER, "[nine eight, five|DRIVER_LICENSE|985]."),
        (AGENT, "And the zip code?"),
        (CALLER, "[Eight oh two, oh four|ZIP|80204]."),
    ]),
    ("sign_language_ni_pieces_dob", [
        (AGENT, "For the course funding, what's your National Insurance number?"),
        (CALLER, "[Q Q, five two|ID_NUMBER|QQ52]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[oh seven|ID_NUMBER|07]"),
        (AGENT, "Right."),
        (CALLER, "[one nine, D|ID_NUMBER|19D]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[The twenty ninth of February, nineteen eighty four|DATE|29 February 1984]."),
    ]),
    ("trophy_engraving_name_spelled_email", [
        (AGENT, "Trophy engraving. What name goes on the cup?"),
        (CALLER, "[Erasmus Gulliford|PERSON|Erasmus Gulliford]. That's [G for George, U, L, L, I, F, O, R, D"
         "|PERSON|Gulliford|gulliford]."),
        (AGENT, "And an email for the proof?"),
        (CALLER, "[erasmus at gulliford joinery dot co dot uk|EMAIL|erasmus@gullifordjoinery.co.uk"
         "|erasmus gulliford]."),
        (AGENT, "We'll send it over by Friday."),
        (CALLER, "Thanks very much."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "karting_name_phone_pieces_corrected": {"PHONE": "0118 496 0351"},
    "canal_boat_card_four_pieces_corrected_expiry_cvv": {"CREDIT_CARD": "4198 6637 0520 1431"},
    "brewery_tour_email_readback_phone_pieces": {"PHONE": "(505) 555-0181"},
    "mobility_scooter_ssn_three_pieces_dob": {"SSN": "218-44-0690"},
    "rowing_club_routing_pieces_account": {"ROUTING_NUMBER": "256007132"},
    "orienteering_name_passport_pieces_readback": {"PASSPORT": "147220958"},
    "osteopath_plan_pieces_dob_weekday": {"HEALTH_PLAN": "JW940771"},
    "trampoline_park_mobile_pieces_readback": {"PHONE": "07700 900562"},
    "glassblowing_iban_pieces": {"IBAN": "NL48 ZJUK 0381 7720 04"},
    "watch_repair_phone_pieces_readback": {"PHONE": "0131 496 0600"},
    "recording_studio_name_routing_account_pieces": {"BANK_ACCOUNT": "580177263"},
    "snooker_club_amex_pieces_cvv": {"CREDIT_CARD": "3748 056133 92059"},
    "velodrome_license_pieces_zip": {"DRIVER_LICENSE": "T487002985"},
    "sign_language_ni_pieces_dob": {"ID_NUMBER": "QQ520719D"},
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
