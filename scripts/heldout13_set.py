"""The round-thirteen held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written before any rule was tuned on round twelve (scripts/heldout12_set.py), when round twelve
was about to be handed to the rules, by a hand that did not read the detection rules (nor any
transcript or result of an earlier round; earlier rounds' texts only read to learn the markup and
to stay clear of their sentences and values), so that a set no rule has seen exists again. New
sentences, names, streets, towns and values (each checked against rounds two to twelve, the other
scripts' texts and samples/, six-word phrases included, bar the digit runs every fictional phone
range shares), in domains no earlier round had (blacksmith, stained glass, paragliding, puppet
theatre, sauna, hot tub hire, beach hut, quilting, gin distillery, axe throwing, caravan storage,
board game cafe, helicopter tour, gliding club, sushi class, judo club, pet insurance, food truck,
darts league, skydiving, organ builder, windscreen repair, bagpipe tutor, scaffolders, lock
keeper, horse box, motorbike course, acupuncture, reflexology, croquet club, lifeguard course,
record shop, tuxedo hire, photo booth, zip wire park, fishmonger, lawn mower repair, sea swimming
club, roller disco, ice cream van, bouncy castle, Christmas tree delivery, piano finance, organ
tuning, chainsaw course, coffee roastery, dog agility, reptile shop, wig studio, canoe trip,
jeweller, bridal boutique, karaoke, car valeting, driving school, heat pump installer, notary),
in spoken shapes no earlier round had: a card with the caller's own "yeah" after every group, read
as two runs of eight, in lost-place chunks of two, three and four ("forty, three five, four seven
four, ..."), with an aside inside it ("hang about, where are my glasses"), with "next bit" and
"where was I" between groups, regrouped around a triple that crosses two groups ("three nine,
triple eight, four oh four"), with "zero" and "oh" both in one number, ending "twenty nineteen",
with four doubles in a row ("double one, double six, double six"), and an Amex in fives or as
4-6-5 with a "double oh"; a CVV as "nine hundred and four", "eleven, nine", "four, seven, and
two", "seven seventy", "five fifteen", "zero twenty seven", an Amex code "oh eight, thirteen" and
"eighty eight, oh five"; expiry dates as "one one slash two nine", "oh nine, and the year's twenty
eight", "the tenth month, thirty", "three twenty nine", "six, two thousand twenty seven", "four,
thirty" read back as "April, twenty thirty"; an SSN with "four hundred and twelve" as its area, in
five and four ("two six seven oh four, eight eight one nine"), in three and six, in pairs and a
run ("fifty one, seven, twenty two, eighty three ten"), with "sorry" inside, a last four read back
by the agent; phones as a UK mobile in tens ("oh seven seven, oh oh, ninety, oh four, forty one")
and in hundreds ("oh seventy seven hundred, nine hundred"), "one, eight hundred" and a bare "one"
before an area code, "plus four four, twenty", "and the last bit's", "er" between the groups of a
UK number, a pair said twice ("oh two, oh two"), Australian numbers ending in pairs and as
"fifty five fifty, sixty two thirteen"; emails with "period", "at sign", "at the rate of", "the
number eight", a year in the user ("nineteen seventy three"), "all one word" after, and the TLDs
".co", ".io", ".info", ".ca", ".co.nz", ".net.au"; IBANs from Switzerland (a letter inside the
account), Ireland with "as in" on every letter ("Quebec", "xylophone", "Tango"), Poland with
"check digits" said inside, Norway ending "six hundred"; a routing number in pairs ending "oh oh,
one", an NHS number in pairs and one after a "hash"; a zip as "seventy three, one hundred" and a
ZIP+4 in pieces; dates as "the first of the first, two thousand", "eighty five, June the third",
"the fifth of the ninth, seventy two", "in nineteen sixty six", "a Thursday, the twenty second",
"eleven, seventeen, ninety four", "nineteen sixty, the thirtieth of May", "the sixth of the
twelfth, two thousand one" and a two-digit year read back with four; addresses as a houseboat at
a mooring, a caravan pitch, a street corner ("Buckthorn and Ninth"), "flat two, first floor", a
state route, "building C, unit fourteen", a number range ("eighteen to twenty"), a number after
the street, a cottage with no number, a trading estate; names with "Dame", "Sir", "Lady",
"Councillor", "Sister", "Father", "Captain", "Rabbi", "Judge", "Junior", "the Third", surname
first with a comma, "O apostrophe Driscoll", a "Mac" name spelled, "Z as in zulu", initials,
twins joined by "and"; "N as in Nancy", "O as in Oscar", "C for Charlie", "K nine" in a pet
policy. Utterances without PII carry ordinary numbers (forge and sauna temperatures, darts and
squash scores, judo grades, gin strength, pigeon miles, record speeds, quilt blocks, winch
heights, prices) and name-like words that are not PII (Punch and Judy, tortoise names, apple
varieties, sheepdog commands), or a cue word with no value after it, to measure over-redaction.

Calls: callers answer the agent's questions, mostly with a bare value and no cue of their own;
fourteen calls give a value in pieces across turns, with backchannel the earlier rounds did not
use ("got that", "with you", "carry on", "and then?", "lovely", "sure", "mm", "okay, next")
between the pieces (a phone, a 2-series Mastercard, a ZIP+4, an SSN, a routing number, a driver's
license, an IBAN, a pet policy, an NHS number, a passport, an Amex, an account, a National
Insurance number ending "C for Charlie"); in five the agent reads a value back to confirm it (a
postcode, a date of birth, a routing number given in pieces, a zip, an SSN's last four), and in
a sixth an expiry said as numbers is read back as a month name, items on the agent's channel (as
in rounds nine to twelve; AGENT_ITEMS).

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 13`) only; the audio goes
to target/heldout13/ and is never committed. Once anyone tunes hush on these sentences or on
what Whisper writes for them, they stop being held out: write a round fourteen.

All values are fictional: NANP phones in 555-01xx (one toll-free, three in international form,
one seven-digit local), UK numbers in Ofcom's drama ranges, Australian ones in ACMA's 02 5550
drama range, Luhn-valid cards, ABA-checksummed routing numbers, mod-97-valid IBANs of the right
length with valid national check digits where the checks know them (BE, NL, FI, ES, NO, PL; DE,
CH, IE and GB have none the checks know), made-up bank codes, valid-format SSNs, NHS numbers in
the 999 range kept for tests (mod-11 valid), National Insurance numbers with the QQ prefix HMRC
keeps for examples. `python3 scripts/heldout13_set.py` checks them (`self_check`), and
make_heldout.py runs the same check before it synthesizes anything.
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

# (category, style, marked-up text); ids are heldout13_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "blacksmith_yeah_between", "For the forge day, [four nine six three, yeah, nine five four four, yeah, "
     "eight eight five five, yeah, two two seven nine|CREDIT_CARD|4963 9544 8855 2279]."),
    ("card", "stained_glass_two_eights", "The leaded light panel, [four three one four four five six seven, seven "
     "four eight two eight one eight seven|CREDIT_CARD|4314 4567 7482 8187]."),
    ("card", "paraglider_lost_place", "Tandem flight deposit, [forty, three five, four seven four, one oh nine three, "
     "fifty one, seven nine nine|CREDIT_CARD|4035 4741 0935 1799]."),
    ("card", "puppet_glasses_aside", "Six seats for the puppet show, [four seven seven two, nine three eight one, "
     "hang about, where are my glasses, nine six five five, one oh seven oh|CREDIT_CARD|4772 9381 9655 1070]."),
    ("card", "sauna_triple_regrouped", "The sauna block booking, [four six double seven, three nine, triple eight, "
     "four oh four, six eight six five|CREDIT_CARD|4677 3988 8404 6865]."),
    ("card", "hot_tub_zero_and_oh", "Hot tub hire for the weekend, [four seven zero three, three nine five seven, "
     "four seven nine three, eight two six oh|CREDIT_CARD|4703 3957 4793 8260]."),
    ("card", "beach_hut_next_bit", "The beach hut's on [four oh five five, next bit, one four six six, next bit, "
     "oh nine three nine, next bit, eight two four oh|CREDIT_CARD|4055 1466 0939 8240]."),
    ("card", "quilting_year_like_end", "For the quilting weekend, [four two five eight, four one six six, oh six oh "
     "two, twenty nineteen|CREDIT_CARD|4258 4166 0602 2019]."),
    ("card", "gin_tens_uh", "Two places on the gin tour, [forty eight oh four, nine five five eight, uh, forty two "
     "twenty one, eighty three sixty nine|CREDIT_CARD|4804 9558 4221 8369]."),
    ("card", "axe_cue_after_last_time", "[Four two eight five, two six one nine, four two eight two, oh two eight "
     "nine|CREDIT_CARD|4285 2619 4282 0289], same card as last time, for the axe throwing."),
    ("card", "caravan_doubles_in_a_row", "Caravan storage for the winter, [double five seven three, double one, "
     "double six, double six, four oh, seven five oh seven|CREDIT_CARD|5573 1166 6640 7507]."),
    ("card", "board_game_where_was_i", "The cafe tab goes on [five four eight nine, oh six two three, where was I, "
     "two one three three, five three eight one|CREDIT_CARD|5489 0623 2133 5381]."),
    ("card", "helicopter_tens_oh", "The helicopter tour is [twenty six eighty, forty one oh three, seventy two "
     "ninety one, oh three eighty four|CREDIT_CARD|2680 4103 7291 0384]."),
    ("card", "gliding_amex_fives", "The gliding club takes Amex, [three seven nine oh nine, two four eight oh oh, "
     "two five seven nine oh|CREDIT_CARD|3790 924800 25790]."),
    ("card", "sushi_amex_six_run", "For the sushi class, [three four double oh, five three nine one two seven, "
     "seven five oh two eight|CREDIT_CARD|3400 539127 75028]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "hundred_and_unit", "The back of the card says [nine hundred and four|CVV|904]."),
    ("cvv", "teen_then_single", "It's [eleven, nine|CVV|119], the three on the strip."),
    ("cvv", "and_last", "Security digits, [four, seven, and two|CVV|472]."),
    ("cvv", "amex_oh_teen", "The little number above the Amex logo, [oh eight, thirteen|CVV|0813]."),
    ("cvv", "single_then_seventy", "Card verification, [seven seventy|CVV|770]."),
    ("cvv", "zero_then_tens", "I can just read it, [zero twenty seven|CVV|027]."),
    ("cvv", "single_teen", "The three digit bit is [five fifteen|CVV|515]."),
    ("cvv", "amex_tens_pairs", "Four digits on the front, [twenty nine forty six|CVV|2946]."),
    ("cvv", "cue_after_scratched", "[Three three six|CVV|336], that's what's left of the code, it's half rubbed "
     "away."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "month_two_digits_slash", "It expires [one one slash three four|CARD_EXPIRY|11/34]."),
    ("expiry", "and_the_years", "Expiry [oh nine, and the year's twenty eight|CARD_EXPIRY|09/28]."),
    ("expiry", "ordinal_month", "Valid through [the tenth month, thirty five|CARD_EXPIRY|10/35]."),
    ("expiry", "run_three_digits", "It's good till [three twenty nine|CARD_EXPIRY|3/29]."),
    ("expiry", "month_comma_year", "The card lasts until [October, twenty thirty|CARD_EXPIRY|October 2030]."),
    ("expiry", "zero_month", "Expiration, [zero two, thirty one|CARD_EXPIRY|02/31]."),
    ("expiry", "thousand_year_single_month", "Ends [six, two thousand twenty seven|CARD_EXPIRY|6/2027]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "hundred_and_area", "My social is [four hundred and twelve, fifty, sixty six oh one|SSN|412-50-6601]."),
    ("ssn", "five_then_four", "Social security, [two six seven oh four, eight eight one nine|SSN|267-04-8819]."),
    ("ssn", "three_then_six", "S S N, [six oh two, one three five five two nine|SSN|602-13-5529]."),
    ("ssn", "zero_and_oh_mixed", "It's [zero seven three, oh five, one one two two|SSN|073-05-1122]."),
    ("ssn", "sorry_inside", "My social's [three four nine, uh, sorry, six two, eight oh oh seven|SSN|349-62-8007]."),
    ("ssn", "last_four_zero", "The last few digits of my social are [zero three zero eight|SSN|0308]."),
    ("ssn", "cue_after_yeah", "[Five three eight, two nine, seven one four six|SSN|538-29-7146], yeah, that's "
     "the social on my card."),
    ("ssn", "pairs_then_run", "For the judo club background check, [fifty one, seven, twenty two, eighty three "
     "ten|SSN|517-22-8310]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "uk_mobile_tens_pairs", "You'll get me on [oh seven seven, oh oh, ninety, oh four, forty one"
     "|PHONE|07700 900441]."),
    ("phone", "uk_mobile_hundreds", "Text me on [oh seventy seven hundred, nine hundred, one two three"
     "|PHONE|07700 900123]."),
    ("phone", "one_eight_hundred", "The pet insurer's claims line, [one, eight hundred, five five five, oh one "
     "four eight|PHONE|+1 800-555-0148]."),
    ("phone", "one_prefix_no_plus", "From here you dial [one, four one five, five five five, oh one six seven"
     "|PHONE|+1 415-555-0167]."),
    ("phone", "london_oh_two_oh", "The probate people, [oh two oh, seven nine four six, oh five two three"
     "|PHONE|020 7946 0523]."),
    ("phone", "last_bit", "Call the food truck on [five oh nine, five five five, and the last bit's oh one eight "
     "eight|PHONE|(509) 555-0188]."),
    ("phone", "seven_digit_zero_pairs", "The darts league secretary is [five five five, zero one, zero six"
     "|PHONE|555-0106]."),
    ("phone", "au_pairs_end", "Our Sydney office, [oh two, five five five oh, four oh, seven one"
     "|PHONE|(02) 5550 4071]."),
    ("phone", "au_plus_tens", "For the skydive centre ring [plus six one, two, fifty five fifty, sixty two thirteen"
     "|PHONE|+61 2 5550 6213]."),
    ("phone", "leeds_singles_end", "The organ builder's in Leeds; try [oh one one three, four nine six, oh, seven, "
     "seven, two|PHONE|0113 496 0772]."),
    ("phone", "bristol_zero_alone", "The windscreen people are on [oh one one seven, four nine six, zero, six one "
     "five|PHONE|0117 496 0615]."),
    ("phone", "edinburgh_cue_after", "[Oh one three one, four nine six, oh four double two|PHONE|0131 496 0422] is "
     "the bagpipe tutor's number."),
    ("phone", "newcastle_tens_end", "The scaffolders, [oh one nine one, four nine eight, oh oh, eighty seven"
     "|PHONE|0191 498 0087]."),
    ("phone", "reading_hesitant", "Ring the lock keeper on [oh one one eight, er, four nine six, er, oh five three "
     "nine|PHONE|0118 496 0539]."),
    ("phone", "plus_one_commas", "My daughter in Denver, [plus one, seven two oh, five five five, oh one two six"
     "|PHONE|+1 720-555-0126]."),
    ("phone", "us_area_then_seven", "It's [eight one six, five five five oh one nine three|PHONE|(816) 555-0193]."),
    ("phone", "manchester_pair_twice", "The tuxedo shop is [oh one six one, four nine six, oh two, oh two"
     "|PHONE|0161 496 0202]."),
    ("phone", "liverpool_after_hours", "After hours it's [oh one five one, four nine six, oh three, double nine"
     "|PHONE|0151 496 0399]."),
    ("phone", "birmingham_oh_six_sixty_six", "The photo booth firm, [oh one two one, four nine six, oh six, sixty "
     "six|PHONE|0121 496 0666]."),
    ("phone", "plus44_london_twenty", "From Spain, dial [plus four four, twenty, seventy nine forty six, oh eight "
     "one two|PHONE|+44 20 7946 0812]."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "period_us", "Email me at [perdita period ormsby at protonmail dot com"
     "|EMAIL|perdita.ormsby@protonmail.com|perdita ormsby]."),
    ("email", "at_sign", "It's [bellows at sign forgeworks dot co|EMAIL|bellows@forgeworks.co|bellows forgeworks]."),
    ("email", "all_one_word_after", "Send it to [tallispuppets at gmail dot com|EMAIL|tallispuppets@gmail.com"
     "|tallispuppets], all one word."),
    ("email", "dot_io", "The kite school is [hello at kiteline dot io|EMAIL|hello@kiteline.io|kiteline]."),
    ("email", "dot_info", "Entries go to [entries at fellsheepdogs dot info|EMAIL|entries@fellsheepdogs.info"
     "|fellsheepdogs]."),
    ("email", "co_nz", "My brother's is [rangi dot hapeta at xtra dot co dot nz|EMAIL|rangi.hapeta@xtra.co.nz"
     "|rangi hapeta]."),
    ("email", "dot_ca", "Her address is [pascale at lacvert dot ca|EMAIL|pascale@lacvert.ca|pascale lacvert]."),
    ("email", "the_number", "It's [quill the number eight at outlook dot com|EMAIL|quill8@outlook.com|quill]."),
    ("email", "year_in_user", "Try [rosehip nineteen seventy three at yahoo dot com|EMAIL|rosehip1973@yahoo.com"
     "|rosehip]."),
    ("email", "at_the_rate", "Please mail [anjali dot rao at the rate of rediffmail dot com"
     "|EMAIL|anjali.rao@rediffmail.com|anjali rao]."),
    ("email", "net_au", "The zip wire park in Western Australia is [bronwyn dot tait at iinet dot net dot au"
     "|EMAIL|bronwyn.tait@iinet.net.au|bronwyn tait]."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing_zero_and_oh", "Routing number [zero five nine, oh oh one, five one three"
     "|ROUTING_NUMBER|059001513]."),
    ("bank", "routing_pairs_single_end", "The routing's [twenty eight, seventy nine, fifty eight, oh oh, one"
     "|ROUTING_NUMBER|287958001]."),
    ("bank", "routing_uh", "A B A, [oh nine seven, uh, two oh four, uh, four five three|ROUTING_NUMBER|097204453]."),
    ("bank", "routing_cue_after_bottom", "[One one six, seven oh four, four six five|ROUTING_NUMBER|116704465], "
     "the one at the bottom left of the cheque."),
    ("bank", "account_fives", "My account, [four one seven seven two, oh eight nine five|BANK_ACCOUNT|417720895]."),
    ("bank", "account_tens_oh", "My checking account is [sixty two oh four, eighty one, ninety three"
     "|BANK_ACCOUNT|62048193]."),
    ("bank", "account_triple_end", "The savings account, [three oh eight, one five, triple nine"
     "|BANK_ACCOUNT|30815999]."),
    ("bank", "account_cue_after_business", "[Eight eight four, two oh, seven one six three|BANK_ACCOUNT|884207163] "
     "is the butcher's business account."),
    ("bank", "account_threes_single", "The account number is [two two eight, oh oh five, one three one, four"
     "|BANK_ACCOUNT|2280051314]."),
    ("bank", "account_cue_after_sort_code", "[Five oh six one, four eight seven seven|BANK_ACCOUNT|50614877], and "
     "the sort code is printed on the letter."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "ch_letter_inside", "For the Swiss transfer, [C H thirty three, four nine four two, eight, A, one one, "
     "oh eight six eight, one two seven three, eight|IBAN|CH33 4942 8A11 0868 1273 8]."),
    ("iban", "ie_nato_letters", "My Irish account, [I E fifty nine, Q as in Quebec, X as in xylophone, T as in "
     "Tango, B, four five three three, three one four seven, eight nine three two, eight eight"
     "|IBAN|IE59 QXTB 4533 3147 8932 88]."),
    ("iban", "pl_check_digits_cue", "The Polish one, [P L, check digits eighty nine, six four one five, "
     "four three oh five, two two five eight, two three six nine, eight three nine three, four nine three eight"
     "|IBAN|PL89 6415 4305 2258 2369 8393 4938]."),
    ("iban", "de_zero_said", "German account, [D E seven eight, one eight two one, eight eight zero two, one two "
     "three three, eight three nine one, one three|IBAN|DE78 1821 8802 1233 8391 13]."),
    ("iban", "gb_letters_runs", "The UK refund account, [G B sixty eight, H L V M, oh four oh seven, two three "
     "eight six, two five five one, one eight|IBAN|GB68 HLVM 0407 2386 2551 18]."),
    ("iban", "be_cue_after", "[B E twenty nine, six five one seven, seven nine oh six, one three six four"
     "|IBAN|BE29 6517 7906 1364] is the Belgian account for the brass band tour."),
    ("iban", "es_pairs_mixed", "Spanish account, [E S thirteen, forty nine seventy five, thirty one sixty two, "
     "fifty four forty two, sixty two fifty four, sixty fifty two|IBAN|ES13 4975 3162 5442 6254 6052]."),
    ("iban", "no_zero_pairs", "Norwegian, [N O seventy three, seventy seven thirty five, seventy four forty four, "
     "six hundred|IBAN|NO73 7735 7444 600]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "zero_run", "Zip is [zero three eight five seven|ZIP|03857]."),
    ("zip", "tens_then_three", "Zip code, [forty four, one oh six|ZIP|44106]."),
    ("zip", "plus_four_then", "The full zip is [nine eight one oh three, then four four seven two|ZIP|98103-4472]."),
    ("zip", "cue_after_mail", "[Six five eight oh two|ZIP|65802] is the zip for the sauna delivery."),
    ("zip", "tens_then_hundred", "It's [seventy three, one hundred|ZIP|73100]."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "first_of_first", "Put down [the first of the first, two thousand|DATE|1/1/2000] as my date of birth."),
    ("dob", "short_year_first", "Born [eighty five, June the third|DATE|85, June 3]."),
    ("dob", "ordinal_of_numeric_month_short", "D O B, [the fifth of the ninth, seventy two|DATE|5/9/72]."),
    ("dob", "in_year", "She was born [the tenth of April, in nineteen sixty six|DATE|10 April 1966]."),
    ("dob", "us_numeric_ohs_thousand", "Date of birth [oh seven, oh nine, two thousand three|DATE|07/09/2003]."),
    ("dob", "weekday_ordinal_short", "He was born on [a Thursday, the twenty second of November, seventy nine"
     "|DATE|22 November 79]."),
    ("dob", "sixties_cue_after", "[The twelfth of March, nineteen eighty|DATE|12 March 1980] is my birthday, for "
     "the bouncy castle discount."),
    ("dob", "month_numeric_teen_day", "Birth date, [eleven, seventeen, ninety four|DATE|11/17/94]."),
    ("dob", "sorry_correction", "It's the thirtieth, sorry, [the thirteenth of July, nineteen fifty two"
     "|DATE|13 July 1952]."),
    ("dob", "second_of_second_thousand", "Born [the second of the second, two thousand two|DATE|2/2/2002]."),
    ("dob", "year_then_ordinal", "Date of birth, [nineteen sixty, the thirtieth of May|DATE|1960, 30 May]."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "houseboat_mooring", "Post the licence to [the houseboat Dabchick, mooring nineteen, Sheepwash "
     "Reach|ADDRESS|Houseboat Dabchick, Mooring 19, Sheepwash Reach|dabchick sheepwash]."),
    ("address", "caravan_pitch", "We're on [pitch forty seven, Gorsecliff Holiday Park|ADDRESS|Pitch 47, Gorsecliff "
     "Holiday Park|gorsecliff]."),
    ("address", "intersection", "The food truck parks at [the corner of Buckthorn and Ninth"
     "|ADDRESS|Corner of Buckthorn and 9th|buckthorn]."),
    ("address", "first_floor_flat", "Deliver the wood stove to [flat two, first floor, eighteen Tanpit Row"
     "|ADDRESS|Flat 2, 1st Floor, 18 Tanpit Row|tanpit]."),
    ("address", "route_number", "The farm shop is at [forty four thirty State Route nine|ADDRESS|4430 State Route 9"
     "|state route]."),
    ("address", "building_unit", "It's [building C, unit fourteen, Ropery Yard|ADDRESS|Building C, Unit 14, "
     "Ropery Yard|ropery yard]."),
    ("address", "postcode_pairs_said", "The tortoise is boarding at [six Hollins Fold, Settle, B D twenty four, "
     "nine J W|ADDRESS|6 Hollins Fold, Settle BD24 9JW|hollins settle]."),
    ("address", "number_after_street", "It's [Kilnhouse Lane, number thirty one|ADDRESS|Kilnhouse Lane, 31"
     "|kilnhouse]."),
    ("address", "cue_after_hundred", "[Twenty nine hundred Saltcedar Bend|ADDRESS|2900 Saltcedar Bend"
     "|saltcedar bend] is where the pizza oven's going."),
    ("address", "range_numbers", "The fishmonger is at [eighteen to twenty Weavers Row|ADDRESS|18-20 Weavers Row"
     "|weavers]."),
    ("address", "named_cottage_no_number", "Send it to [Coastguard Cottage, Cawsand Point|ADDRESS|Coastguard "
     "Cottage, Cawsand Point|coastguard cottage cawsand]."),
    ("address", "trading_estate", "The mower repair shop is [unit nine, Halfpenny Trading Estate|ADDRESS|Unit 9, "
     "Halfpenny Trading Estate|halfpenny]."),
    ("address", "the_paddock", "We're at [sixteen, The Paddock, Great Ayton|ADDRESS|16 The Paddock, Great Ayton"
     "|paddock ayton]."),
    ("address", "town_pickup", "Collect the horse box from [Market Harborough|LOCATION|Market Harborough"
     "|market harborough]."),
    ("address", "town_cue_after_caravan", "[Aberaeron|LOCATION|Aberaeron|aberaeron] is where we keep the caravan."),
    ("address", "town_state", "The sheepdog trials are in [Wallace, Idaho|LOCATION|Wallace, Idaho"
     "|wallace idaho] this year."),
    ("address", "welsh_town", "My sister moved to [Llanidloes|LOCATION|Llanidloes|llanidloes]."),
    # --- driver's licences --------------------------------------------------------------------
    ("dl", "letter_nato", "Driver's license [N as in Nancy, eight oh five, four four one, two nine seven"
     "|DRIVER_LICENSE|N805441297]."),
    ("dl", "uk_licence_runs", "For the horse box, my licence is [M A C K I, six one oh seven two one, J, nine nine, "
     "B W|DRIVER_LICENSE|MACKI610721J99BW]."),
    ("dl", "two_letters_hundred", "License [W Q, three hundred and eight, forty, seventeen"
     "|DRIVER_LICENSE|WQ3084017]."),
    ("dl", "cue_after_permit", "[H, oh one five, two seven, eight eight three|DRIVER_LICENSE|H01527883] is on my "
     "license, for the motorbike course."),
    ("dl", "zero_pairs", "License number [zero nine, twenty one, fifty six, thirty|DRIVER_LICENSE|09215630]."),
    ("dl", "question_bare", "License? [C, one nine seven, four oh eight, two six six, oh"
     "|DRIVER_LICENSE|C1974082660]."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "hundred_and_start", "Passport [five hundred and sixty, three one, eight eight four four"
     "|PASSPORT|560318844]."),
    ("passport", "letter_then_eight", "The new passport starts with a letter, [A, four nine, double three, oh "
     "seven, two six|PASSPORT|A49330726]."),
    ("passport", "fives_and_four", "For the helicopter manifest, passport [seven oh two nine one, six six five "
     "three|PASSPORT|702916653]."),
    ("passport", "cue_after_expired", "[Four one eight, oh oh nine, two three six|PASSPORT|418009236], though it "
     "runs out next spring."),
    ("passport", "uh_pairs", "My passport's [ninety, uh, thirty four, uh, twelve, seventy seven, one"
     "|PASSPORT|903412771]."),
    ("passport", "teens_pairs", "For the skydive, passport [nineteen, oh four, sixty eight, twelve, three"
     "|PASSPORT|190468123]."),
    ("passport", "question_bare", "Passport number? [Two two seven, five one eight, oh six oh|PASSPORT|227518060]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "member_dash", "Acupuncture's covered, member I D [W H N, dash, four four eight, dash, oh two nine"
     "|HEALTH_PLAN|WHN448029]."),
    ("health", "medicare_singles", "Medicare number [three, T, U, seven, E, nine, oh, K, P, four, one"
     "|HEALTH_PLAN|3TU7E90KP41]."),
    ("health", "pet_policy", "The pet insurance policy is [P I, seventy seven, oh six, thirty"
     "|HEALTH_PLAN|PI770630]."),
    ("health", "cue_after_group", "[Four oh double eight, one|HEALTH_PLAN|40881] is the group on my card."),
    ("health", "nato_oscar", "Subscriber number [O as in Oscar, R, seven, double two, five, eight"
     "|HEALTH_PLAN|OR72258]."),
    ("health", "dental_hundred_and", "The dental plan is [D P, six hundred and three, twenty|HEALTH_PLAN|DP60320]."),
    ("health", "vision_plan", "Vision plan member [V X, nine two, oh one, four four|HEALTH_PLAN|VX920144]."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "nhs_pairs", "His health service number, [nine nine, nine four, seven six, double one, double eight"
     "|MEDICAL_RECORD|999 476 1188]."),
    ("medical", "hospital_hash", "My hospital number is [K H, hash, five five oh, three nine one"
     "|MEDICAL_RECORD|KH550391]."),
    ("medical", "reflexology_record_cue_after", "[C R, eight one, four seven|MEDICAL_RECORD|CR8147] is my client "
     "record at the reflexology clinic."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "ni_single_run", "National Insurance, [Q Q, one two three eight five six, A|ID_NUMBER|QQ123856A]."),
    ("id", "cscs_card", "My C S C S card number is [seven seven oh, four one, two nine three, two"
     "|ID_NUMBER|770412932]."),
    ("id", "pilot_licence", "Gliding certificate [G C, twenty twenty, oh four|ID_NUMBER|GC202004]."),
    ("id", "croquet_handicap", "My croquet association number is [C A, nine oh, triple one|ID_NUMBER|CA90111]."),
    ("id", "student_hundred", "Student number [S, forty one hundred, twenty six|ID_NUMBER|S410026]."),
    ("id", "vinyl_order", "The record shop order is [V R, six, oh eight, two, four|ID_NUMBER|VR60824]."),
    ("id", "axe_waiver", "The waiver number is [A X, double oh, seven five|ID_NUMBER|AX0075]."),
    ("id", "lifeguard_award", "My lifeguard award number is [N P L Q, one six, oh three, two two"
     "|ID_NUMBER|NPLQ160322]."),
    ("id", "fishing_licence_cue_after", "[R L, two two, five one, nine|ID_NUMBER|RL22519] is on my rod licence."),
    ("id", "paintball_booking", "Paintball booking [P B, four seven, oh nine|ID_NUMBER|PB4709]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "dame", "The guest of honour is [Dame Ermintrude Cardew"
     "|PERSON|Dame Ermintrude Cardew|ermintrude cardew]."),
    ("person", "sir", "The letter's signed [Sir Lucius Athelstan|PERSON|Sir Lucius Athelstan"
     "|lucius athelstan]."),
    ("person", "councillor", "Could I speak to [Councillor Chinyere Obaseki|PERSON|Councillor Chinyere Obaseki"
     "|chinyere obaseki]?"),
    ("person", "surname_first_comma", "On the form it's [Venables, Roderick|PERSON|Venables, Roderick"
     "|venables roderick]."),
    ("person", "junior", "The booking is for [Wendell Marsh Junior|PERSON|Wendell Marsh Jr.|wendell marsh]."),
    ("person", "the_third", "It's made out to [Alaric Tregunna the Third|PERSON|Alaric Tregunna III"
     "|alaric tregunna]."),
    ("person", "apostrophe_said", "My surname is [O apostrophe Driscoll|PERSON|O'Driscoll|driscoll]."),
    ("person", "sister_religious", "The school sends [Sister Scholastica Quaid|PERSON|Sister Scholastica Quaid"
     "|scholastica quaid]."),
    ("person", "captain", "The skipper is [Captain Idris Pugh-Rowlands|PERSON|Captain Idris Pugh-Rowlands"
     "|idris pugh rowlands]."),
    ("person", "spelled_nato", "The surname's [Zelenko|PERSON|Zelenko], [Z as in zulu, E, L, E, N, K, O"
     "|PERSON|Zelenko|zelenko]."),
    ("person", "lady", "The stained glass is a memorial to [Lady Clementina Blakiston|PERSON|Lady Clementina Blakiston"
     "|clementina blakiston]."),
    ("person", "father_priest", "Please ask [Father Tadhg Ruane|PERSON|Father Tadhg Ruane|tadhg ruane] to "
     "call."),
    ("person", "mac_spelled", "It's [Morag MacQuarrie|PERSON|Morag MacQuarrie], [M, A, C, Q, U, A, R, R, I, E"
     "|PERSON|MacQuarrie|macquarrie]."),
    ("person", "rabbi", "The wedding is with [Rabbi Eliezer Sokolow|PERSON|Rabbi Eliezer Sokolow"
     "|eliezer sokolow]."),
    ("person", "judge", "The show is judged by [Judge Ifeoma Olaniyan|PERSON|Judge Ifeoma Olaniyan|ifeoma olaniyan]."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv_one_breath", "[Five two nine eight, oh two three three, three eight six four, oh four "
     "five three|CREDIT_CARD|5298 0233 3864 0453], [oh five, thirty four|CARD_EXPIRY|05/34], [six four three"
     "|CVV|643]."),
    ("combo", "name_then_cell", "[Euphemia Grimshaw-Tate|PERSON|Euphemia Grimshaw-Tate], my cell is [two oh six, five "
     "five five, oh one, seventy|PHONE|(206) 555-0170]."),
    ("combo", "ssn_dob", "Social [seven oh one, eighteen, forty nine twenty|SSN|701-18-4920], born [the fourth of "
     "the eleventh, sixty one|DATE|4/11/61]."),
    ("combo", "routing_account_pairs", "Routing [one two nine, one oh seven, five eight three|ROUTING_NUMBER|"
     "129107583], account [seventy one, oh nine, forty four, sixty|BANK_ACCOUNT|71094460]."),
    ("combo", "address_zip_town", "[Eleven twelve Creosote Wash Road|ADDRESS|1112 Creosote Wash Road|creosote wash], "
     "[Silver City, New Mexico|LOCATION|Silver City, New Mexico|silver city mexico], [eight eight oh six one"
     "|ZIP|88061]."),
    ("combo", "name_email", "[Hortense Aldwinckle|PERSON|Hortense Aldwinckle], email [h dot aldwinckle at icloud "
     "dot com|EMAIL|h.aldwinckle@icloud.com|aldwinckle]."),
    ("combo", "passport_dob", "Passport [three three eight, oh six two, nine one five|PASSPORT|338062915], date of "
     "birth [the sixteenth of August, nineteen seventy four|DATE|16 August 1974]."),
    ("combo", "nhs_name", "[Berengar Entwistle|PERSON|Berengar Entwistle], [nine nine nine, three oh one, "
     "four four one nine|MEDICAL_RECORD|999 301 4419], that's his N H S."),
    ("combo", "amex_cvv_cue_after", "[Three four one four, three two nine, seven four oh, six nine three eight oh"
     "|CREDIT_CARD|3414 329740 69380], and the front code is [two one eight five|CVV|2185]."),
    ("combo", "dl_zip", "License [R, nine nine one, oh three, four four seven|DRIVER_LICENSE|R99103447], zip "
     "[three oh three oh seven|ZIP|30307]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "forge_temperature", "The forge gets to about thirteen hundred degrees, and a hook takes twenty "
     "minutes."),
    ("none", "horseshoe_weights", "A pair of shoes for a cob is about two pounds, and we fit four at a time."),
    ("none", "glass_panel", "The window has ninety six pieces of glass and three hundred feet of lead came."),
    ("none", "paraglide_height", "We launch at eight hundred metres and land about twenty minutes later."),
    ("none", "puppet_cast", "The show has Mr Punch, Judy, a crocodile and a policeman, and runs for twenty five "
     "minutes."),
    ("none", "sauna_temperature", "The sauna sits at eighty five degrees, ten minutes in and five out."),
    ("none", "darts_checkout", "He needed one hundred and seventy and checked out with two treble twenties and "
     "the bull."),
    ("none", "croquet_hoops", "There are six hoops and a peg, and a game takes about three hours."),
    ("none", "squash_score", "I lost eleven nine, eleven seven, then won eleven four."),
    ("none", "judo_grades", "She's a second kyu brown belt and trains three nights a week."),
    ("none", "gin_botanicals", "It's forty two percent with eleven botanicals, mostly juniper and angelica."),
    ("none", "coffee_roast", "We roast twelve kilos a batch for fourteen minutes."),
    ("none", "sheepdog_commands", "Come by, away to me, and that'll do, and the course takes about nine minutes."),
    ("none", "pigeon_race", "The birds flew three hundred and twelve miles home in seven hours."),
    ("none", "tortoise_names", "The tortoises are Hermes, Wellington and Dot, and Dot is about sixty."),
    ("none", "hot_tub_size", "It seats six and holds about nine hundred litres."),
    ("none", "brass_band", "We have twenty five players, two cornets short, and the contest is in March."),
    ("none", "bagpipe_drones", "The set has three drones and a chanter with nine notes."),
    ("none", "helicopter_seats", "Four seats, twenty minutes over the bay, and a weight limit of a hundred kilos."),
    ("none", "vinyl_speeds", "Most albums play at thirty three and a third, singles at forty five."),
    ("none", "quilt_blocks", "The quilt has forty two blocks, six by seven, in a log cabin pattern."),
    ("none", "pizza_oven", "The oven takes forty minutes to reach four hundred and fifty degrees."),
    ("none", "caravan_length", "It's a twenty two foot twin axle with a six berth layout."),
    ("none", "apple_varieties", "We grow Egremont Russet, Cox and Ashmead's Kernel, about sixty trees."),
    ("none", "gliding_winch", "The winch launch gets you to about thirteen hundred feet in under a minute."),
    ("none", "christmas_trees", "A six foot Nordmann is forty five pounds, delivered on the twelfth."),
    ("none", "ice_cream_prices", "A ninety nine is two pounds fifty, and a double cone is three twenty."),
    ("none", "iban_cue_only", "I'll email my I B A N once I've logged into the bank."),
    ("none", "license_cue_only", "I left my driver's license in the van, so I can't read you the number."),
    ("none", "dob_cue_only", "Is my date of birth wanted too, or only the postcode?"),
]

# (stem, turns); a turn is (channel, marked-up text). A value the caller says in pieces across
# turns has one item per piece (each piece must not leak on its own); WHOLE gives the full value
# the caller's pieces of a kind make, in order, and is checked like an utterance item. An item on
# an agent turn is a read-back of a value (checked on its own, never a piece). Callers mostly
# answer without a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("sea_swim_name_phone_pieces", [
        (AGENT, "Sea swimming club, new members. Your name, please?"),
        (CALLER, "[Lowri Tregenza-Bray|PERSON|Lowri Tregenza-Bray]."),
        (AGENT, "And a phone number, in case the swim's called off?"),
        (CALLER, "[Oh one one six|PHONE|0116]"),
        (AGENT, "Got that."),
        (CALLER, "[four nine six|PHONE|496]"),
        (AGENT, "Carry on."),
        (CALLER, "[oh seven, oh four|PHONE|0704]."),
        (AGENT, "Lovely. The first dip is Sunday at eight."),
    ]),
    ("roller_disco_card_four_pieces_expiry_cvv", [
        (AGENT, "Roller disco party bookings. The deposit goes on a card. The number, please?"),
        (CALLER, "[Two two two one|CREDIT_CARD|2221]"),
        (AGENT, "With you."),
        (CALLER, "[six one one one|CREDIT_CARD|6111]"),
        (AGENT, "And then?"),
        (CALLER, "[nine five three six|CREDIT_CARD|9536]"),
        (AGENT, "Sure."),
        (CALLER, "[five oh one three|CREDIT_CARD|5013]."),
        (AGENT, "Expiry date?"),
        (CALLER, "[Oh eight, thirty two|CARD_EXPIRY|08/32]."),
        (AGENT, "And the digits on the reverse?"),
        (CALLER, "[One five eight|CVV|158]."),
    ]),
    ("ice_cream_van_address_postcode_readback", [
        (AGENT, "Ice cream van hire. Where's the party?"),
        (CALLER, "[Nine Nightjar Close, Helmsley|ADDRESS|9 Nightjar Close, Helmsley|nightjar helmsley]."),
        (AGENT, "And the postcode?"),
        (CALLER, "[Y O sixty two, five N Q|ADDRESS|YO62 5NQ]."),
        (AGENT, "So that's [Y O sixty two, five N Q|ADDRESS|YO62 5NQ]?"),
        (CALLER, "That's it. Can you play the chimes when you arrive?"),
    ]),
    ("bouncy_castle_zip_plus_four_pieces", [
        (AGENT, "Bouncy castle rentals. What zip code are we delivering to?"),
        (CALLER, "[Nine four|ZIP|94]"),
        (AGENT, "Mm."),
        (CALLER, "[six one two|ZIP|612]"),
        (AGENT, "Okay, next."),
        (CALLER, "[oh three three eight|ZIP|0338], that's the plus four."),
        (AGENT, "And the name for the booking?"),
        (CALLER, "[Dashiell Ferrante|PERSON|Dashiell Ferrante]."),
    ]),
    ("christmas_tree_phone_pieces_email", [
        (AGENT, "Christmas tree delivery. A number for the driver?"),
        (CALLER, "[Six one two|PHONE|612]"),
        (AGENT, "Got it."),
        (CALLER, "[five five five|PHONE|555]"),
        (AGENT, "Lovely."),
        (CALLER, "[oh one, nine nine|PHONE|0199]."),
        (AGENT, "And an email for the receipt?"),
        (CALLER, "[nordmann dot noel at gmail dot com|EMAIL|nordmann.noel@gmail.com|nordmann noel]."),
    ]),
    ("piano_finance_ssn_pieces_dob_readback", [
        (AGENT, "Piano showroom, finance desk. For the credit check, what's your social?"),
        (CALLER, "[Five six four|SSN|564]"),
        (AGENT, "Sure."),
        (CALLER, "[thirty|SSN|30]"),
        (AGENT, "Carry on."),
        (CALLER, "[two eight, one one|SSN|2811]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[The nineteenth of September, sixty seven|DATE|19 September 67]."),
        (AGENT, "[The nineteenth of September, nineteen sixty seven|DATE|19 September 1967], thank you."),
    ]),
    ("organ_tuner_routing_pieces_readback_account", [
        (AGENT, "Church organ tuning, accounts. We'll pay your invoice by transfer. Routing number?"),
        (CALLER, "[Two three three|ROUTING_NUMBER|233]"),
        (AGENT, "With you."),
        (CALLER, "[four five six|ROUTING_NUMBER|456]"),
        (AGENT, "And then?"),
        (CALLER, "[five three one|ROUTING_NUMBER|531]."),
        (AGENT, "Reading that back, [two three three, four five six, five three one|ROUTING_NUMBER|233456531]."),
        (CALLER, "Correct. And the account is [nine oh, four four, seven two, one eight|BANK_ACCOUNT|90447218]."),
    ]),
    ("chainsaw_course_name_licence_pieces", [
        (AGENT, "Chainsaw safety course. The insurer wants your driver's license number on file."),
        (CALLER, "[P, three three|DRIVER_LICENSE|P33]"),
        (AGENT, "Okay."),
        (CALLER, "[oh five nine|DRIVER_LICENSE|059]"),
        (AGENT, "Mm."),
        (CALLER, "[two one seven|DRIVER_LICENSE|217]."),
        (AGENT, "And who should we put on the certificate?"),
        (CALLER, "[Zebedee Obi-Crane|PERSON|Zebedee Obi-Crane|zebedee obi crane]."),
    ]),
    ("coffee_roastery_iban_pieces", [
        (AGENT, "The roastery refunds subscriptions to a bank account. Your I B A N?"),
        (CALLER, "It's Dutch. [N L forty three, Y, P, E, O|IBAN|NL43 YPEO]"),
        (AGENT, "Got that."),
        (CALLER, "[one oh seven five|IBAN|1075]"),
        (AGENT, "Sure."),
        (CALLER, "[six nine oh oh, seven two|IBAN|6900 72]."),
    ]),
    ("dog_agility_pet_plan_pieces_name", [
        (AGENT, "Agility club. Your dog needs insurance to compete. The policy number?"),
        (CALLER, "[K nine|HEALTH_PLAN|K9]"),
        (AGENT, "Mm-hm, and then?"),
        (CALLER, "[four four oh|HEALTH_PLAN|440]"),
        (AGENT, "Carry on."),
        (CALLER, "[one two six|HEALTH_PLAN|126]."),
        (AGENT, "And the handler's name?"),
        (CALLER, "[Itziar Etxeberria|PERSON|Itziar Etxeberria]."),
    ]),
    ("reptile_shop_name_spelled_email_town", [
        (AGENT, "Reptile shop, mail orders. And who is it for today?"),
        (CALLER, "[Brannoc Teague|PERSON|Brannoc Teague], that's [T, E, A, G, U, E|PERSON|Teague|teague], thanks."),
        (AGENT, "Email?"),
        (CALLER, "[brannoc at gecko loft dot co dot uk|EMAIL|brannoc@geckoloft.co.uk|brannoc geckoloft]."),
        (AGENT, "And where will the heat mats be going?"),
        (CALLER, "We're in [Lostwithiel|LOCATION|Lostwithiel|lostwithiel]."),
    ]),
    ("wig_maker_nhs_pieces_name", [
        (AGENT, "Wig studio. Your wig's on prescription, so I need your N H S number."),
        (CALLER, "[Nine nine nine|MEDICAL_RECORD|999]"),
        (AGENT, "Got it."),
        (CALLER, "[two one four|MEDICAL_RECORD|214]"),
        (AGENT, "Lovely."),
        (CALLER, "[seven seven oh nine|MEDICAL_RECORD|7709]."),
        (AGENT, "And your name as the hospital has it?"),
        (CALLER, "[Gwenllian Prothero|PERSON|Gwenllian Prothero]."),
    ]),
    ("canoe_expedition_passport_pieces_dob", [
        (AGENT, "For the canoe trip down the Ardeche we need passport numbers. Yours?"),
        (CALLER, "[Six eight one|PASSPORT|681]"),
        (AGENT, "Okay."),
        (CALLER, "[oh four four|PASSPORT|044]"),
        (AGENT, "With you."),
        (CALLER, "[two nine seven|PASSPORT|297]."),
        (AGENT, "And date of birth?"),
        (CALLER, "[The sixth of the twelfth, two thousand one|DATE|6/12/2001]."),
    ]),
    ("jeweller_amex_pieces_cid", [
        (AGENT, "Ring resizing is forty pounds. Which card?"),
        (CALLER, "Amex. [Three seven four six|CREDIT_CARD|3746]"),
        (AGENT, "And then?"),
        (CALLER, "[seven oh two nine one six|CREDIT_CARD|702916]"),
        (AGENT, "Sure."),
        (CALLER, "[seven six seven two two|CREDIT_CARD|76722]."),
        (AGENT, "And the code on the front?"),
        (CALLER, "[Eighty eight, oh five|CVV|8805]."),
    ]),
    ("bridal_shop_name_mobile_readback", [
        (AGENT, "Bridal boutique. Name for the fitting?"),
        (CALLER, "[Aoibheann Mulrennan|PERSON|Aoibheann Mulrennan]."),
        (AGENT, "And a mobile?"),
        (CALLER, "[Oh seven seven oh oh, nine oh oh, three eight five|PHONE|07700 900385]."),
        (AGENT, "[Oh seven seven oh oh, nine oh oh, three eight five|PHONE|07700 900385]. We'll text the day "
         "before."),
        (CALLER, "Thanks."),
    ]),
    ("karaoke_card_expiry_readback_cvv", [
        (AGENT, "Karaoke booth for eight, that's sixty pounds. Card number?"),
        (CALLER, "[Five one four five, six three three oh, five nine five four, four nine oh one"
         "|CREDIT_CARD|5145 6330 5954 4901]."),
        (AGENT, "Expiry?"),
        (CALLER, "[Four, thirty|CARD_EXPIRY|4/30]."),
        (AGENT, "[April, twenty thirty|CARD_EXPIRY|April 2030]. And the code?"),
        (CALLER, "[Two eight seven|CVV|287]."),
    ]),
    ("car_valet_address_zip_readback", [
        (AGENT, "Mobile car valeting. Where's the car parked?"),
        (CALLER, "[Seventy seven Bitterbrush Hollow Lane|ADDRESS|77 Bitterbrush Hollow Lane|bitterbrush hollow]."),
        (AGENT, "Zip?"),
        (CALLER, "[Two seven five one oh|ZIP|27510]."),
        (AGENT, "[Two seven five one oh|ZIP|27510], got it. And who'll hand over the keys?"),
        (CALLER, "My husband, [Lyle Hargitay|PERSON|Lyle Hargitay]."),
    ]),
    ("driving_school_routing_account_pieces", [
        (AGENT, "Driving school, refunds for cancelled lessons. Routing number?"),
        (CALLER, "[One two oh, oh five four, nine five two|ROUTING_NUMBER|120054952]."),
        (AGENT, "And the account?"),
        (CALLER, "[Three one|BANK_ACCOUNT|31]"),
        (AGENT, "Yep."),
        (CALLER, "[oh six, seven seven|BANK_ACCOUNT|0677]"),
        (AGENT, "Carry on."),
        (CALLER, "[four two nine|BANK_ACCOUNT|429]."),
    ]),
    ("heat_pump_finance_ssn_last_four_readback_phone", [
        (AGENT, "Heat pump installs. To run the finance check, the end of your social, the four digits."),
        (CALLER, "[Six six one two|SSN|6612]."),
        (AGENT, "[Six six one two|SSN|6612]. And a daytime number?"),
        (CALLER, "[Nine one nine, five five five, oh one three six|PHONE|(919) 555-0136]."),
        (AGENT, "Thanks, the surveyor will call."),
        (CALLER, "Mornings are best."),
    ]),
    ("notary_name_ni_pieces_iban", [
        (AGENT, "Notary's office. For the document, your full name?"),
        (CALLER, "[Fulvia Bruntsfield|PERSON|Fulvia Bruntsfield]."),
        (AGENT, "And your National Insurance number?"),
        (CALLER, "[Q Q, eight one|ID_NUMBER|QQ81]"),
        (AGENT, "Sure."),
        (CALLER, "[four six, three three|ID_NUMBER|4633]"),
        (AGENT, "And then?"),
        (CALLER, "[C for Charlie|ID_NUMBER|C]."),
        (AGENT, "The fee can be paid from abroad. Which account will you send it from?"),
        (CALLER, "My Finnish one, [F I nine one, six eight three eight, three one two one, five six three one, "
         "oh nine|IBAN|FI91 6838 3121 5631 09]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "sea_swim_name_phone_pieces": {"PHONE": "0116 496 0704"},
    "roller_disco_card_four_pieces_expiry_cvv": {"CREDIT_CARD": "2221 6111 9536 5013"},
    "bouncy_castle_zip_plus_four_pieces": {"ZIP": "94612-0338"},
    "christmas_tree_phone_pieces_email": {"PHONE": "(612) 555-0199"},
    "piano_finance_ssn_pieces_dob_readback": {"SSN": "564-30-2811"},
    "organ_tuner_routing_pieces_readback_account": {"ROUTING_NUMBER": "233456531"},
    "chainsaw_course_name_licence_pieces": {"DRIVER_LICENSE": "P33059217"},
    "coffee_roastery_iban_pieces": {"IBAN": "NL43 YPEO 1075 6900 72"},
    "dog_agility_pet_plan_pieces_name": {"HEALTH_PLAN": "K9440126"},
    "wig_maker_nhs_pieces_name": {"MEDICAL_RECORD": "999 214 7709"},
    "canoe_expedition_passport_pieces_dob": {"PASSPORT": "681044297"},
    "jeweller_amex_pieces_cid": {"CREDIT_CARD": "3746 702916 76722"},
    "driving_school_routing_account_pieces": {"BANK_ACCOUNT": "310677429"},
    "notary_name_ni_pieces_iban": {"ID_NUMBER": "QQ814633C"},
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
