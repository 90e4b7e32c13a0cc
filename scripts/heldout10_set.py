"""The round-ten held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written when round nine (scripts/heldout9_set.py) was handed to the rules to tune on, by a hand
that did not read the detection rules (nor any transcript or result of an earlier round; earlier
rounds' texts only read to stay clear of them), so that a set no rule has seen exists again. New
sentences, names, streets, towns and values (each checked against rounds two to nine, the other
scripts' texts and samples/), in domains no earlier round had (dog groomer, blood donation,
allotment society, window cleaner, beekeepers' association, bowling party, pottery class, kayak
hire, veg box scheme, riding stables, carpet cleaning, model railway club, coach tour, clock
repairer, upholsterer, glazier, chiropodist, hot-air balloon flight, auction house, stairlift
fitter, septic tank emptying, roofer, translation agency, ice rink party, falconry day, marathon
entry, care home, tattoo studio, choir), in the ways people talk on calls: hesitations inside a
value, restarts and self-corrections, a maiden and a married name, digits one by one, in fours,
threes, fives, pairs and mixed pairs ("forty seven seventy five, oh four eighteen"), with "double",
"triple", "oh", "zero" and "hundred" ("fifty one hundred", "thirty seven hundred", "eight
hundred", "three hundred and six"), three-digit codes said as a number ("eight fifty"), spelled
names and a spelled email user, "F for Freddie" and "K for King", a UK driving licence number, a
National Insurance number, UK numbers in national and international form (Sheffield,
Nottingham, Reading, Edinburgh, Liverpool, London, mobile), UK addresses with postcodes, an
Australian number in national form, a seven-digit local number and a toll-free one, dates as
"the third of March", "June twenty first", "three slash four slash eighty one", "the twenty
third of the eleventh" and year first, expiry dates as "oh six twenty eight", "month seven, year
twenty nine" and with a four-digit year, cue words before or after a value or none where a
question gives the context. Utterances without PII carry ordinary numbers (prices, times,
weights, sizes, temperatures, counts, lot and plot numbers, a model number) and name-like words
that are not PII (pub, fabric and bird names), or a cue word with no value after it, to measure
over-redaction.

Calls: callers answer the agent's questions, mostly with a bare value and no cue of their own;
fourteen calls give a value in pieces across turns, with the agent's backchannel ("okay",
"mm-hm", "right", "go on", "uh-huh", "yep") between the pieces; in five the agent reads a value
back to confirm it, an item on the agent's channel (as in round nine; AGENT_ITEMS).

Never used to tune a rule. Read by scripts/make_heldout.py (`--round 10`) only; the audio goes
to target/heldout10/ and is never committed. Once anyone tunes hush on these sentences or on
what Whisper writes for them, they stop being held out: write a round eleven.

All values are fictional: NANP phones in 555-01xx (one toll-free, one in international form, one
seven-digit local), UK numbers in Ofcom's drama ranges, an Australian one in ACMA's 02 5550 drama
range, Luhn-valid cards, ABA-checksummed routing numbers, mod-97-valid IBANs of the right length
with valid national check digits where the checks know them (BE, NL, FR, ES; IT with a valid CIN
letter; AT, DE, GB and IE have none the checks know), made-up bank codes, valid-format SSNs, NHS
numbers in the 999 range kept for tests (mod-11 valid), a National Insurance number with the QQ
prefix HMRC keeps for examples. `python3 scripts/heldout10_set.py` checks them (`self_check`),
and make_heldout.py runs the same check before it synthesizes anything.
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

# (category, style, marked-up text); ids are heldout10_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "groomer_triple", "The groomer wants a card to hold the slot, so use [four nine three eight, one "
     "triple six, two two six three, one double eight three|CREDIT_CARD|4938 1666 2263 1883]."),
    ("card", "pottery_pairs", "For the pottery course it'll be [forty five, forty nine, twenty six, seventy nine, "
     "fifty eight, ten, eighty eight, eighty three|CREDIT_CARD|4549 2679 5810 8883]."),
    ("card", "kayak_doubles", "Put the kayak deposit on [double four two two, eight two oh three, six one double "
     "oh, eighteen oh six|CREDIT_CARD|4422 8203 6100 1806]."),
    ("card", "auction_threes", "The buyer's premium goes on [four three five, two five one, seven seven six, oh "
     "five two, one nine three nine|CREDIT_CARD|4352 5177 6052 1939]."),
    ("card", "balloon_zeros_cue_after", "[Four seven four zero, one zero six nine, eight one five three, three "
     "zero one three|CREDIT_CARD|4740 1069 8153 3013] is the card I booked the balloon flight with."),
    ("card", "ice_rink_mixed_pairs", "The party at the rink can go on [forty seven seventy five, oh four "
     "eighteen, oh two nineteen, eighty eight ninety four|CREDIT_CARD|4775 0418 0219 8894]."),
    ("card", "beekeepers_double_oh", "Our beekeeping subs come off [four oh seven three, double oh three three, "
     "four six five nine, eight three four three|CREDIT_CARD|4073 0033 4659 8343]."),
    ("card", "upholsterer_fives", "He read it back to me in fives, so [four four seven three oh, two seven oh "
     "seven three, six two oh three seven, two|CREDIT_CARD|4473 0270 7362 0372]."),
    ("card", "falconry_mastercard", "For the falconry day, my Mastercard: [fifty three eighty seven, six two eight "
     "six, seven seven oh five, sixty nine seventy|CREDIT_CARD|5387 6286 7705 6970]."),
    ("card", "hundred_start", "Card number, [fifty one hundred, five two six oh, one eight one five, nine oh "
     "eight nine|CREDIT_CARD|5100 5260 1815 9089]."),
    ("card", "tattoo_fillers", "The deposit for the tattoo, um, [five two four seven, eight four, uh, seven "
     "seven, six two eight four, one seven three eight|CREDIT_CARD|5247 8477 6284 1738]."),
    ("card", "stairlift_two_series", "The stairlift firm can take it from [two double six eight, two eight three "
     "nine, double four two oh, eight six oh three|CREDIT_CARD|2668 2839 4420 8603]."),
    ("card", "amex_hundred", "American Express, [thirty seven hundred, nine one three nine oh nine, nine six "
     "oh three two|CREDIT_CARD|3700 913909 96032]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "strip", "The three little numbers after the long ones on the strip: [six oh two|CVV|602]."),
    ("cvv", "cue_after", "[Double seven one|CVV|771], that's the C V V."),
    ("cvv", "amex_front", "On the Amex it sits above the long number, [one nine oh eight|CVV|1908]."),
    ("cvv", "zeros", "Security code, [zero zero nine|CVV|009]."),
    ("cvv", "as_number", "The code? [Eight fifty|CVV|850]."),
    ("cvv", "tens", "Verification code [seven forty one|CVV|741], if the machine asks for it."),
    ("cvv", "worn_fillers", "Hold on, it's half rubbed off, [three, uh, one, eight|CVV|318]."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "run_together", "It's good through [oh six twenty eight|CARD_EXPIRY|06/28]."),
    ("expiry", "month_thousand", "Expiry's [October two thousand thirty one|CARD_EXPIRY|October 2031]."),
    ("expiry", "one_digit_month", "Valid thru [four, thirty two|CARD_EXPIRY|4/32]."),
    ("expiry", "four_digit_year", "Expiration [oh two, two oh three oh|CARD_EXPIRY|02/2030]."),
    ("expiry", "lapses", "The new one lapses in [June twenty thirty two|CARD_EXPIRY|June 2032]."),
    ("expiry", "cue_after", "[Oh two, thirty three|CARD_EXPIRY|02/33] is the expiry date on it."),
    ("expiry", "month_year_words", "The end date says [month seven, year twenty nine|CARD_EXPIRY|7/29]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "stables_lease", "The stables want my social for the lease, it's [five three seven, four five, "
     "eight six four two|SSN|537-45-8642]."),
    ("ssn", "teens_pairs", "Social security, [one six three, sixteen, twenty six ninety seven|SSN|163-16-2697]."),
    ("ssn", "pairs_end", "My social is [seven eight seven, thirty two, thirty three forty one|SSN|787-32-3341]."),
    ("ssn", "double_five", "S S N, [one seven one, four eight, double five two eight|SSN|171-48-5528]."),
    ("ssn", "cue_after", "[Double two nine, three nine, two one six two|SSN|229-39-2162] is my social."),
    ("ssn", "doubles_tens", "For the tax advisor, [one double three, double eight, seventy sixteen"
     "|SSN|133-88-7016]."),
    ("ssn", "last_four", "The loan form just needs my social's final four: [eight one oh five|SSN|8105]."),
    ("ssn", "hundred", "Social security number [three hundred and six, two four, one one five nine"
     "|SSN|306-24-1159]."),
    ("ssn", "one_run", "My wife's social, straight through, [five six three oh eight one two nine four"
     "|SSN|563-08-1294]."),
    ("ssn", "then_care_home", "For the care home fees, my father's social is [two four eight, then five one, then oh "
     "three oh seven|SSN|248-51-0307]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "double_four", "My cell is [double four oh, five five five, oh one two five|PHONE|(440) 555-0125]."),
    ("phone", "triple_five", "Home number, [seven seven three, triple five, oh one eight four"
     "|PHONE|(773) 555-0184]."),
    ("phone", "pairs_fifty", "Call the kayak hut on [three thirty, five fifty five, oh one fifty"
     "|PHONE|(330) 555-0150]."),
    ("phone", "toll_free_hundred", "The auction house has a free line, [eight hundred, five five five, oh one six "
     "one|PHONE|(800) 555-0161]."),
    ("phone", "sheffield", "The clock repairer is in Sheffield, [oh one one four, four nine six, oh three two "
     "seven|PHONE|0114 496 0327]."),
    ("phone", "nottingham_grouping", "Ring the stables on [oh one one five, four nine six oh, seven one two"
     "|PHONE|0115 4960 712]."),
    ("phone", "reading_cue_after", "[Oh one one eight, four nine six, oh double five four|PHONE|0118 496 0554] is "
     "the upholsterer's workshop."),
    ("phone", "uk_mobile", "My mobile's [oh seven seven oh oh, nine double oh, two four one|PHONE|07700 900241]."),
    ("phone", "plus_mobile", "If you're ringing from Spain, [plus four four, seventy seven hundred, nine hundred, eight "
     "three six|PHONE|+44 7700 900836]."),
    ("phone", "london", "The translation agency's London office: [oh two oh, seven nine four six, oh five nine "
     "one|PHONE|020 7946 0591]."),
    ("phone", "edinburgh", "My sister in Edinburgh, [oh one three one, four nine six, oh six double eight"
     "|PHONE|0131 496 0688]."),
    ("phone", "liverpool", "For the choir, ring [oh one five one, four nine six, oh four oh two"
     "|PHONE|0151 496 0402]."),
    ("phone", "au_national", "In Sydney it's [oh two, five five five oh, three one six eight"
     "|PHONE|(02) 5550 3168]."),
    ("phone", "seven_digit", "Locally, [five five five, oh one three two|PHONE|555-0132] gets me."),
    ("phone", "plus_one", "From Europe it's [plus one, five oh nine, five five five, oh one four six"
     "|PHONE|+1 509-555-0146]."),
    ("phone", "correction", "It's six one seven, five five five... no, wrong area code. [Six one eight, five "
     "five five, oh one seven six|PHONE|(618) 555-0176]."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "dots", "Send the dog's photos to [ottilie dot penhaligon at gmail dot com"
     "|EMAIL|ottilie.penhaligon@gmail.com|ottilie penhaligon]."),
    ("email", "spelled_user", "The email is [v, a, s, h, t, i, at live dot co dot uk|EMAIL|vashti@live.co.uk"
     "|vashti]."),
    ("email", "year_thousand", "Use [fenwicklad two thousand eight at hotmail dot com"
     "|EMAIL|fenwicklad2008@hotmail.com|fenwicklad]."),
    ("email", "initial_dot", "It's [b dot jaramillo at btinternet dot com|EMAIL|b.jaramillo@btinternet.com"
     "|jaramillo]."),
    ("email", "business", "Bookings go to [flights at hazelrigg falconry dot co dot uk"
     "|EMAIL|flights@hazelriggfalconry.co.uk|hazelrigg falconry]."),
    ("email", "hyphen_ie", "My Irish address, [orlaith hyphen mcnamee at outlook dot ie"
     "|EMAIL|orlaith-mcnamee@outlook.ie|orlaith mcnamee]."),
    ("email", "underscore", "For the tattoo design, [ozymandias underscore fell at proton dot me"
     "|EMAIL|ozymandias_fell@proton.me|ozymandias fell]."),
    ("email", "two_ls_outside", "Tallulah, with two Ls, then [tallulah dot gilchrist at icloud dot com"
     "|EMAIL|tallulah.gilchrist@icloud.com|tallulah gilchrist]."),
    ("email", "cue_after", "[hepzie dot marchbank at fastmail dot com|EMAIL|hepzie.marchbank@fastmail.com"
     "|hepzie marchbank] is where the invoice should go."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing_threes", "Routing number [oh four eight, nine one three, eight one six"
     "|ROUTING_NUMBER|048913816]."),
    ("bank", "routing_doubles", "The A B A is [two eight oh, five double eight, double oh nine"
     "|ROUTING_NUMBER|280588009]."),
    ("bank", "routing_one_run", "The bank's number for transfers, [oh two seven nine six six three one eight"
     "|ROUTING_NUMBER|027966318]."),
    ("bank", "routing_cue_after", "[Three two one, oh six five, oh one two|ROUTING_NUMBER|321065012] is the "
     "routing number on the form."),
    ("bank", "routing_pairs_hundred", "Routing, [twelve ninety, seventy one, eight hundred"
     "|ROUTING_NUMBER|129071800]."),
    ("bank", "account_threes", "Account number [six six one, four oh two, nine three|BANK_ACCOUNT|66140293]."),
    ("bank", "account_doubles", "My checking account is [double seven, five one, eight oh, four four, three "
     "nine|BANK_ACCOUNT|7751804439]."),
    ("bank", "account_hundred_and", "The account's [nine hundred and four, seventy seven, sixty one"
     "|BANK_ACCOUNT|9047761]."),
    ("bank", "account_run", "For the veg box refund, account [four eight two five one oh seven three"
     "|BANK_ACCOUNT|48251073]."),
    ("bank", "account_cue_after", "[One three seven, oh oh two, six eight one, four|BANK_ACCOUNT|1370026814] is "
     "our savings account."),
    ("bank", "account_pairs", "The upholsterer's account for the transfer is [five one, seven seven, oh oh, three "
     "eight, two|BANK_ACCOUNT|517700382]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "be_doubles", "A Belgian account, [B E fifty six, double nine two seven, double seven five six, "
     "eight two double eight|IBAN|BE56 9927 7756 8288]."),
    ("iban", "nl_pairs", "Pay the translator into [N L seventy, V D Z O, eighteen thirty nine, sixty two eighty "
     "seven, sixty six|IBAN|NL70 VDZO 1839 6287 66]."),
    ("iban", "fr_fours", "My French IBAN is [F R seven six, eight two four two, one four eight oh, seven eight "
     "five eight, six one two oh, nine three two nine, four four three"
     "|IBAN|FR76 8242 1480 7858 6120 9329 443]."),
    ("iban", "es_question", "Where do we send it? [E S eighty eight, nine nine two six, nine four one six, double "
     "four three three, seven eight two eight, nine five seven seven|IBAN|ES88 9926 9416 4433 7828 9577]."),
    ("iban", "it_letter", "The Italian one, [I T four five, B seven one two, five six four four, nine four eight "
     "four, oh eight one four, six five one five, two oh one|IBAN|IT45 B712 5644 9484 0814 6515 201]."),
    ("iban", "at_cue_after", "[A T, oh eight, nine four six oh, three eight seven nine, double five oh two, six "
     "one oh two|IBAN|AT08 9460 3879 5502 6102], that's my account in Graz."),
    ("iban", "de_pairs", "My German account, [D E thirty five, seventy two forty, oh eight thirty five, ninety five sixty, "
     "fifty three fifty four, eighty six|IBAN|DE35 7240 0835 9560 5354 86]."),
    ("iban", "gb_hesitant", "For the refund, [G B one two, X P L U, five one four three, um, nine three three "
     "five, nine five three seven, one five|IBAN|GB12 XPLU 5143 9335 9537 15]."),
    ("iban", "ie_teens", "Irish IBAN, [I E thirteen, J Q R M, ninety seven ninety one, sixty one thirty five, "
     "seventy six sixty eight, sixty six|IBAN|IE13 JQRM 9791 6135 7668 66]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "leading_oh", "Zip's [oh four one oh one|ZIP|04101]."),
    ("zip", "plain", "The zip code for the delivery is [eight seven five oh one|ZIP|87501]."),
    ("zip", "plus_four", "With the extra four, [five nine seven one five, two two oh eight|ZIP|59715-2208]."),
    ("zip", "pair_then_three", "Zip code, [twenty, eight fifteen|ZIP|20815]."),
    ("zip", "cue_after", "[Seven double two oh one|ZIP|72201] is the zip."),
    ("zip", "question", "Billing zip? [Nine nine five oh one|ZIP|99501]."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "ordinal_of", "My date of birth is [the third of March, nineteen seventy six|DATE|3 March 1976]."),
    ("dob", "month_ordinal", "He was born on [June twenty first, nineteen eighty|DATE|June 21, 1980]."),
    ("dob", "slashes", "D O B, [three slash four slash eighty one|DATE|3/4/81]."),
    ("dob", "us_ohs", "Birthday, [oh nine, oh one, ninety|DATE|09/01/90]."),
    ("dob", "year_first", "Year, month, day: [nineteen eighty three, oh seven, twenty two|DATE|1983-07-22]."),
    ("dob", "ordinal_month", "She was born [the twenty third of the eleventh, eighty four|DATE|23/11/84]."),
    ("dob", "fifth_fifth", "Easy to remember, [the fifth of the fifth, sixty|DATE|5/5/60]."),
    ("dob", "thousand_eleven", "The rider's date of birth is [the thirty first of August, two thousand eleven"
     "|DATE|31 August 2011]."),
    ("dob", "cue_after", "[February the ninth, forty nine|DATE|February 9, 49], that's my mother's birthday."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "hundred", "The carpet cleaners are coming to [twenty one hundred Chokecherry Spur Road"
     "|ADDRESS|2100 Chokecherry Spur Road|chokecherry spur]."),
    ("address", "uk_postcode", "Send the clock back to [seven Crabapple Yard, Keswick, C A twelve, five D Q"
     "|ADDRESS|7 Crabapple Yard, Keswick CA12 5DQ|crabapple keswick]."),
    ("address", "flat", "I'm at [flat two B, forty four Wyvern Parade|ADDRESS|Flat 2B, 44 Wyvern Parade|wyvern]."),
    ("address", "unit", "The workshop is [fourteen oh nine Samphire Avenue, unit six"
     "|ADDRESS|1409 Samphire Avenue, Unit 6|samphire]."),
    ("address", "uk_wales", "Deliver the veg box to [nine Sloeberry Gardens, Tenby, S A seventy, seven B U"
     "|ADDRESS|9 Sloeberry Gardens, Tenby SA70 7BU|sloeberry tenby]."),
    ("address", "po_box", "Post the cheque to [P O Box twelve oh three|ADDRESS|PO Box 1203]."),
    ("address", "hundred_and", "The roof that needs doing is [three hundred and five Quarryman Street"
     "|ADDRESS|305 Quarryman Street|quarryman]."),
    ("address", "cue_after", "[Eighty Goosander Lane|ADDRESS|80 Goosander Lane|goosander] is where the "
     "stairlift goes."),
    ("address", "cottage", "We're at [Hollin Cottage, Fellgate Lane|ADDRESS|Hollin Cottage, Fellgate Lane"
     "|hollin fellgate], past the chapel."),
    ("address", "five_five", "The glazier should come to [five five Halyard Row|ADDRESS|55 Halyard Row|halyard]."),
    ("address", "question", "Where's the tank? Round the back of [one Kittiwake Close|ADDRESS|1 Kittiwake Close"
     "|kittiwake]."),
    ("address", "pickup_town", "Pick me up from [forty Whinberry Road|ADDRESS|40 Whinberry Road|whinberry], in "
     "[Pitlochry|LOCATION|Pitlochry|pitlochry], for the coach tour."),
    ("address", "town_only", "I live just outside [Todmorden|LOCATION|Todmorden|todmorden], up on the moor."),
    ("address", "us_town", "We moved to [Ithaca, New York|LOCATION|Ithaca, New York|ithaca] in the spring."),
    # --- driver's licences --------------------------------------------------------------------
    ("dl", "uk_licence", "To hire the carpet machine they want my licence, [Q U E N N, seven oh four one one "
     "eight, L J, nine, X T|DRIVER_LICENSE|QUENN704118LJ9XT]."),
    ("dl", "for_freddie", "Driver's license, [F for Freddie, three oh, nine one, two eight, four"
     "|DRIVER_LICENSE|F3091284]."),
    ("dl", "letter_threes", "My license number is [W, two six six, oh four one, five five"
     "|DRIVER_LICENSE|W26604155]."),
    ("dl", "one_run", "License, [five one eight four oh three two seven seven|DRIVER_LICENSE|518403277]."),
    ("dl", "two_letters", "The license reads [X K, four four oh, nine one two|DRIVER_LICENSE|XK440912]."),
    ("dl", "hundred_cue_after", "[Two hundred and ten, eight eight, four oh five|DRIVER_LICENSE|21088405] is my "
     "driver's license number."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "coach_trip", "For the coach trip to Bruges they need my passport number, [five six seven, two "
     "oh one, oh nine four|PASSPORT|567201094]."),
    ("passport", "letter_first", "Passport [C, two two eight, four six oh, one one|PASSPORT|C22846011]."),
    ("passport", "hundred_and", "The passport's [twelve hundred and four, thirty nine, eighty one, seven"
     "|PASSPORT|120439817]."),
    ("passport", "cue_after", "[Eight four four, oh one, nine six, two seven|PASSPORT|844019627] is the passport "
     "number."),
    ("passport", "for_king", "Passport number, [K for King, L for London, seven one oh, three three five, two"
     "|PASSPORT|KL7103352]."),
    ("passport", "restart", "It's G A six... let me hold it flat. [G A, six one five, oh two eight"
     "|PASSPORT|GA615028]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "plan_letters", "Plan I D [W Q H, eight oh two, four four, six|HEALTH_PLAN|WQH802446]."),
    ("health", "policy_digits", "The policy number for my health cover is [seven seven, one oh three, nine two "
     "eight|HEALTH_PLAN|77103928]."),
    ("health", "group_double_oh", "Group number [G R P, double oh four one, two|HEALTH_PLAN|GRP00412]."),
    ("health", "medicare", "Medicare, [seven, Q K, two, X, three nine, M N, four seven|HEALTH_PLAN|7QK2X39MN47]."),
    ("health", "cue_after", "[J D, five five two, oh one eight|HEALTH_PLAN|JD552018] is on the front of my "
     "insurance card."),
    ("health", "dependant", "My son's member ID, [H M, four two nine, six six oh, oh two|HEALTH_PLAN|HM42966002]."),
    ("health", "question", "Insurance? It's [B X, one, two eight, seven seven, three|HEALTH_PLAN|BX128773]."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "nhs_referral", "On the chiropody referral, [nine nine nine, six nine three, seven "
     "eight four four|MEDICAL_RECORD|999 693 7844], that's the N H S one."),
    ("medical", "hospital", "Hospital number [R, four one, eight eight, two six|MEDICAL_RECORD|R418826]."),
    ("medical", "nhs_cue_after", "[Nine nine nine, three two eight, nine one eight three"
     "|MEDICAL_RECORD|999 328 9183] is my N H S number."),
    ("medical", "donor", "My blood donor number is [D N, three, oh seven, two one, nine"
     "|MEDICAL_RECORD|DN307219]."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "allotment_tenancy", "My allotment tenancy number is [A L, two oh seven, five|ID_NUMBER|AL2075]."),
    ("id", "national_insurance", "National Insurance number, [Q Q, four one, oh seven, eight three, B"
     "|ID_NUMBER|QQ410783B]."),
    ("id", "bidder", "My bidder number for the sale is [seven seven four, two nine|ID_NUMBER|77429]."),
    ("id", "marathon_entry", "The marathon entry reference is [M R, two six, one one nine, four"
     "|ID_NUMBER|MR261194]."),
    ("id", "coach_booking", "Coach tour booking [C T, nine, K, double four, seven|ID_NUMBER|CT9K447]."),
    ("id", "blue_badge", "Blue badge number [B B, five oh, eight, two two, one six|ID_NUMBER|BB5082216]."),
    ("id", "cue_after", "[Six one nine, oh four, two two three|ID_NUMBER|61904223] is the membership number for "
     "the railway club."),
    ("id", "rink_booking", "The ice rink party booking code is [R K, seven, double three, nine|ID_NUMBER|RK7339]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "groomer_call", "Hi, it's [Rosamund Hebblethwaite|PERSON|Rosamund Hebblethwaite] about the "
     "dog's appointment on Friday."),
    ("person", "missus_mother", "You'd be visiting my mum, [Missus Pelagia Scattergood|PERSON|Mrs Pelagia "
     "Scattergood], she's in room nine."),
    ("person", "spelled", "The surname is [Dromgoole|PERSON|Dromgoole], [D, R, O, M, G, O, O, L, E"
     "|PERSON|Dromgoole|dromgoole]."),
    ("person", "first_only", "Ask for [Tiberius|PERSON|Tiberius] at the front desk, he's expecting me."),
    ("person", "speaking", "[Gaspard Wolstenholme|PERSON|Gaspard Wolstenholme] speaking, I rang about the "
     "slipped tiles."),
    ("person", "translator", "The translator last time was [Ludovica Pocklington|PERSON|Ludovica Pocklington], "
     "could we have her again?"),
    ("person", "husband", "It's booked in my husband's name, [Cuthbert Mwakasege|PERSON|Cuthbert Mwakasege]."),
    ("person", "doctor", "The consultant is [Doctor Melisende Quarrie-Lanyon|PERSON|Dr Melisende Quarrie-Lanyon]."),
    ("person", "first_spelled", "My name is [Nikodem, N, I, K, O, D, E, M, Brankovic|PERSON|Nikodem Brankovic]."),
    ("person", "mister_lot", "Lot forty went to a [Mister Isidore Kettlewell-Jaramillo|PERSON|Mr Isidore "
     "Kettlewell-Jaramillo]."),
    ("person", "surname_only", "Just write [Gostelow|PERSON|Gostelow] on the box, they all know me."),
    ("person", "choir_leader", "Our choir leader, [Hortensia Ingleby|PERSON|Hortensia Ingleby], told me to call."),
    ("person", "maiden_married", "The old booking's under [Sigrun Ormerod|PERSON|Sigrun Ormerod], but it's "
     "[Sigrun Vandermeer|PERSON|Sigrun Vandermeer] since the wedding."),
    ("person", "runner", "The runner's name is [Percival Dunstaple|PERSON|Percival Dunstaple], and the "
     "pack's in the post."),
    ("person", "pony_rider", "[Zdenka|PERSON|Zdenka] is the girl who rides the grey pony on Saturdays."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv", "[Forty eight hundred, three oh one six, six one three one, eight six oh six"
     "|CREDIT_CARD|4800 3016 6131 8606], [five slash thirty|CARD_EXPIRY|5/30], and [two two seven|CVV|227] on "
     "the back."),
    ("combo", "name_sheffield", "[Jolyon Cattermole|PERSON|Jolyon Cattermole], and my landline is [oh "
     "one one four, four nine six, oh eight one nine|PHONE|0114 496 0819]."),
    ("combo", "email_or_au", "Email [cressida at wren and vole dot com|EMAIL|cressida@wrenandvole.com|cressida "
     "wrenandvole], or ring [oh two, five five five oh, nine two four oh|PHONE|(02) 5550 9240]."),
    ("combo", "address_town_zip", "[Sixty two Pipistrelle Court|ADDRESS|62 Pipistrelle Court|pipistrelle], "
     "[Chadron, Nebraska|LOCATION|Chadron, Nebraska|chadron nebraska], [six nine three three seven|ZIP|69337]."),
    ("combo", "name_dob", "The patient is [Quirino Rosslyn|PERSON|Quirino Rosslyn], born [the seventeenth of "
     "April, nineteen sixty eight|DATE|17 April 1968]."),
    ("combo", "ssn_license", "Social [six nine two, seventy seven, sixty nine seventeen|SSN|692-77-6917], "
     "license [T R, one one four, oh six two|DRIVER_LICENSE|TR114062]."),
    ("combo", "routing_account", "Routing [oh nine four, double oh four, four oh seven|ROUTING_NUMBER|094004407], "
     "and the account is [two oh, one nine, eight eight, two seven, five|BANK_ACCOUNT|201988275]."),
    ("combo", "name_passport", "[Jovana Tillotson|PERSON|Jovana Tillotson], passport [nine one two, "
     "three oh four, five five six|PASSPORT|912304556]."),
    ("combo", "plan_dob", "Member number [Y K, three one, oh eight, eight|HEALTH_PLAN|YK31088], date of birth "
     "[twelve, oh six, fifty five|DATE|12/06/55]."),
    ("combo", "card_expiry_run", "[Five one five eight, one seven five six, three eight three four, nine seven "
     "four five|CREDIT_CARD|5158 1756 3834 9745], expiring [ten twenty seven|CARD_EXPIRY|10/27], code [four "
     "oh three|CVV|403]."),
    # --- no PII: ordinary numbers, name-like words, and cue words with no value ----------------
    ("none", "groomer_weight", "She needs a full clip and her nails done, and she weighs eleven kilos."),
    ("none", "kayak_prices", "The two-seater kayaks are thirty five for two hours, or fifty for the afternoon."),
    ("none", "balloon_wind", "We take off at six forty five if the wind is under eight knots."),
    ("none", "allotment_plot", "Plot fourteen has three raised beds and a water butt by the shed."),
    ("none", "bowling_lanes", "Two lanes for ten children, two games each, and the party food at seven."),
    ("none", "kiln_temperature", "The kiln fires at twelve hundred and sixty degrees, so give it two days to cool."),
    ("none", "railway_layout", "The layout is O gauge, about forty feet of track with six sets of points."),
    ("none", "coach_times", "The coach leaves at quarter to eight and the crossing takes ninety minutes."),
    ("none", "clock_chime", "The longcase loses about four minutes a week and the chime sticks on the third "
     "quarter."),
    ("none", "window_size", "The window is nine hundred by twelve hundred millimetres, double glazed."),
    ("none", "chiropody_fee", "The appointment lasts thirty minutes and costs forty two pounds."),
    ("none", "auction_lot", "Lot two hundred and nine went for eighteen hundred, twice the estimate."),
    ("none", "stair_count", "The staircase has fourteen steps and one turn near the top."),
    ("none", "septic_volume", "The tank holds about three thousand litres and was last emptied two years ago."),
    ("none", "roof_tiles", "He counted twenty two slipped tiles and one cracked ridge tile."),
    ("none", "translation_pages", "The contract is eleven pages, German into English, due by the twentieth."),
    ("none", "skate_sizes", "Skates go from children's size nine up to adult thirteen."),
    ("none", "bird_names", "The Harris hawk is called Tansy and the barn owl is called Pilgrim."),
    ("none", "marathon_pace", "I'm aiming for three hours fifty, so roughly eight minutes fifty a mile."),
    ("none", "care_visiting", "Visiting is from ten till eight, and lunch is at half twelve."),
    ("none", "veg_box_price", "The medium box has eight kinds of veg and costs seventeen fifty a week."),
    ("none", "carpet_rooms", "The lounge is five metres by four, plus the stairs and the landing."),
    ("none", "fabric_name", "She chose the velvet called Heather Moss, colour number forty one in the book."),
    ("none", "choir_rehearsal", "Rehearsals are on Tuesdays at seven thirty in the church hall."),
    ("none", "member_cue_only", "My member number is on the card, and the card's out in the car."),
    ("none", "sort_code_cue_only", "I'll have to ring back with the sort code, I haven't got it on me."),
    ("none", "dryer_model", "The dryer we use for the big dogs is the model K D seventy."),
    ("none", "pub_names", "We'll meet at the Red Lion and walk on to the Crown and Anchor."),
]

# (stem, turns); a turn is (channel, marked-up text). A value the caller says in pieces across
# turns has one item per piece (each piece must not leak on its own); WHOLE gives the full value
# the caller's pieces of a kind make, in order, and is checked like an utterance item. An item on
# an agent turn is a read-back of a value (checked on its own, never a piece). Callers mostly
# answer without a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("dog_groomer_name_phone_pieces", [
        (AGENT, "Grooming parlour, who's calling?"),
        (CALLER, "[Brunhilde Ormandy|PERSON|Brunhilde Ormandy], I've got the spaniel booked in for "
         "Thursday."),
        (AGENT, "Lovely. What number shall we text when she's ready?"),
        (CALLER, "[Oh one one five|PHONE|0115]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[four nine six|PHONE|496]"),
        (AGENT, "Go on."),
        (CALLER, "[oh two double eight|PHONE|0288]."),
    ]),
    ("blood_donation_nhs_pieces_dob_readback", [
        (AGENT, "Blood donor line. Have you given with us before?"),
        (CALLER, "Twice, but not since I moved house."),
        (AGENT, "Can I have your N H S number so I can find your record?"),
        (CALLER, "[Nine nine nine, oh three six|MEDICAL_RECORD|999 036]"),
        (AGENT, "Right."),
        (CALLER, "[three nine two seven|MEDICAL_RECORD|3927]."),
        (AGENT, "And when were you born?"),
        (CALLER, "[The twenty ninth of July, nineteen eighty two|DATE|29 July 1982]."),
        (AGENT, "[Twenty ninth of July, eighty two|DATE|29 July 82]. Yes, I've found you."),
        (CALLER, "Great."),
    ]),
    ("allotment_address_postcode_email", [
        (AGENT, "Allotment society, waiting list. What's your address?"),
        (CALLER, "[Eleven Sallowfield Terrace|ADDRESS|11 Sallowfield Terrace|sallowfield], in [Hebden Bridge"
         "|LOCATION|Hebden Bridge|hebden]."),
        (AGENT, "Postcode?"),
        (CALLER, "[H X seven, eight J W|ADDRESS|HX7 8JW]."),
        (AGENT, "And an email for when a plot comes up?"),
        (CALLER, "[ffion dot garrow at btinternet dot com|EMAIL|ffion.garrow@btinternet.com|ffion garrow]."),
    ]),
    ("window_cleaner_card_four_pieces", [
        (AGENT, "It's eighteen pounds a month by card. The long number, when you're ready."),
        (CALLER, "[Four nine two nine|CREDIT_CARD|4929]"),
        (AGENT, "Okay."),
        (CALLER, "[two three nine eight|CREDIT_CARD|2398]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[three one three eight|CREDIT_CARD|3138]"),
        (AGENT, "Right."),
        (CALLER, "[six five nine eight|CREDIT_CARD|6598]."),
        (AGENT, "When does it run out?"),
        (CALLER, "[Eight, twenty eight|CARD_EXPIRY|8/28]."),
        (AGENT, "And the three digits by your signature."),
        (CALLER, "[Nine four six|CVV|946]."),
    ]),
    ("riding_stables_ssn_three_pieces", [
        (AGENT, "For the loan pony agreement we need a parent's social security number."),
        (CALLER, "[Eight two two|SSN|822]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[forty one|SSN|41]"),
        (AGENT, "Yep."),
        (CALLER, "[fifty seven thirty seven|SSN|5737]."),
        (AGENT, "Thanks. And which days would she ride?"),
        (CALLER, "Saturdays, and Wednesdays after school."),
    ]),
    ("model_railway_routing_account_pieces", [
        (AGENT, "The club pays expenses by direct deposit. What's the routing number?"),
        (CALLER, "[Two five three, eight six nine, eight seven eight|ROUTING_NUMBER|253869878]."),
        (AGENT, "And the account?"),
        (CALLER, "[Seven oh, four four|BANK_ACCOUNT|7044]"),
        (AGENT, "Go on."),
        (CALLER, "[one nine, six two, oh|BANK_ACCOUNT|19620]."),
    ]),
    ("coach_tour_name_passport_pieces_readback", [
        (AGENT, "For the lakes tour the coach company needs passport details. Name first?"),
        (CALLER, "[Fitzroy Eckersley|PERSON|Fitzroy Eckersley]."),
        (AGENT, "And the passport number?"),
        (CALLER, "[Five three three, oh eight|PASSPORT|53308]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[one four seven, two|PASSPORT|1472]."),
        (AGENT, "So [five three three, oh eight one, four seven two|PASSPORT|533081472]?"),
        (CALLER, "Exactly."),
    ]),
    ("chiropodist_plan_pieces_dob", [
        (AGENT, "Are you claiming this on your health insurance? I'll need the member number."),
        (CALLER, "[W X, four oh|HEALTH_PLAN|WX40]"),
        (AGENT, "Okay."),
        (CALLER, "[two two, seven one, nine|HEALTH_PLAN|22719]."),
        (AGENT, "And the date of birth, for the insurer?"),
        (CALLER, "[Three slash nine slash fifty eight|DATE|3/9/58]."),
    ]),
    ("glazier_uk_mobile_pieces_readback", [
        (AGENT, "The fitter will ring before he sets off. Best number?"),
        (CALLER, "[Oh seven seven|PHONE|077]"),
        (AGENT, "Yep."),
        (CALLER, "[oh oh, nine oh oh|PHONE|00 900]"),
        (AGENT, "Okay."),
        (CALLER, "[seven six eight|PHONE|768]."),
        (AGENT, "Let me check that: [oh seven seven oh oh, nine oh oh, seven six eight|PHONE|07700 900768]."),
        (CALLER, "Spot on."),
    ]),
    ("care_home_names_town", [
        (AGENT, "Care home reception, how can I help?"),
        (CALLER, "I'd like to arrange a visit to my father, [Aldous Norgaard"
         "|PERSON|Aldous Norgaard]."),
        (AGENT, "Of course. And you are?"),
        (CALLER, "[Tamsin Norgaard|PERSON|Tamsin Norgaard], his daughter. I'll be driving over from "
         "[Wymondham|LOCATION|Wymondham|wymondham]."),
        (AGENT, "Sunday afternoons are the quietest, after two."),
        (CALLER, "Sunday it is, then."),
    ]),
    ("translation_agency_iban_pieces", [
        (AGENT, "We pay our translators by bank transfer. What's your I B A N?"),
        (CALLER, "It's Austrian. [A T three two, three oh nine six|IBAN|AT32 3096]"),
        (AGENT, "Right."),
        (CALLER, "[eight nine six two, three five|IBAN|8962 35]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[five eight, four one three nine|IBAN|58 4139]."),
    ]),
    ("balloon_flight_card_cvv_readback", [
        (AGENT, "The flight for two is three hundred and ninety. Card number?"),
        (CALLER, "[Five two seven eight, one seven nine seven, five six six nine, one two eight nine"
         "|CREDIT_CARD|5278 1797 5669 1289]."),
        (AGENT, "Valid until?"),
        (CALLER, "[Oh three, thirty two|CARD_EXPIRY|03/32]."),
        (AGENT, "And the code?"),
        (CALLER, "[Six six four|CVV|664]."),
        (AGENT, "[Six six four|CVV|664], thanks. We'll text the night before about the weather."),
        (CALLER, "Fingers crossed."),
    ]),
    ("septic_tank_address_zip", [
        (AGENT, "Septic tank emptying, where's the property?"),
        (CALLER, "[Thirty three fifteen Hackberry Dell Lane|ADDRESS|3315 Hackberry Dell Lane"
         "|hackberry dell]."),
        (AGENT, "And the zip code?"),
        (CALLER, "[Five six three six one|ZIP|56361]."),
        (AGENT, "We can be there Tuesday morning. Is the lid easy to find?"),
        (CALLER, "It's under the birdbath, by the fence."),
    ]),
    ("roofer_phone_pieces_readback", [
        (AGENT, "I'll get the roofer to call you with a quote. Your number?"),
        (CALLER, "[Five oh seven|PHONE|507]"),
        (AGENT, "Okay."),
        (CALLER, "[triple five|PHONE|555]"),
        (AGENT, "Uh-huh."),
        (CALLER, "[oh one, five nine|PHONE|0159]."),
        (AGENT, "That's [five oh seven, five five five, oh one five nine|PHONE|(507) 555-0159]."),
        (CALLER, "Yes."),
    ]),
    ("marathon_dob_email_reference", [
        (AGENT, "Marathon entries. Your date of birth, please?"),
        (CALLER, "[Eighteenth of the tenth, seventy nine|DATE|18/10/79]."),
        (AGENT, "And the email you entered with?"),
        (CALLER, "[l, o, r, c, a, n, underscore, strides at gmail dot com|EMAIL|lorcan_strides@gmail.com"
         "|lorcan strides]."),
        (AGENT, "And the reference from your confirmation?"),
        (CALLER, "[E N, four oh, nine nine, one six|ID_NUMBER|EN409916]."),
    ]),
    ("auction_house_name_routing_pieces_account", [
        (AGENT, "To pay out your sale proceeds, whose name is the account in?"),
        (CALLER, "[Griselda Vanterpool|PERSON|Griselda Vanterpool]."),
        (AGENT, "And the routing number?"),
        (CALLER, "[Oh six five|ROUTING_NUMBER|065]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[seven one five|ROUTING_NUMBER|715]"),
        (AGENT, "Okay."),
        (CALLER, "[three eight five|ROUTING_NUMBER|385]."),
        (AGENT, "Account number?"),
        (CALLER, "[Two two eight, oh six, four one seven, nine|BANK_ACCOUNT|228064179]."),
    ]),
    ("ice_rink_amex_pieces_cvv", [
        (AGENT, "For the party booking, what are you paying with?"),
        (CALLER, "Amex. [Three seven five three|CREDIT_CARD|3753]"),
        (AGENT, "Okay."),
        (CALLER, "[four oh five eight, nine six|CREDIT_CARD|4058 96]"),
        (AGENT, "Right."),
        (CALLER, "[eight oh five, seven five|CREDIT_CARD|805 75]."),
        (AGENT, "And the four-digit code above the number?"),
        (CALLER, "[Two oh one six|CVV|2016]."),
    ]),
    ("beekeepers_license_pieces_zip", [
        (AGENT, "To drive the club's honey van you need to be on the insurance. License number?"),
        (CALLER, "[H, five one|DRIVER_LICENSE|H51]"),
        (AGENT, "Yep."),
        (CALLER, "[eight eight, two oh|DRIVER_LICENSE|8820]"),
        (AGENT, "Go on."),
        (CALLER, "[four seven, three|DRIVER_LICENSE|473]."),
        (AGENT, "And the zip on the license?"),
        (CALLER, "[Oh five four four six|ZIP|05446]."),
    ]),
    ("stairlift_medicare_pieces_name_phone", [
        (AGENT, "Is the stairlift going through Medicare? I'll need the Medicare number."),
        (CALLER, "[Two, J F|HEALTH_PLAN|2JF]"),
        (AGENT, "Okay."),
        (CALLER, "[seven, K, four nine|HEALTH_PLAN|7K49]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[W T, six two|HEALTH_PLAN|WT62]."),
        (AGENT, "Whose name is it under?"),
        (CALLER, "My wife's, [Vasilisa Furness|PERSON|Vasilisa Furness]."),
        (AGENT, "And a daytime number?"),
        (CALLER, "[Seven oh four, five five five, oh one seven oh|PHONE|(704) 555-0170]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "dog_groomer_name_phone_pieces": {"PHONE": "0115 496 0288"},
    "blood_donation_nhs_pieces_dob_readback": {"MEDICAL_RECORD": "999 036 3927"},
    "window_cleaner_card_four_pieces": {"CREDIT_CARD": "4929 2398 3138 6598"},
    "riding_stables_ssn_three_pieces": {"SSN": "822-41-5737"},
    "model_railway_routing_account_pieces": {"BANK_ACCOUNT": "704419620"},
    "coach_tour_name_passport_pieces_readback": {"PASSPORT": "533081472"},
    "chiropodist_plan_pieces_dob": {"HEALTH_PLAN": "WX4022719"},
    "glazier_uk_mobile_pieces_readback": {"PHONE": "07700 900768"},
    "translation_agency_iban_pieces": {"IBAN": "AT32 3096 8962 3558 4139"},
    "roofer_phone_pieces_readback": {"PHONE": "(507) 555-0159"},
    "auction_house_name_routing_pieces_account": {"ROUTING_NUMBER": "065715385"},
    "ice_rink_amex_pieces_cvv": {"CREDIT_CARD": "3753 405896 80575"},
    "beekeepers_license_pieces_zip": {"DRIVER_LICENSE": "H518820473"},
    "stairlift_medicare_pieces_name_phone": {"HEALTH_PLAN": "2JF7K49WT62"},
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
