"""The round-fourteen held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written before any rule was tuned on round thirteen (scripts/heldout13_set.py), when round
thirteen was about to be handed to the rules, by a hand that did not read the detection rules (nor
any transcript or result of an earlier round; earlier rounds' texts only read to learn the markup
and to stay clear of their sentences and values), so that a set no rule has seen exists again. New
sentences, names, streets, towns and values (each checked against rounds two to thirteen, the
other scripts' texts and samples/, six-word phrases included, bar the digit runs every fictional
phone range shares), in domains no earlier round had (planetarium, kitesurfing, flying school,
taxidermy, violin maker, milliner, classic car restoration, fireworks display, ghost walk, yoga
retreat, sourdough course, laser tag, seaplane tour, zorbing, coasteering, rickshaw tours, whale
watching, saddler, cobbler, kiln hire, hedge laying, toll road, yurt site, circus school, rock
shop, accordion workshop, ceilidh band, chocolate workshop, koi dealer, candle shop, hat shop,
sleep clinic, sheep shearing, travel vaccination clinic, cinema membership, pool maintenance,
hypnotherapy, allergy clinic, drone registration, e-scooter hire, cave trip, sailing week,
archaeology dig, clay shoot, amateur radio, blue badge, rail season ticket, afternoon tea, metal
detecting, cryotherapy, comedy club, pony and trap, model gliders, perfume class, health cash
plan), in spoken shapes no earlier round had: a card with the caller's "got that?" after every
group, in threes (3-3-3-3-4), as "... is the start, then ..., and it ends ...", with "dash"
between the groups, with a smudged digit described inside it ("then the next digit's smudged,
looks like a six"), with "and" before every group, relayed from someone in the room ("she says"),
with "twelve hundred" as a group, after "it begins with a two", with "bear with me" or "you still
there?" inside, two groups digit by digit and two in pairs, with "hmm" inside, an Amex in five
threes and one in seven pairs and a single; a CVV as "six, and then double four", "a three, a one
and a nine", "forty, seven", "one ninety", "eight, six, eight" ("same at both ends"), with a hedge
after ("if I'm reading it right"), an Amex code as "thirty one, then seventy" and "double eight,
double one"; expiry dates as "twelve, over, thirty five", "the second month of thirty four", "oh
seven, two oh three oh", "May of twenty thirty four", a month name then its number ("July, so oh
seven, thirty seven"), "eight, three six", "November, two thousand thirty one"; SSNs with
"middle bit" and "end bit", in threes, with "six hundred" as the area and "forty forty" as the
serial, with "double" in the area, with "and then it's", a last four after "ends in", one run of
nine; phones with the area code as a number ("two twelve", "seven seventy three"), "oh two oh for
London, then", Australian numbers regrouped 4-3-3 and as "plus six one" then 4-4, a Leeds number
4-4-3, a UK mobile 3-3-2-3, "plus four four, seven seven, oh oh nine oh oh", "then" inside a
Glasgow number, single digits at the end, a run of seven after the code, "forty nine eighty" in a
Newcastle number, a toll-free 877, "no area code" after a local number, "country code one" said,
"it's a cell" inside, pairs after a Manchester code, "three hundred and two" as the last group,
"plus forty four, two oh"; emails with "point" for dot, "the at symbol", "full stop", "hundred"
in the user ("nebula four hundred"), "no capitals" after, and the TLDs ".scot", ".me", ".eu",
".biz", ".edu", ".london"; IBANs from Portugal in threes, Denmark with "triple oh six" (and one in
pieces across turns), Sweden in pairs through its run of noughts, Luxembourg with "T as in
Tommy", Slovenia, Croatia, the UK with "then the sort code" and "then the account" said inside,
Belgium with its check digits as "one two" and threes after, Finland after a spelled holder's
name; routing numbers in 3-2-4 and 4-5, after "R T N", with "double" and "triple"; accounts after
"it's ten digits", starting "forty four hundred" and "double oh", with a "dash, oh one" suffix,
with "hold on" inside; zips as "ten, oh one three", a ZIP+4 with "dash", 3-2, a pair then
singles; dates of birth as a holiday ("Christmas Eve", and "Boxing Day" read back as a date), "the
eighth of the eighth, eighty eight", "the twenty first of the fourth, oh three", with the age
said after ("so I'm sixty seven"), "four, twenty, two thousand six", with "dot" between day, month
and year, a child's "two thousand ten", "the thirty first of the tenth", "in the year two
thousand", year, month, day ("nineteen seventy seven, oh five, twelve"), "Burns Night" after, and
one in pieces across turns (the day and month, then the year after "And the year?"); addresses as
an Australian unit with "slash" and a "lot seven", a mile marker on a highway, a room in a hall of
residence, a farm "off the B three three oh six", "fourteen B", a gatehouse, a street spelled, an
end-terrace aside, "fourth floor", "the flat above the bakery", a Welsh house name, a US apartment
with a letter, a UK postcode read back phonetically by the agent ("L for lima, D for delta");
licences as a UK licence with a short surname padded with nines, one in pieces across turns, a
Florida-style number with "dash", "H as in Hotel", "Y as in Yankee", a Texas number with the state
said first, a letter then teens; passports after "it's nine digits", starting "double five", "G as
in golf", in 4-5, starting "seven hundred", "that's the new one" after, a child's; health plans as
a Medicaid number, a letter then "slash", a group and a member number in one breath, three
letters, a travel policy, "the number under my name", "S like sierra"; an NHS number with "then"
between groups; IDs as a drone operator ID, a season ticket, a cinema membership, a toll tag, a
fifteen-digit pet microchip, a National Insurance number with "then" between pairs and "the
letter's D", a blue badge, a firearm certificate, a dig volunteer number, a radio licence; names
with "Canon", "Imam", "Pastor", "Sergeant", "Baroness", "Brother", "Lord", "Nurse", "Senior",
"the Second", "de la", "ap", "bin", two Spanish surnames, the family name first, "known as",
"everyone calls me", "with two n's", "capital V" inside a spelling, "V like violin",
"double-barrelled" said before a hyphenated name, and a surname spelled back by the agent.
Utterances without PII carry ordinary numbers (dome seats, kite and hat sizes, violin sizes,
proving temperatures, players, stakes, hands, clubs, wingspans, coins, whales, prices, a saddle
size, a radio band, ewes, jump heights, a minus temperature, gallons, a season ticket price) and
name-like words that are not PII (Orion's Belt and the Plough, Roman candles and a Catherine
wheel, trilby and fedora, Earl Grey and Lady Grey, a pony, a koi and two dogs with names, one of
them "Mr Biggs"), or a cue word with no value after it, to measure over-redaction.

Calls: callers answer the agent's questions, mostly with a bare value and no cue of their own;
fourteen calls give a value in pieces across turns, with backchannel the earlier rounds did not
use ("noted", "righto", "gotcha", "understood", "alright", "grand", "excellent", "cracking", "fab",
"smashing", "okey-doke", "following you", "ta", "good, good", "and after that?", "mm, yes", "yes,
and?", "alright, yes", "got those", "keep them coming", "cool", "okay, still here", "brilliant,
and the rest", "And the year?") between the pieces (a UK mobile, a Visa in four pieces and one in
halves, an SSN, a routing number, a Danish IBAN, a UK driving licence, a passport, an NHS number,
a National Insurance number, a travel policy, a date of birth, a US phone, an account); in seven
the agent reads a value back to confirm it (a postcode, phonetically; a surname, spelled; a
passport and an account given in pieces; a UK number, regrouped; a drone operator ID; a date of
birth said as a holiday, read back as a date), items on the agent's channel (as in rounds nine to
thirteen; AGENT_ITEMS).

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 14`) only; the audio goes
to target/heldout14/ and is never committed. Once anyone tunes hush on these sentences or on
what Whisper writes for them, they stop being held out: write a round fifteen.

All values are fictional: NANP phones in 555-01xx (one toll-free, two in international form, one
seven-digit local), UK numbers in Ofcom's drama ranges, Australian ones in ACMA's 02 5550 drama
range, Luhn-valid cards, ABA-checksummed routing numbers, mod-97-valid IBANs of the right length
with valid national check digits where the checks know them (BE, FI; PT, SI and HR carry valid
national check digits the checks do not know; DK, SE, LU and GB have none the checks know), made-up
bank codes, valid-format SSNs, NHS numbers in the 999 range kept for tests (mod-11 valid),
National Insurance numbers with the QQ prefix HMRC keeps for examples. `python3
scripts/heldout14_set.py` checks them (`self_check`), and make_heldout.py runs the same check
before it synthesizes anything.
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

# (category, style, marked-up text); ids are heldout14_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "planetarium_got_that_each_group", "For the planetarium show, [four four one seven, got that? two "
     "nine oh six, got that? three three eight five, got that? one one four eight|CREDIT_CARD|4417 2906 3385 1148]."),
    ("card", "kitesurf_threes", "The kitesurf lesson goes on [four nine two, eight one seven, three three oh, five "
     "six four, two eight one seven|CREDIT_CARD|4928 1733 0564 2817]."),
    ("card", "flying_school_start_and_end", "For the trial flight, [four five three one is the start, then six six "
     "oh two, seven one nine oh, and it ends four eight three two|CREDIT_CARD|4531 6602 7190 4832]."),
    ("card", "taxidermist_dash", "The deposit for the fox is on [four two one six dash eight eight four seven dash "
     "oh three nine two dash five six one nine|CREDIT_CARD|4216 8847 0392 5619]."),
    ("card", "violin_smudged_digit", "For the bow rehair, [four five eight oh, then the next digit's smudged, "
     "looks like a six, then two two nine, one four seven three, three oh eight five"
     "|CREDIT_CARD|4580 6229 1473 3085]."),
    ("card", "milliner_and_between", "The hat deposit, [four seven three nine, and one oh five eight, and six six "
     "one two, and two eight eight seven|CREDIT_CARD|4739 1058 6612 2887]."),
    ("card", "restoration_relayed", "My wife's reading it out, [four four two eight, she says five oh one one, "
     "then nine three six seven, oh four two two|CREDIT_CARD|4428 5011 9367 0422]."),
    ("card", "fireworks_twelve_hundred", "The fireworks display deposit, [five three six one, twelve hundred, eight "
     "eight four seven, two three nine two|CREDIT_CARD|5361 1200 8847 2392]."),
    ("card", "ghost_walk_starts_with_two", "It begins with a two, it's a Mastercard: [two seven one "
     "nine, oh four eight three, five five two six, one oh seven one|CREDIT_CARD|2719 0483 5526 1071]."),
    ("card", "yoga_bear_with_me", "The retreat deposit, [four seven one one, nine two oh eight, bear with me, six "
     "six three four, one seven five four|CREDIT_CARD|4711 9208 6634 1754]."),
    ("card", "bread_still_there", "For the sourdough course, [four two six six, nine oh three one, you still "
     "there? five eight seven two, six four oh two|CREDIT_CARD|4266 9031 5872 6402]."),
    ("card", "laser_tag_digits_then_pairs", "Laser tag for twelve kids, [four six oh two, seven seven one eight, "
     "thirty nine, fifty, eleven, sixty|CREDIT_CARD|4602 7718 3950 1160]."),
    ("card", "seaplane_amex_threes", "The seaplane tour takes Amex, [three seven six, two nine one, oh four five, "
     "eight oh three, six seven four|CREDIT_CARD|3762 910458 03674]."),
    ("card", "zorbing_amex_pairs", "Zorbing for two, on the Amex, [thirty four, seventy one, oh two, fifty eight, "
     "sixty six, thirteen, ninety, nine|CREDIT_CARD|3471 025866 13909]."),
    ("card", "coasteering_hmm", "For the coasteering, [five four two oh, hmm, nine nine oh one, six three three "
     "seven, two eight one nine|CREDIT_CARD|5420 9901 6337 2819]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "and_then_double", "On the back it's [six, and then double four|CVV|644]."),
    ("cvv", "a_before_each", "The code is [a three, a one and a nine|CVV|319]."),
    ("cvv", "tens_then_unit", "Security code, [forty, seven|CVV|407]."),
    ("cvv", "amex_tens_then_seventy", "The four digit one on the Amex, [thirty one, then seventy|CVV|3170]."),
    ("cvv", "strip_label_before", "The last three on the signature strip, [five eight six|CVV|586]."),
    ("cvv", "one_ninety", "It's [one ninety|CVV|190], the little code."),
    ("cvv", "hedge_after", "[Seven five one|CVV|751], if I'm reading it right, it's very faded."),
    ("cvv", "amex_two_doubles", "The Amex code is [double eight, double one|CVV|8811]."),
    ("cvv", "same_both_ends", "The three digits are [eight, six, eight|CVV|868], same at both ends."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "over", "It expires [twelve, over, thirty five|CARD_EXPIRY|12/35]."),
    ("expiry", "ordinal_month_of_year", "Expiry is [the second month of thirty four|CARD_EXPIRY|2/34]."),
    ("expiry", "year_digit_by_digit", "Valid until [oh seven, two oh three oh|CARD_EXPIRY|07/2030]."),
    ("expiry", "month_of_year", "It runs out [May of twenty thirty four|CARD_EXPIRY|May 2034]."),
    ("expiry", "name_then_number", "Expiry date, [July, so oh seven, thirty seven|CARD_EXPIRY|07/37]."),
    ("expiry", "single_month_year_digits", "The expiry's [eight, three six|CARD_EXPIRY|8/36]."),
    ("expiry", "month_name_thousand", "Good until [November, two thousand thirty one|CARD_EXPIRY|November 2031]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "middle_bit_end_bit", "My social, [five oh one, middle bit four four, end bit six two one nine"
     "|SSN|501-44-6219]."),
    ("ssn", "threes", "Social security number, [two one four, three three eight, eight one two|SSN|214-33-8812]."),
    ("ssn", "hundred_area_tens", "It's [six hundred, twelve, forty forty|SSN|600-12-4040]."),
    ("ssn", "double_in_area", "My S S N is [double two five, seventy, one three eight six|SSN|225-70-1386]."),
    ("ssn", "and_then_its", "The social's [three seven two, eight one, and then it's five five oh four"
     "|SSN|372-81-5504]."),
    ("ssn", "ends_in", "My social ends in [nine nine one one|SSN|9911], if that helps."),
    ("ssn", "run_of_nine", "For the new patient form at the sleep clinic, social security [seven two three oh "
     "eight one five five two|SSN|723-08-1552]."),
    ("ssn", "cue_after_tens", "[Eight oh three, forty one, twenty two ten|SSN|803-41-2210] is my social."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "area_code_as_number", "Call the rickshaw tours on [two twelve, five five five, oh one three three"
     "|PHONE|(212) 555-0133]."),
    ("phone", "area_seventy_three", "My cell is [seven seventy three, five five five, oh one, four four"
     "|PHONE|(773) 555-0144]."),
    ("phone", "london_named_code", "The milliner's number is [oh two oh for London, then seven nine four six, oh "
     "two eight one|PHONE|020 7946 0281]."),
    ("phone", "au_four_three_three", "The whale watching boat, [oh two five five, five oh one, two eight nine"
     "|PHONE|(02) 5550 1289]."),
    ("phone", "leeds_four_four_three", "The saddler's number, [oh one one three, four nine six oh, seven eight five"
     "|PHONE|0113 496 0785]."),
    ("phone", "uk_mobile_three_three_two_three", "My mobile, [oh seven seven, oh oh nine, oh oh, five one eight"
     "|PHONE|07700 900518]."),
    ("phone", "plus44_mobile_pairs", "From France you'd ring [plus four four, seven seven, oh oh nine oh oh, six "
     "three four"
     "|PHONE|+44 7700 900634]."),
    ("phone", "glasgow_then", "The cobbler's Glasgow shop, [oh one four one, four nine six, oh, then seven two nine"
     "|PHONE|0141 496 0729]."),
    ("phone", "sheffield_singles_end", "Ring the kiln yard on [oh one one four, four nine six, oh, eight, eight, "
     "three|PHONE|0114 496 0883]."),
    ("phone", "nottingham_run_of_seven", "The laser tag arena is [oh one one five, four nine six oh six oh one"
     "|PHONE|0115 496 0601]."),
    ("phone", "newcastle_forty_nine_eighty", "Hedge laying bookings, [oh one nine one, forty nine eighty, three "
     "five six|PHONE|0191 498 0356]."),
    ("phone", "toll_free_877", "The toll road helpline, [one eight seven seven, five five five, oh one, two two"
     "|PHONE|+1 877-555-0122]."),
    ("phone", "local_no_area_code", "It's [five five five oh one one four|PHONE|555-0114], no area code, it's local."),
    ("phone", "country_code_one_said", "From abroad, [country code one, then six oh two, five five five, oh one "
     "five nine|PHONE|+1 602-555-0159]."),
    ("phone", "au_plus_fours", "The yurt site in New South Wales, [plus six one, two five five five oh, nine "
     "three one four|PHONE|+61 2 5550 9314]."),
    ("phone", "its_a_cell_aside", "Reach me at [four oh four, it's a cell, five five five, oh one eight seven"
     "|PHONE|(404) 555-0187]."),
    ("phone", "manchester_pairs_after_code", "The circus school, [oh one six one, forty nine, sixty, five, thirty "
     "one|PHONE|0161 496 0531]."),
    ("phone", "liverpool_hundred_and", "The rock shop, [oh one five one, four nine six, zero, three hundred and two"
     "|PHONE|0151 496 0302]."),
    ("phone", "plus_forty_four_london", "Dial [plus forty four, two oh, seven nine four six, oh three seven oh"
     "|PHONE|+44 20 7946 0370]."),
    ("phone", "birmingham_cue_after", "[Oh one two one, four nine six, oh nine five eight|PHONE|0121 496 0958], "
     "that's the accordion workshop."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "point_for_dot", "Email me at [paloma point arriaga at gmail point com"
     "|EMAIL|paloma.arriaga@gmail.com|paloma arriaga]."),
    ("email", "the_at_symbol", "It's [skywardkites, the at symbol, outlook dot com|EMAIL|skywardkites@outlook.com"
     "|skywardkites]."),
    ("email", "dot_scot", "The ceilidh band is [bookings at strathbungo fiddlers dot scot"
     "|EMAIL|bookings@strathbungofiddlers.scot|strathbungofiddlers]."),
    ("email", "dot_me", "Send the proofs to [hello at brightwell studio dot me|EMAIL|hello@brightwellstudio.me"
     "|brightwellstudio]."),
    ("email", "dot_eu", "The chocolate workshop is [ateliers at cacaoberg dot eu|EMAIL|ateliers@cacaoberg.eu"
     "|ateliers cacaoberg]."),
    ("email", "dot_biz", "The koi dealer, [sales at kohaku ponds dot biz|EMAIL|sales@kohakuponds.biz|kohakuponds]."),
    ("email", "dot_edu", "My advisor is [r dot eijkelboom at lakeland state dot edu"
     "|EMAIL|r.eijkelboom@lakelandstate.edu"
     "|eijkelboom lakelandstate]."),
    ("email", "hundred_in_user", "It's [nebula four hundred at planetmail dot com|EMAIL|nebula400@planetmail.com"
     "|nebula planetmail]."),
    ("email", "full_stop", "Write to [oswin full stop ellery at virginmedia dot com"
     "|EMAIL|oswin.ellery@virginmedia.com|oswin ellery]."),
    ("email", "dot_london", "The hat shop is [millinery at the hatbox dot london|EMAIL|millinery@thehatbox.london"
     "|millinery thehatbox]."),
    ("email", "no_capitals_after", "Send it to [flock dot shearers at gmx dot co dot uk"
     "|EMAIL|flock.shearers@gmx.co.uk|flock shearers], no capitals."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing_three_two_four", "Routing number [zero two one, four oh, seven seven three four"
     "|ROUTING_NUMBER|021407734]."),
    ("bank", "routing_four_five", "The routing's [oh six one one, oh two five nine four|ROUTING_NUMBER|061102594]."),
    ("bank", "routing_rtn_cue", "R T N, [three two two, oh seven one, eight one four|ROUTING_NUMBER|322071814]."),
    ("bank", "routing_double_triple", "Routing, [two double six, triple oh, four two oh|ROUTING_NUMBER|266000420]."),
    ("bank", "account_ten_digits_said_first", "It's ten digits: [three four four oh, one nine two, six eight two"
     "|BANK_ACCOUNT|3440192682]."),
    ("bank", "account_hundred_start", "My account, [forty four hundred, seventy one, oh nine|BANK_ACCOUNT|44007109]."),
    ("bank", "account_double_oh_start", "The checking account is [double oh, three one, six five eight eight"
     "|BANK_ACCOUNT|00316588]."),
    ("bank", "account_cue_after_joint", "[Five one, nine oh seven, four two six|BANK_ACCOUNT|51907426] is the joint "
     "account."),
    ("bank", "account_suffix_dash", "The account is [six eight oh two, two one five, dash, oh one"
     "|BANK_ACCOUNT|6802215-01]."),
    ("bank", "account_hold_on", "My account number, [nine three one, hold on, seven oh eight, six four"
     "|BANK_ACCOUNT|93170864]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "pt_threes", "For the Portuguese transfer, [P T fifty, oh oh eight, one oh four, two oh five, three "
     "nine one, seven two oh, four six one, six five one|IBAN|PT50 0081 0420 5391 7204 6165 1]."),
    ("iban", "dk_triple", "My Danish account, [D K seventy one, fifty four seventy four, triple oh six, three one "
     "nine two, five four|IBAN|DK71 5474 0006 3192 54]."),
    ("iban", "se_pairs", "The Swedish one, [S E eighty three, fifty six, thirty, oh oh, oh oh, oh four, twelve, "
     "eighty nine, thirty seven, sixty one, fifty two|IBAN|SE83 5630 0000 0412 8937 6152]."),
    ("iban", "lu_letter_as_in", "Luxembourg account, [L U eighty four, oh four eight three, T as in Tommy, nine one "
     "six, six oh two four, eight five one seven|IBAN|LU84 0483 T916 6024 8517]."),
    ("iban", "si_fours", "The Slovenian account for the cave trip, [S I fifty six, two six three three, oh oh oh "
     "one, two oh three nine, four seven four|IBAN|SI56 2633 0001 2039 474]."),
    ("iban", "gb_sort_code_inside", "For the UK refund, [G B ninety eight, W Q X P, then the sort code, twenty, "
     "thirty eight, fifty six, then the account, seven one nine four, oh two six three"
     "|IBAN|GB98 WQXP 2038 5671 9402 63]."),
    ("iban", "be_threes_after_country", "The Belgian account, [B E, one two, seven three five, oh four one, two "
     "nine three, six nine two|IBAN|BE12 7350 4129 3692]."),
    ("iban", "hr_cue_after", "[H R twenty two, two four oh one, oh two oh one, seven three nine oh, four six five "
     "eight, three|IBAN|HR22 2401 0201 7390 4658 3] is the Croatian account for the sailing week."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "ten_then_three", "The zip is [ten, oh one three|ZIP|10013]."),
    ("zip", "plus_four_dash", "Full zip, [six oh six one four dash two two one nine|ZIP|60614-2219]."),
    ("zip", "three_then_two", "Zip code [eight oh two, one four|ZIP|80214]."),
    ("zip", "cue_after_card", "[Two seven six oh nine|ZIP|27609], same as on the card."),
    ("zip", "pair_then_singles", "It's [fifty five, four, one, nine|ZIP|55419]."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "holiday", "I was born on [Christmas Eve, nineteen seventy|DATE|Christmas Eve 1970]."),
    ("dob", "ordinal_of_ordinal_short", "Date of birth, [the eighth of the eighth, eighty eight|DATE|8/8/88]."),
    ("dob", "twenty_first_of_fourth", "He was born [the twenty first of the fourth, oh three|DATE|21/4/03]."),
    ("dob", "age_aside_after", "Born [the ninth of October, fifty eight|DATE|9 October 58], so I'm sixty seven."),
    ("dob", "us_month_thousand_year", "My son's date of birth is [four, twenty, two thousand six|DATE|4/20/2006]."),
    ("dob", "dots", "On my German papers it's [oh four dot oh nine dot nineteen seventy six|DATE|04.09.1976]."),
    ("dob", "child_two_thousand_ten", "My girl was born on [the first of May, two thousand ten|DATE|1 May 2010]."),
    ("dob", "thirty_first_of_tenth", "D O B [the thirty first of the tenth, sixty nine|DATE|31/10/69]."),
    ("dob", "in_the_year", "Born [the sixth of January in the year two thousand|DATE|6 January 2000]."),
    ("dob", "year_month_day", "Date of birth, [nineteen seventy seven, oh five, twelve|DATE|1977-05-12]."),
    ("dob", "burns_night_aside", "It's [the twenty fifth of the first, ninety one|DATE|25/1/91], Burns Night."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "au_unit_slash", "The gallery is at [four slash twelve Quandong Crescent|ADDRESS|4/12 Quandong "
     "Crescent|quandong]."),
    ("address", "mile_marker", "The fireworks field is at [mile marker forty two on Highway eleven"
     "|ADDRESS|Mile Marker 42, Highway 11|mile marker highway]."),
    ("address", "student_room_hall", "Send the kit to [room two one four, Sorbie Hall, Bevin Walk"
     "|ADDRESS|Room 214, Sorbie Hall, Bevin Walk|sorbie bevin]."),
    ("address", "farm_off_b_road", "The shearing's at [Lower Trenoweth Farm, off the B three three oh six"
     "|ADDRESS|Lower Trenoweth Farm, off the B3306|trenoweth]."),
    ("address", "letter_suffix", "It's [fourteen B, Gannet Street|ADDRESS|14B Gannet Street|gannet]."),
    ("address", "gatehouse", "Deliver to [the Gatehouse, Saltings Road, Blakeney"
     "|ADDRESS|The Gatehouse, Saltings Road, "
     "Blakeney|gatehouse saltings blakeney]."),
    ("address", "street_spelled", "It's [six Pengelly Lane|ADDRESS|6 Pengelly Lane|pengelly], that's [P, E, N, G, E, "
     "L, L, Y|ADDRESS|Pengelly|pengelly]."),
    ("address", "end_terrace_aside", "We're at [number forty, Kilnworth Rise|ADDRESS|40 Kilnworth Rise|kilnworth], "
     "it's the end terrace."),
    ("address", "floor_ordinal", "The drone office is [three eleven Vireo Avenue, fourth floor"
     "|ADDRESS|311 Vireo Avenue, 4th Floor|vireo]."),
    ("address", "flat_above_shop", "I'm in [the flat above the bakery, nine Tollgate Arcade"
     "|ADDRESS|Flat above the bakery, 9 Tollgate Arcade|tollgate]."),
    ("address", "au_lot_number", "The property is [lot seven, Ironbark Gully Road|ADDRESS|Lot 7, Ironbark Gully Road"
     "|ironbark gully]."),
    ("address", "welsh_house_name", "Post it to [Ty Gwyn, Heol y Felin, Llandeilo|ADDRESS|Ty Gwyn, Heol y Felin, "
     "Llandeilo|gwyn felin llandeilo]."),
    ("address", "us_apartment_letter", "It's [eleven oh seven Cattail Loop, apartment three C"
     "|ADDRESS|1107 Cattail Loop, Apt 3C|cattail]."),
    ("address", "town_island", "The shop's on Mull, in [Lochaline|LOCATION|Lochaline|lochaline]."),
    ("address", "town_state_us", "We're driving up from [Ouray, Colorado|LOCATION|Ouray, Colorado|ouray colorado]."),
    ("address", "town_au_cue_after", "[Mudgee|LOCATION|Mudgee|mudgee] is where the yurts are."),
    ("address", "town_highlands", "Send it up to [Lochinver|LOCATION|Lochinver|lochinver], it's a long way north."),
    # --- driver's licences --------------------------------------------------------------------
    ("dl", "uk_short_surname_padded", "My licence is [L, E, E, nine, nine, seven one two oh eight eight, M, A, nine, "
     "X, K|DRIVER_LICENSE|LEE99712088MA9XK]."),
    ("dl", "florida_dashes", "Driver's license [W, four one five, dash, two two oh, dash, seven three, dash, one "
     "eight six, dash, oh|DRIVER_LICENSE|W415-220-73-186-0]."),
    ("dl", "as_in_hotel", "License number [H as in Hotel, six six two, oh one nine, four four"
     "|DRIVER_LICENSE|H66201944]."),
    ("dl", "state_cue_before", "It's on my Texas license, [four seven, two two eight, one nine six"
     "|DRIVER_LICENSE|47228196]."),
    ("dl", "letter_then_teens", "License, [B, seventeen, twelve, sixty, oh five|DRIVER_LICENSE|B17126005]."),
    ("dl", "yankee_cue_after", "[Y as in Yankee, three oh eight, five five one, two|DRIVER_LICENSE|Y3085512] is "
     "my license, for the e-scooter account."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "count_said_first", "It's nine digits: [five eight eight, one two oh, seven four nine"
     "|PASSPORT|588120749]."),
    ("passport", "double_start", "Passport [double five one, four oh seven, three two eight|PASSPORT|551407328]."),
    ("passport", "golf_letter", "My passport is [G as in golf, three one seven, seven six oh, two"
     "|PASSPORT|G3177602]."),
    ("passport", "four_then_five", "For the seaplane, passport [six two oh nine, one one eight four three"
     "|PASSPORT|620911843]."),
    ("passport", "hundred_start", "Passport number [seven hundred, forty one, six oh three, nine"
     "|PASSPORT|700416039]."),
    ("passport", "cue_after_new_one", "[Three nine four, two oh six, one five five|PASSPORT|394206155], that's the "
     "new one, not the one on file."),
    ("passport", "child", "My son's passport, [one four oh, seven seven eight, two one three|PASSPORT|140778213]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "medicaid", "My Medicaid number is [M C, four four, seven one nine, oh two|HEALTH_PLAN|MC4471902]."),
    ("health", "slash_after_letter", "My cover number is [H, slash, seven oh, two six, nine eight"
     "|HEALTH_PLAN|H702698]."),
    ("health", "group_then_member", "Group [eight six four|HEALTH_PLAN|864], member [T Y, five five, one two, oh nine"
     "|HEALTH_PLAN|TY551209]."),
    ("health", "three_letters", "The plan ID is [A, A, R, six oh one, seven seven|HEALTH_PLAN|AAR60177]."),
    ("health", "travel_policy", "My travel insurance policy is [T V L, two oh two five, eight eight one"
     "|HEALTH_PLAN|TVL2025881]."),
    ("health", "under_my_name", "The number under my name is [U, Q, nine two six, four four oh one"
     "|HEALTH_PLAN|UQ9264401]."),
    ("health", "like_sierra", "My health cash plan member number is [S like sierra, D, four eight, one one seven"
     "|HEALTH_PLAN|SD48117]."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "nhs_then_then", "For the referral, my N H S one is [nine nine nine, then one four two, then six "
     "oh eight six"
     "|MEDICAL_RECORD|999 142 6086]."),
    ("medical", "hospital_zero_pairs", "Her hospital number is [R F, zero zero, four one, eight six"
     "|MEDICAL_RECORD|RF004186]."),
    ("medical", "vaccination_record_cue_after", "[V C, two two eight, nine five|MEDICAL_RECORD|VC22895] is on my "
     "vaccination record from the travel clinic."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "drone_operator", "My drone operator I D is [G B R, O P, seven X, four two, nine nine"
     "|ID_NUMBER|GBR-OP-7X4299]."),
    ("id", "season_ticket", "The season ticket number is [S T, oh oh, six one eight, two|ID_NUMBER|ST006182]."),
    ("id", "cinema_member", "Cinema membership, [C M, four, three three, seven, eight|ID_NUMBER|CM43378]."),
    ("id", "toll_tag", "The toll tag is [one one four, seven two six, oh five oh, nine|ID_NUMBER|1147260509]."),
    ("id", "microchip", "The dog's microchip is [nine oh oh, two six, oh oh oh, four seven six, three eight one, "
     "two|ID_NUMBER|900260004763812]."),
    ("id", "ni_then_then_letter", "National Insurance, [Q Q, then four seven, then two nine, then oh three, and the "
     "letter's D|ID_NUMBER|QQ472903D]."),
    ("id", "blue_badge", "My blue badge number is [B B, eight eight oh, one two four|ID_NUMBER|BB880124]."),
    ("id", "firearms_certificate", "The clay shoot needs my certificate number, [F A C, three oh, nine one "
     "four|ID_NUMBER|FAC30914]."),
    ("id", "dig_volunteer_cue_after", "[A D, seventy, fourteen|ID_NUMBER|AD7014] is my volunteer number for the "
     "dig."),
    ("id", "radio_licence", "My radio licence number is [six three three, eight oh, one one nine two"
     "|ID_NUMBER|633801192]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "canon", "The service is taken by [Canon Ivo Gedge|PERSON|Canon Ivo Gedge|ivo gedge]."),
    ("person", "imam", "The talk is given by [Imam Abdullahi Warsame|PERSON|Imam Abdullahi Warsame"
     "|abdullahi warsame]."),
    ("person", "pastor", "Please make it out to [Pastor Adaeze Okonjo-Marsden|PERSON|Pastor Adaeze "
     "Okonjo-Marsden|adaeze okonjo marsden]."),
    ("person", "sergeant", "I'm calling for [Sergeant Mostyn Prydderch|PERSON|Sergeant Mostyn Prydderch"
     "|mostyn prydderch]."),
    ("person", "baroness", "The fireworks are for [Baroness Hermione Stancliffe|PERSON|Baroness Hermione Stancliffe"
     "|hermione stancliffe]."),
    ("person", "brother_religious", "The candles are collected by [Brother Wulfstan Lisle|PERSON|Brother Wulfstan "
     "Lisle|wulfstan lisle]."),
    ("person", "lord", "The estate belongs to [Lord Hereward Ashbury|PERSON|Lord Hereward Ashbury|hereward ashbury]."),
    ("person", "senior", "The car belonged to [Lachlan Kinloch Senior|PERSON|Lachlan Kinloch Sr.|lachlan kinloch]."),
    ("person", "the_second", "The violin is insured in the name of [Benedetto Vella the Second"
     "|PERSON|Benedetto Vella II"
     "|benedetto vella]."),
    ("person", "particle_de_la", "The perfume class is with [Margaux de la Fosse|PERSON|Margaux de la Fosse"
     "|margaux fosse]."),
    ("person", "welsh_ap", "My husband is [Rhodri ap Gwilym|PERSON|Rhodri ap Gwilym|rhodri gwilym]."),
    ("person", "bin", "The booking's under [Tariq bin Saleh Al Harthy|PERSON|Tariq bin Saleh Al Harthy"
     "|tariq saleh harthy]."),
    ("person", "two_surnames", "My name is [Ainhoa Zubizarreta Olano|PERSON|Ainhoa Zubizarreta Olano"
     "|ainhoa zubizarreta olano], both surnames, please."),
    ("person", "family_name_first", "It's [Zhou Xiaoming|PERSON|Zhou Xiaoming|zhou xiaoming], Zhou is the family "
     "name."),
    ("person", "spelled_like", "The surname's [Vevers|PERSON|Vevers], [V like violin, E, V, E, R, S"
     "|PERSON|Vevers|vevers]."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv_labels", "[Five two three eight, oh four four seven, one nine three six, one two oh "
     "seven|CREDIT_CARD|5238 0447 1936 1207], expiry [oh five, thirty three|CARD_EXPIRY|05/33], and [two four "
     "nine|CVV|249] on the back."),
    ("combo", "name_known_as_email", "[Alexandra Petrakis|PERSON|Alexandra Petrakis], known as [Sasha|PERSON|Sasha"
     "|sasha], email [sasha dot petrakis at hey dot com|EMAIL|sasha.petrakis@hey.com|sasha petrakis]."),
    ("combo", "address_town_postcode", "[Nine Fernhill Road|ADDRESS|9 Fernhill Road|fernhill], [Kirkwall"
     "|LOCATION|Kirkwall|kirkwall], [K W fifteen, one T R|ADDRESS|KW15 1TR]."),
    ("combo", "dob_nhs", "Born [the third of August, nineteen forty four|DATE|3 August 1944], and his health "
     "number, [nine nine "
     "nine, seven one eight, four four oh eight|MEDICAL_RECORD|999 718 4408]."),
    ("combo", "name_two_ns_passport", "[Janne Kervinen-Moe|PERSON|Janne Kervinen-Moe], Janne with two n's, "
     "passport [eight three two, oh six six, one nine four|PASSPORT|832066194]."),
    ("combo", "routing_account_then", "Routing [two four three, one seven seven, oh six two|ROUTING_NUMBER|243177062]"
     ", then the account, [seven seven oh four, one two eight, three|BANK_ACCOUNT|77041283]."),
    ("combo", "ssn_dob_us", "Social [four six one, oh two, nine nine three eight|SSN|461-02-9938], born [June "
     "the thirtieth, nineteen eighty six|DATE|June 30, 1986]."),
    ("combo", "phone_email_cue_after", "[Three one two, five five five, oh one seven eight|PHONE|(312) 555-0178] or "
     "[wick and ember at gmail dot com|EMAIL|wickandember@gmail.com|wickandember], that's the candle shop."),
    ("combo", "iban_holder_capital", "The account holder is [DeVere|PERSON|DeVere|devere], [D, E, capital V, E, R, E"
     "|PERSON|DeVere|devere], and the I B A N is [F I thirty five, four two one nine, seven oh oh oh, three "
     "one five eight, two four|IBAN|FI35 4219 7000 3158 24]."),
    ("combo", "dl_double_barrelled", "It's double-barrelled, [Ashworth-Laidlaw|PERSON|Ashworth-Laidlaw"
     "|ashworth laidlaw], licence [A S H W O, seven oh three one five two, G, R, nine, N, E"
     "|DRIVER_LICENSE|ASHWO703152GR9NE]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "planetarium_dome", "The dome seats ninety and the show runs forty minutes, from the Plough to "
     "Orion's Belt."),
    ("none", "kite_sizes", "I ride a nine metre kite in twenty knots and a twelve when it's lighter."),
    ("none", "fireworks_finale", "The finale has forty Roman candles and a Catherine wheel that spins for a minute."),
    ("none", "hat_sizes", "The trilby is a seven and an eighth, and the fedora a seven and a quarter."),
    ("none", "afternoon_tea", "We serve Earl Grey and Lady Grey, with two scones each and clotted cream."),
    ("none", "violin_sizes", "A full size violin is fourteen inches, and a half size is about twelve and a half."),
    ("none", "ghost_walk_time", "The walk starts at eight by the old gaol and takes ninety minutes."),
    ("none", "yoga_retreat", "Each class is seventy five minutes, and the retreat has twelve rooms."),
    ("none", "bread_proving", "Prove it for two hours at twenty four degrees, then bake at two hundred and thirty."),
    ("none", "laser_tag_arena", "Each game is fifteen minutes and the arena takes twenty four players."),
    ("none", "hedge_stakes", "We laid two hundred metres of hedge with about four hundred stakes."),
    ("none", "pony_height", "The pony is called Sorrel and she's fourteen hands."),
    ("none", "circus_juggling", "She can juggle five clubs and walk the wire for ten metres."),
    ("none", "model_glider", "The glider has forty eight inch wings and stays up about twenty minutes on a thermal."),
    ("none", "metal_detecting", "We found nine Roman coins and a buckle about thirty centimetres down."),
    ("none", "whale_count", "We saw eleven minke whales and a pod of about forty dolphins."),
    ("none", "cobbler_prices", "Heels are twelve pounds a pair, and a full resole is twenty eight."),
    ("none", "saddle_size", "It's a seventeen and a half inch saddle on a medium wide tree."),
    ("none", "radio_band", "I mostly work the two metre band, around a hundred and forty five megahertz."),
    ("none", "shearing_rate", "A good shearer does two hundred ewes a day, about two minutes each."),
    ("none", "coasteering_jumps", "The jumps go from two metres up to eight, and low tide is at four."),
    ("none", "cryotherapy_minutes", "Three minutes at minus one hundred and ten degrees is plenty."),
    ("none", "koi_pond", "The pond holds eight thousand gallons, and the big koi is called Duchess."),
    ("none", "season_ticket_price", "An annual season is four thousand two hundred pounds, or three hundred and "
     "eighty a month."),
    ("none", "comedy_night", "Doors at seven, first act at eight, and there are four comics on."),
    ("none", "pet_names", "We have a Jack Russell called Pickle and a lurcher called Mr Biggs."),
    ("none", "routing_cue_only", "I'll ring back with the routing number, the cheque book's upstairs."),
    ("none", "passport_cue_only", "Do you need my passport number now, or at check in?"),
    ("none", "email_cue_only", "My email address changed last year, is that a problem?"),
    ("none", "ssn_cue_only", "I don't have a social security number, I'm here on a visitor visa."),
]

# (stem, turns); a turn is (channel, marked-up text). A value the caller says in pieces across
# turns has one item per piece (each piece must not leak on its own); WHOLE gives the full value
# the caller's pieces of a kind make, in order, and is checked like an utterance item. An item on
# an agent turn is a read-back of a value (checked on its own, never a piece). Callers mostly
# answer without a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("planetarium_name_mobile_pieces", [
        (AGENT, "Planetarium, group bookings. Who's the booking for?"),
        (CALLER, "[Tabitha Sandbach|PERSON|Tabitha Sandbach]."),
        (AGENT, "And a mobile for the reminder text?"),
        (CALLER, "[Oh seven seven oh oh|PHONE|07700]"),
        (AGENT, "Noted."),
        (CALLER, "[nine oh oh|PHONE|900]"),
        (AGENT, "Righto."),
        (CALLER, "[two six three|PHONE|263]."),
        (AGENT, "Brilliant. The show starts at half past seven."),
    ]),
    ("kitesurf_card_four_pieces_expiry_cvv", [
        (AGENT, "Kitesurf school, the lesson needs paying up front. Long number on the card?"),
        (CALLER, "[Four three eight five|CREDIT_CARD|4385]"),
        (AGENT, "Gotcha."),
        (CALLER, "[oh six one seven|CREDIT_CARD|0617]"),
        (AGENT, "Understood."),
        (CALLER, "[two two nine four|CREDIT_CARD|2294]"),
        (AGENT, "Alright."),
        (CALLER, "[five five one five|CREDIT_CARD|5515]."),
        (AGENT, "And it runs out when?"),
        (CALLER, "[Oh nine, thirty one|CARD_EXPIRY|09/31]."),
        (AGENT, "Three digits from the back?"),
        (CALLER, "[Six two nine|CVV|629]."),
    ]),
    ("taxidermy_address_postcode_phonetic_readback", [
        (AGENT, "Taxidermy studio, collections. Where should the courier bring the case?"),
        (CALLER, "[Four Nuthatch Yard, Knighton|ADDRESS|4 Nuthatch Yard, Knighton|nuthatch knighton]."),
        (AGENT, "Postcode?"),
        (CALLER, "[L D seven, one N S|ADDRESS|LD7 1NS]."),
        (AGENT, "That's [L for lima, D for delta, seven, one, N, S for sierra|ADDRESS|LD7 1NS]?"),
        (CALLER, "Yes, the cottage with the green gate."),
    ]),
    ("fireworks_permit_ssn_pieces_dob", [
        (AGENT, "Fireworks permit office. For the operator's background check, your social?"),
        (CALLER, "[Four two eight|SSN|428]"),
        (AGENT, "Grand."),
        (CALLER, "[nineteen|SSN|19]"),
        (AGENT, "Excellent."),
        (CALLER, "[six seven oh three|SSN|6703]."),
        (AGENT, "And date of birth?"),
        (CALLER, "[March the ninth, eighty two|DATE|March 9, 82]."),
        (AGENT, "And the zip for the display site?"),
        (CALLER, "[Four eight one one six|ZIP|48116]."),
    ]),
    ("ghost_walk_name_spelled_back", [
        (AGENT, "Ghost walks, good evening. Name for the booking?"),
        (CALLER, "[Blathnaid Corkill|PERSON|Blathnaid Corkill]."),
        (AGENT, "And the surname, letter by letter?"),
        (CALLER, "[C, O, R, K, I, L, L|PERSON|Corkill|corkill]."),
        (AGENT, "So [C, O, R, K, I, L, L|PERSON|Corkill|corkill]. We meet at the market cross."),
        (CALLER, "Bring a torch, I suppose?"),
    ]),
    ("car_restoration_routing_pieces_account", [
        (AGENT, "Classic car restoration, accounts. We'll refund the parts deposit. Routing number?"),
        (CALLER, "[Oh seven three|ROUTING_NUMBER|073]"),
        (AGENT, "Cracking."),
        (CALLER, "[nine oh two|ROUTING_NUMBER|902]"),
        (AGENT, "Fab."),
        (CALLER, "[one eight oh|ROUTING_NUMBER|180]."),
        (AGENT, "And the account it goes to?"),
        (CALLER, "[Two two nine, four oh, six one seven five|BANK_ACCOUNT|229406175]."),
        (AGENT, "Zip for the invoice?"),
        (CALLER, "[Three seven two oh four|ZIP|37204]."),
    ]),
    ("yoga_retreat_iban_pieces", [
        (AGENT, "The retreat refunds to a bank account abroad. Your I B A N?"),
        (CALLER, "[D K thirty three, three one two five|IBAN|DK33 3125]"),
        (AGENT, "Smashing."),
        (CALLER, "[double oh eight seven|IBAN|0087]"),
        (AGENT, "Okey-doke."),
        (CALLER, "[four six three three, one oh|IBAN|4633 10]."),
        (AGENT, "Thank you, ten to fourteen days."),
    ]),
    ("hedge_laying_licence_pieces_name", [
        (AGENT, "Hedge laying course. For the tractor session I need your driving licence number."),
        (CALLER, "[F, O, W, L, E|DRIVER_LICENSE|FOWLE]"),
        (AGENT, "Following you."),
        (CALLER, "[six oh one two nine two|DRIVER_LICENSE|601292]"),
        (AGENT, "Ta."),
        (CALLER, "[R, J, nine, T, V|DRIVER_LICENSE|RJ9TV]."),
        (AGENT, "And your full name for the certificate?"),
        (CALLER, "[Rufus Jericho Fowles|PERSON|Rufus Jericho Fowles]."),
    ]),
    ("circus_passport_pieces_readback", [
        (AGENT, "Circus school, the touring troupe. Passport number for the ferry?"),
        (CALLER, "[Two five nine|PASSPORT|259]"),
        (AGENT, "Good, good."),
        (CALLER, "[three one six|PASSPORT|316]"),
        (AGENT, "And after that?"),
        (CALLER, "[oh eight seven|PASSPORT|087]."),
        (AGENT, "I have [two five nine, three one six, oh eight seven|PASSPORT|259316087]."),
        (CALLER, "Spot on, thanks."),
    ]),
    ("sleep_clinic_nhs_pieces_name", [
        (AGENT, "Sleep clinic. To find your referral, what's your N H S number?"),
        (CALLER, "[Nine nine nine, six|MEDICAL_RECORD|9996]"),
        (AGENT, "Mm, yes."),
        (CALLER, "[one two, eight five|MEDICAL_RECORD|1285]"),
        (AGENT, "Yes, and?"),
        (CALLER, "[three nine|MEDICAL_RECORD|39]."),
        (AGENT, "Found you. And your name, as your G P has it?"),
        (CALLER, "[Tamsyn Polglase|PERSON|Tamsyn Polglase]."),
    ]),
    ("sheep_shearing_ni_pieces", [
        (AGENT, "Shearing gang payroll. We can't pay you without your National Insurance number."),
        (CALLER, "[Q Q|ID_NUMBER|QQ]"),
        (AGENT, "Alright, yes."),
        (CALLER, "[three oh, five eight, one one|ID_NUMBER|305811]"),
        (AGENT, "Got those."),
        (CALLER, "[B|ID_NUMBER|B]."),
        (AGENT, "Lovely, you'll be paid Friday."),
    ]),
    ("travel_clinic_policy_pieces_dob", [
        (AGENT, "Travel vaccination clinic. Is the course going through your insurance? The policy number?"),
        (CALLER, "[T R, four|HEALTH_PLAN|TR4]"),
        (AGENT, "Noted, and?"),
        (CALLER, "[oh nine, one one|HEALTH_PLAN|0911]"),
        (AGENT, "Keep them coming."),
        (CALLER, "[six two seven|HEALTH_PLAN|627]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[The eleventh of the twelfth, seventy five|DATE|11/12/75]."),
    ]),
    ("cinema_membership_dob_pieces_name", [
        (AGENT, "Cinema membership. The senior rate needs a date of birth."),
        (CALLER, "[The fourth of June|DATE|4 June]"),
        (AGENT, "And the year?"),
        (CALLER, "[nineteen fifty eight|DATE|1958]."),
        (AGENT, "And the name for the card?"),
        (CALLER, "[Wilfred Boakye-Stroud|PERSON|Wilfred Boakye-Stroud|wilfred boakye stroud]."),
    ]),
    ("toll_road_phone_pieces_email", [
        (AGENT, "Toll road accounts. What number can we text when your balance is low?"),
        (CALLER, "[Seven one eight|PHONE|718]"),
        (AGENT, "Cool."),
        (CALLER, "[five five five|PHONE|555]"),
        (AGENT, "Okay, still here."),
        (CALLER, "[oh one, six three|PHONE|0163]."),
        (AGENT, "And an email for statements?"),
        (CALLER, "[anatoly dot fairbairn at icloud dot com|EMAIL|anatoly.fairbairn@icloud.com|anatoly fairbairn]."),
        (AGENT, "And the zip on the account?"),
        (CALLER, "[One one two one five|ZIP|11215]."),
    ]),
    ("seaplane_card_halves_cvv", [
        (AGENT, "Seaplane tours. The card for the two seats?"),
        (CALLER, "[Four nine one three, seven oh eight two|CREDIT_CARD|4913 7082]"),
        (AGENT, "Brilliant, and the rest."),
        (CALLER, "[six six five oh, three four nine five|CREDIT_CARD|6650 3495]."),
        (AGENT, "Expiry?"),
        (CALLER, "[Ten, thirty six|CARD_EXPIRY|10/36]."),
        (AGENT, "Security digits?"),
        (CALLER, "[Nine eight three|CVV|983]."),
    ]),
    ("allergy_clinic_dob_holiday_readback_name", [
        (AGENT, "Allergy clinic. The patient's date of birth?"),
        (CALLER, "[Boxing Day, nineteen fifty nine|DATE|Boxing Day 1959]."),
        (AGENT, "[The twenty sixth of December, nineteen fifty nine|DATE|26 December 1959]. And the name?"),
        (CALLER, "[Nurse Eluned Cargill|PERSON|Nurse Eluned Cargill|eluned cargill], she's my mother."),
    ]),
    ("cobbler_phone_readback_regrouped", [
        (AGENT, "Cobbler's, your boots are ready on Thursday. A number to call?"),
        (CALLER, "[Oh one two one, four nine six, oh, seven, four, four|PHONE|0121 496 0744]."),
        (AGENT, "[Oh one two one, four nine six oh seven four four|PHONE|0121 496 0744]."),
        (CALLER, "That's the one."),
    ]),
    ("drone_registration_operator_id_readback", [
        (AGENT, "Drone registrations. Your operator I D, please?"),
        (CALLER, "[G B R, O P, nine K, three one, two eight|ID_NUMBER|GBR-OP-9K3128]."),
        (AGENT, "[G B R, O P, nine K, three one, two eight|ID_NUMBER|GBR-OP-9K3128]. And the flyer's name?"),
        (CALLER, "[Ragnhild Aarsheim|PERSON|Ragnhild Aarsheim]."),
    ]),
    ("pool_service_account_pieces_readback", [
        (AGENT, "Pool maintenance, direct debits. The routing number first?"),
        (CALLER, "[Oh four four, one one five, two oh seven|ROUTING_NUMBER|044115207]."),
        (AGENT, "And your account number?"),
        (CALLER, "[Six one|BANK_ACCOUNT|61]"),
        (AGENT, "Excellent, yes."),
        (CALLER, "[oh eight, three three|BANK_ACCOUNT|0833]"),
        (AGENT, "Understood, and?"),
        (CALLER, "[nine seven two|BANK_ACCOUNT|972]."),
        (AGENT, "[Six one oh, eight three three, nine seven two|BANK_ACCOUNT|610833972]?"),
        (CALLER, "Yes, that's it."),
    ]),
    ("hypnotherapy_name_nickname_email_au_phone", [
        (AGENT, "Hypnotherapy practice, new clients. Your name?"),
        (CALLER, "[Ikechukwu Adebisi|PERSON|Ikechukwu Adebisi], but everyone calls me [Ike|PERSON|Ike|ike]."),
        (AGENT, "And an email?"),
        (CALLER, "[ike dot adebisi at fastmail dot net|EMAIL|ike.adebisi@fastmail.net|ike adebisi]."),
        (AGENT, "And a phone number?"),
        (CALLER, "[Oh two, five five five oh, three three six one|PHONE|(02) 5550 3361]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "planetarium_name_mobile_pieces": {"PHONE": "07700 900263"},
    "kitesurf_card_four_pieces_expiry_cvv": {"CREDIT_CARD": "4385 0617 2294 5515"},
    "fireworks_permit_ssn_pieces_dob": {"SSN": "428-19-6703"},
    "car_restoration_routing_pieces_account": {"ROUTING_NUMBER": "073902180"},
    "yoga_retreat_iban_pieces": {"IBAN": "DK33 3125 0087 4633 10"},
    "hedge_laying_licence_pieces_name": {"DRIVER_LICENSE": "FOWLE601292RJ9TV"},
    "circus_passport_pieces_readback": {"PASSPORT": "259316087"},
    "sleep_clinic_nhs_pieces_name": {"MEDICAL_RECORD": "999 612 8539"},
    "sheep_shearing_ni_pieces": {"ID_NUMBER": "QQ305811B"},
    "travel_clinic_policy_pieces_dob": {"HEALTH_PLAN": "TR40911627"},
    "cinema_membership_dob_pieces_name": {"DATE": "4 June 1958"},
    "toll_road_phone_pieces_email": {"PHONE": "(718) 555-0163"},
    "seaplane_card_halves_cvv": {"CREDIT_CARD": "4913 7082 6650 3495"},
    "pool_service_account_pieces_readback": {"BANK_ACCOUNT": "610833972"},
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
