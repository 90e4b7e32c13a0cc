"""The round-six held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Written after round five (scripts/heldout5_set.py) was scored and handed to the rules to tune on,
by a hand that did not read the detection rules, so that a set no rule has seen exists again.
New sentences, names and values, in domains the earlier rounds did not have (dental practice,
ferry and concert bookings, bicycle shop, plumber, letting agent and landlord, payroll, mortgage
lender, charity, florist, removals, optician, driving school, storage units, marina), in the ways
people talk on calls: hesitations inside a value, restarts and corrections, digits one by one,
in fours, threes, pairs and one run of eight, with "double", "triple", "oh", "zero" and
"hundred", numerals in the text, a spelled surname, "P as in Peter", UK and Australian numbers
in their national form, cue words before or after a value or none where a question gives the
context. Utterances without PII carry ordinary numbers (prices, times, counts, years, gates,
floors, rates, a credit score) or a cue word with no value after it, to measure over-redaction.

Read by scripts/make_heldout.py (`--round 6`) only; the audio goes to target/heldout6/ and is
never committed. Since it was scored and handed to the rules to tune on it is a tuning set, as
rounds three to five are; round seven (scripts/heldout7_set.py) is the held-out one now.

All values are fictional: NANP phones in 555-01xx, UK numbers in Ofcom's drama ranges (mobile,
London, Birmingham, Manchester), an Australian one in ACMA's 02 5550 drama range, Luhn-valid
cards, ABA-checksummed routing numbers, mod-97-valid IBANs with valid national check digits (ES,
NL; DE, GB, AT and IE have none the checks know), made-up bank codes, valid-format SSNs, a
National Insurance number with the QQ prefix HMRC keeps for examples.
`python3 scripts/heldout6_set.py` checks them (`self_check`), and make_heldout.py runs the same
check before it synthesizes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks  # noqa: E402
from heldout_checks import report  # noqa: E402

AGENT, CALLER = 0, 1

# (category, style, marked-up text); ids are heldout6_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards ----------------------------------------------------------------------------
    ("card", "dentist_fours", "You take cards over the phone, right? Okay, it's [four seven seven four, "
     "four one six four, three four six five, eight three nine three|CREDIT_CARD|4774 4164 3465 8393]."),
    ("card", "double_first", "For the ferry tickets, [double four one eight, three nine five oh, "
     "five three six two, six seven six zero|CREDIT_CARD|4418 3950 5362 6760]."),
    ("card", "pairs_concert", "Two seats in the balcony, and the card is [forty one sixty five, eighty oh nine, "
     "eighty six fifty five, forty nine thirty five|CREDIT_CARD|4165 8009 8655 4935]."),
    ("card", "fillers_inside", "Right, so it's [four six nine five, um, two four two three, uh, oh one one nine, "
     "five six one six|CREDIT_CARD|4695 2423 0119 5616]."),
    ("card", "numerals", "The plumber said I could pay now, so [4 1 8 3, 4 6 7 2, 0 7 7 3, 9 2 7 9"
     "|CREDIT_CARD|4183 4672 0773 9279]."),
    ("card", "cue_after_storage", "[Four oh six one, five six oh nine, three seven nine seven, oh four three three"
     "|CREDIT_CARD|4061 5609 3797 0433] is the debit card I want to use for the storage unit."),
    ("card", "skipped_restart", "Four two one six, four three... sorry, I skipped a bit. From the top: "
     "[Four two one six, four three eight seven, eight four five four, two seven four two"
     "|CREDIT_CARD|4216 4387 8454 2742]."),
    ("card", "triples_bike", "The new wheels can go on my Mastercard. [Five one nine, five six oh, two seven five, "
     "three two seven, two eight two nine|CREDIT_CARD|5195 6027 5327 2829]."),
    ("card", "two_runs_florist", "For the flowers, it's [five two four five seven five oh two, "
     "three eight three six five eight one five|CREDIT_CARD|5245 7502 3836 5815]."),
    ("card", "doubles_charity", "I'd like to give fifty a month. The card's [five three nine five, one five nine three, "
     "double two double seven, three six seven eight|CREDIT_CARD|5395 1593 2277 3678]."),
    ("card", "pairs_mortgage", "The arrangement fee can go on this one: [fifty four fifty five, ninety nine "
     "seventy seven, forty four sixty one, ninety nine forty seven|CREDIT_CARD|5455 9977 4461 9947]."),
    ("card", "question_two_series", "The long number on the front? Okay. [Two five nine eight, one eight five oh, "
     "seven two nine four, seven oh five seven|CREDIT_CARD|2598 1850 7294 7057]."),
    ("card", "amex_removals", "The removals deposit goes on the Amex, [three seven two two, oh three three seven "
     "eight eight, oh two three eight three|CREDIT_CARD|3722 033788 02383]."),
    # --- CVV ----------------------------------------------------------------------------------
    ("cvv", "back", "The three digits on the back are [seven oh two|CVV|702]."),
    ("cvv", "double", "Security code, [four double eight|CVV|488]."),
    ("cvv", "amex_front", "The little four digit code on the front of the Amex is [six one three nine|CVV|6139]."),
    ("cvv", "question_filler", "The code on the back? Um, [two nine one|CVV|291]."),
    ("cvv", "cue_after", "[Double five three|CVV|553], that's the C V V."),
    ("cvv", "cvc_zero", "C V C is [oh eight four|CVV|084]."),
    ("cvv", "numerals", "The card verification number is [3 1 7|CVV|317]."),
    # --- expiry -------------------------------------------------------------------------------
    ("expiry", "oh_month", "It expires [oh four, twenty eight|CARD_EXPIRY|04/28]."),
    ("expiry", "month_year", "Expiry date is [November twenty twenty nine|CARD_EXPIRY|November 2029]."),
    ("expiry", "slash", "Valid through [twelve slash twenty seven|CARD_EXPIRY|12/27]."),
    ("expiry", "question", "When does it run out? [Seven, thirty|CARD_EXPIRY|7/30]."),
    ("expiry", "zero_thru", "Good thru [zero nine, two seven|CARD_EXPIRY|09/27]."),
    ("expiry", "cue_after", "[Oh three twenty eight|CARD_EXPIRY|03/28] is the expiry on the new card."),
    ("expiry", "thousand", "The end date on the card is [June two thousand thirty|CARD_EXPIRY|June 2030]."),
    # --- SSN ----------------------------------------------------------------------------------
    ("ssn", "social", "My social is [five two one, four seven, eight eight oh three|SSN|521-47-8803]."),
    ("ssn", "double_oh", "Social security number, [three double oh, six two, one five four nine|SSN|300-62-1549]."),
    ("ssn", "last_four_question", "Last four of my social? Sure, [seven seven one two|SSN|7712]."),
    ("ssn", "cue_after", "[Four three eight, five one, two two six oh|SSN|438-51-2260] is my social security number."),
    ("ssn", "payroll", "For payroll, my S S N is [six oh four, nine three, one seven two eight|SSN|604-93-1728]."),
    ("ssn", "fillers_inside", "It's, um, [two six seven, uh, eight four, um, three nine one five|SSN|267-84-3915]."),
    ("ssn", "run_together", "Social security, [one four eight three two seven six oh nine|SSN|148-32-7609]."),
    ("ssn", "last_four_after", "The last four are [oh three five eight|SSN|0358], of my social, I mean."),
    ("ssn", "spouse", "My wife's social is [five seven nine, oh six, four four one two|SSN|579-06-4412]."),
    ("ssn", "numerals", "S S N [3 4 5, 7 1, 9 0 2 6|SSN|345-71-9026]."),
    ("ssn", "correction", "Social's five one two... no, sorry, [five one three, two two, six oh four one"
     "|SSN|513-22-6041]."),
    # --- phones -------------------------------------------------------------------------------
    ("phone", "digits", "You can reach me at [three one two, five five five, oh one eight six|PHONE|(312) 555-0186]."),
    ("phone", "triple", "My cell is [seven oh four, triple five, oh one six three|PHONE|(704) 555-0163]."),
    ("phone", "pairs_end", "Call me back on [four one five, five five five, oh one, eighty two|PHONE|(415) 555-0182]."),
    ("phone", "uk_mobile_zero", "My mobile's [zero seven seven zero zero, nine zero zero, four two seven"
     "|PHONE|07700 900427]."),
    ("phone", "uk_london_plus", "From abroad it's [plus four four, twenty, seven nine four six, oh three one eight"
     "|PHONE|+44 20 7946 0318]."),
    ("phone", "birmingham_national", "The office number is [oh one two one, four nine six, oh seven seven five"
     "|PHONE|0121 496 0775]."),
    ("phone", "au_national", "The Sydney office is on [oh two, five five five oh, three eight one four"
     "|PHONE|(02) 5550 3814]."),
    ("phone", "toll_free_hundred", "Their helpline is [one eight hundred, five five five, oh one two nine"
     "|PHONE|+1 800-555-0129]."),
    ("phone", "cue_after", "[Six one seven, five five five, oh one nine four|PHONE|(617) 555-0194] is my work line."),
    ("phone", "question", "Best number for you? [Nine seven two, five five five, oh one three six"
     "|PHONE|(972) 555-0136]."),
    ("phone", "restart", "It's five oh three, five five five, oh one... hang on, let me check. Yes, "
     "[five oh three, five five five, oh one seven one|PHONE|(503) 555-0171]."),
    ("phone", "manchester_landline", "Landline's [oh one six one, four nine six, oh double four oh"
     "|PHONE|0161 496 0440], if the mobile doesn't answer."),
    # --- emails -------------------------------------------------------------------------------
    ("email", "dots", "My email is [nadia dot ekwensi at outlook dot com|EMAIL|nadia.ekwensi@outlook.com"
     "|nadia ekwensi]."),
    ("email", "digits", "It's [r burnside seventy one at gmail dot com|EMAIL|rburnside71@gmail.com|burnside]."),
    ("email", "underscore", "Send it to [theo underscore vasquez at yahoo dot com|EMAIL|theo_vasquez@yahoo.com"
     "|theo vasquez]."),
    ("email", "co_uk", "Bookings go to [bookings at glenmorrow ferries dot co dot uk"
     "|EMAIL|bookings@glenmorrowferries.co.uk|glenmorrow ferries]."),
    ("email", "hyphen", "The address is [li hyphen wei dot zhang at proton dot me|EMAIL|li-wei.zhang@proton.me"
     "|wei zhang]."),
    ("email", "spelled_user", "Email, [k, o, s, k, i at icloud dot com|EMAIL|koski@icloud.com|koski]."),
    ("email", "cue_after", "[imelda dot vantongeren at fastmail dot f m|EMAIL|imelda.vantongeren@fastmail.fm"
     "|imelda vantongeren] is where the receipt should go."),
    ("email", "work", "Use my work one, [j mbeki at harrowfield dental dot com|EMAIL|jmbeki@harrowfielddental.com"
     "|mbeki harrowfield]."),
    ("email", "double_digits", "It's [sol ortega double two at hotmail dot com|EMAIL|solortega22@hotmail.com"
     "|ortega]."),
    ("email", "two_ts", "Email is [ellie dot marchetti at gmail dot com|EMAIL|ellie.marchetti@gmail.com"
     "|ellie marchetti], with two Ts in the surname."),
    # --- bank: routing and account ------------------------------------------------------------
    ("bank", "routing", "Routing number [oh one two, one six one, eight eight five|ROUTING_NUMBER|012161885]."),
    ("bank", "account", "Account number [four four seven one, oh nine two, six three|BANK_ACCOUNT|447109263]."),
    ("bank", "routing_cue_after", "[One oh seven five two two one four eight|ROUTING_NUMBER|107522148] is the "
     "number at the bottom left of my checks."),
    ("bank", "account_double", "The checking account is [double three eight, one oh oh four, two seven"
     "|BANK_ACCOUNT|338100427]."),
    ("bank", "routing_and_account", "Routing [two nine oh, nine three four, oh oh nine|ROUTING_NUMBER|290934009], "
     "account [five six two oh eight eight one three|BANK_ACCOUNT|56208813]."),
    ("bank", "pairs_payroll", "For direct deposit, the account is [seven one, four four, oh nine, eight two, five"
     "|BANK_ACCOUNT|714409825]."),
    ("bank", "routing_question", "Routing? [Three oh four, one one five, one two five|ROUTING_NUMBER|304115125]."),
    ("bank", "uk_account", "My account number's [two three, oh seven, six four, one nine|BANK_ACCOUNT|23076419]."),
    ("bank", "routing_numerals", "The routing transit number is [0 5 9 5 3 4 9 1 2|ROUTING_NUMBER|059534912]."),
    ("bank", "account_hundred", "Savings account [twelve hundred and seven, thirty eight, fifty"
     "|BANK_ACCOUNT|12073850]."),
    # --- IBAN ---------------------------------------------------------------------------------
    ("iban", "de", "My IBAN is [D E eight eight, oh five seven eight, oh nine five two, eight seven four five, "
     "six two two one, oh five|IBAN|DE88 0578 0952 8745 6221 05]."),
    ("iban", "gb", "For the refund, [G B four nine, W R B K, eight eight oh nine, one four five five, "
     "one nine seven two, five two|IBAN|GB49 WRBK 8809 1455 1972 52]."),
    ("iban", "at_cue_after", "[A T nine eight, eight five one five, two two seven two, three six six seven, "
     "six eight three nine|IBAN|AT98 8515 2272 3667 6839], that's my Austrian account."),
    ("iban", "nl_question", "IBAN? [N L three six, B U N Q, oh four nine four, six four five six, seven nine"
     "|IBAN|NL36 BUNQ 0494 6456 79]."),
    ("iban", "es", "The marina fees come out of [E S nine five, three eight oh one, oh six seven three, "
     "nine seven seven three, two oh seven nine, four eight eight one|IBAN|ES95 3801 0673 9773 2079 4881]."),
    # --- ZIP ----------------------------------------------------------------------------------
    ("zip", "plain", "Zip code is [six oh six four seven|ZIP|60647]."),
    ("zip", "cue_after", "[Nine four six oh six|ZIP|94606] is the zip on the account."),
    ("zip", "plus_four", "It's [three oh three oh five, two two one eight|ZIP|30305-2218]."),
    ("zip", "question_leading_zero", "Postal code? [Oh two four six seven|ZIP|02467]."),
    ("zip", "double", "Zip's [eight double oh two two|ZIP|80022]."),
    ("zip", "numerals", "The zip there is [7 3 1 0 2|ZIP|73102], I think."),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "ordinal", "I was born on [the twenty third of August, nineteen seventy nine|DATE|23 August 1979]."),
    ("dob", "us_numeric", "Date of birth [oh five, seventeen, eighty two|DATE|05/17/82]."),
    ("dob", "son", "My son's birthday is [February ninth, two thousand one|DATE|February 9, 2001]."),
    ("dob", "question", "And my birthday? [Thirty first of December, sixty eight|DATE|31 December '68]."),
    ("dob", "cue_after", "[Nine, twelve, nineteen ninety|DATE|9/12/1990], that's my D O B."),
    ("dob", "fifty", "She was born [the first of June, nineteen fifty|DATE|1 June 1950]."),
    ("dob", "fourth", "Birth date is [July the fourth, ninety six|DATE|July 4, '96]."),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "terrace", "It's [forty two Briarwood Terrace|ADDRESS|42 Briarwood Terrace]."),
    ("address", "oh", "Ship it to [eighteen oh nine Kestrel Ridge Drive|ADDRESS|1809 Kestrel Ridge Drive]."),
    ("address", "apartment", "I live at [six fifteen Halloran Street, apartment three C"
     "|ADDRESS|615 Halloran Street, Apt 3C]."),
    ("address", "uk_mews", "The flat is at [nine Lavender Mews|ADDRESS|9 Lavender Mews], in "
     "[Shrewsbury|LOCATION|Shrewsbury|shrewsbury]."),
    ("address", "hundred", "The office is at [twenty four hundred Oakmere Boulevard|ADDRESS|2400 Oakmere Boulevard]."),
    ("address", "question", "Where should the plumber come? [Three thirty one Ferncliff Avenue"
     "|ADDRESS|331 Ferncliff Avenue]."),
    ("address", "city_cue_after", "[Seventy seven Dunmore Lane|ADDRESS|77 Dunmore Lane], "
     "[Burlington, Vermont|LOCATION|Burlington, Vermont|burlington vermont], that's the billing address."),
    ("address", "rural_route", "We're out on [Rural Route two, Box forty|ADDRESS|RR 2, Box 40|]."),
    ("address", "correction", "It's twelve... sorry, [twenty one Marlowe Court|ADDRESS|21 Marlowe Court]."),
    ("address", "moving", "I'm moving to [Hibbing, Minnesota|LOCATION|Hibbing, Minnesota|hibbing minnesota] "
     "next month."),
    # --- driver's licenses --------------------------------------------------------------------
    ("dl", "letter_first", "Driver's license [S, five three oh, two two one, eight four six"
     "|DRIVER_LICENSE|S530221846]."),
    ("dl", "question", "License number? [F four one, seven seven oh, two nine|DRIVER_LICENSE|F4177029]."),
    ("dl", "cue_after", "[Nine oh two, three eight one, one five four|DRIVER_LICENSE|902381154] is the number "
     "on my driver's license."),
    # --- passports ----------------------------------------------------------------------------
    ("passport", "plain", "Passport number [five three one, four oh eight, seven two six|PASSPORT|531408726]."),
    ("passport", "letters_ferry", "For the ferry, my passport is [X R, six eight, nine one two, oh four"
     "|PASSPORT|XR6891204]."),
    ("passport", "cue_after", "[One two nine, three three six, oh five eight|PASSPORT|129336058] is the passport "
     "number."),
    ("passport", "as_in", "It's [P as in Peter, seven one four, two oh nine, five|PASSPORT|P7142095]."),
    # --- health plan --------------------------------------------------------------------------
    ("health", "member_id", "Member ID [W K H, four oh two, eight eight one, six|HEALTH_PLAN|WKH4028816]."),
    ("health", "double", "My insurance ID is [double nine four, one three seven, two oh five|HEALTH_PLAN|994137205]."),
    ("health", "dental_question", "Your dental plan number? [D N, seven seven, oh six, one three"
     "|HEALTH_PLAN|DN770613]."),
    ("health", "cue_after", "[M, five one eight, two two nine, oh oh seven|HEALTH_PLAN|M518229007], that's the "
     "number on my insurance card."),
    # --- medical record -----------------------------------------------------------------------
    ("medical", "mrn", "Medical record number [four two two, oh eight, one nine|MEDICAL_RECORD|4220819]."),
    ("medical", "optician", "The optician's patient number is [P T, six six oh, three one|MEDICAL_RECORD|PT66031]."),
    ("medical", "question", "Her chart number? [Eight one, oh five, seven seven, two|MEDICAL_RECORD|8105772]."),
    # --- other ID numbers ---------------------------------------------------------------------
    ("id", "ni_number", "My National Insurance number is [Q Q, two three, five six, one one, D|ID_NUMBER|QQ235611D]."),
    ("id", "employee", "My employee number is [E, oh four four, nine one seven|ID_NUMBER|E044917]."),
    ("id", "membership", "Membership number [seven seven four, oh two, eight eight one|ID_NUMBER|77402881]."),
    ("id", "reference_cue_after", "[C R, nine six one, four oh, three|ID_NUMBER|CR961403], that's the customer "
     "reference on the letter."),
    ("id", "tenant", "Tenant reference [T, two two oh, five nine, six|ID_NUMBER|T220596]."),
    # --- names --------------------------------------------------------------------------------
    ("person", "my_name", "My name is [Imogen Thackeray|PERSON|Imogen Thackeray]."),
    ("person", "spelled", "The surname's [Wlodarek|PERSON|Wlodarek], [W, L, O, D, A, R, E, K|PERSON|Wlodarek|wlodarek]."),
    ("person", "doctor", "I'm calling on behalf of [Doctor Evander Quigley|PERSON|Dr Evander Quigley]."),
    ("person", "cue_after", "[Henrietta Vasilakis|PERSON|Henrietta Vasilakis] speaking, I'm calling about the lease."),
    ("person", "question_daughter", "Who's the appointment for? My daughter, [Beatrix Onwuachi"
     "|PERSON|Beatrix Onwuachi]."),
    ("person", "partner", "The account's in my partner's name, [Lucian Dunwoody|PERSON|Lucian Dunwoody]."),
    ("person", "first_only", "Ask for [Thaddeus|PERSON|Thaddeus] at the front desk."),
    ("person", "said_then_spelled", "The name's [Winifred Eze|PERSON|Winifred Eze], that's "
     "[E, Z, E|PERSON|Eze|eze]."),
    ("person", "missus_hyphen", "Please address it to [Missus Philippa Drummond-Vance"
     "|PERSON|Mrs Philippa Drummond-Vance]."),
    ("person", "filler_repeat", "Um, it's [Yusuf, uh, Yusuf Karadeniz|PERSON|Yusuf Karadeniz]."),
    ("person", "landlord", "The landlord is [Gideon Pelletier|PERSON|Gideon Pelletier], he lives downstairs."),
    ("person", "technician", "The engineer who came out was [Arjun Ramaswamy|PERSON|Arjun Ramaswamy]."),
    ("person", "emergency_contact", "Put [Clementine Hargreave|PERSON|Clementine Hargreave] down as the "
     "emergency contact."),
    ("person", "dad", "I'm ringing for my dad, [Casimir Nowakowski|PERSON|Casimir Nowakowski]."),
    # --- combinations -------------------------------------------------------------------------
    ("combo", "card_exp_cvv", "[Five five nine six, nine five nine three, five eight five two, two seven seven five"
     "|CREDIT_CARD|5596 9593 5852 2775], expiring [ten twenty nine|CARD_EXPIRY|10/29], code "
     "[eight one four|CVV|814]."),
    ("combo", "name_phone", "It's [Everard Ngata|PERSON|Everard Ngata], and my number's "
     "[two oh six, five five five, oh one five eight|PHONE|(206) 555-0158]."),
    ("combo", "email_dob", "[tess dot abara at gmail dot com|EMAIL|tess.abara@gmail.com|tess abara], and my "
     "birthday's [the fourteenth of March, eighty seven|DATE|14 March '87]."),
    ("combo", "address_city_zip", "[Five oh two Whitlock Road|ADDRESS|502 Whitlock Road], "
     "[Dayton, Ohio|LOCATION|Dayton, Ohio|dayton ohio], [four five four oh nine|ZIP|45409]."),
    ("combo", "ssn_dob", "Social [four one two, six six, oh nine three eight|SSN|412-66-0938], date of birth "
     "[March second, nineteen sixty one|DATE|March 2, 1961]."),
    ("combo", "routing_account", "[One two three, eight oh six, two oh four|ROUTING_NUMBER|123806204] is the "
     "routing, and the account is [six six oh two, four one nine, eight|BANK_ACCOUNT|66024198]."),
    ("combo", "card_cvv", "[Four six double oh, oh four one two, oh five one nine, one nine nine two"
     "|CREDIT_CARD|4600 0412 0519 1992], and the code is [three three oh|CVV|330]."),
    ("combo", "name_email", "[Soren Blackwood|PERSON|Soren Blackwood], and the email is "
     "[s blackwood at kestrel mail dot net|EMAIL|sblackwood@kestrelmail.net|blackwood kestrel]."),
    ("combo", "passport_dob", "Passport [G, four four eight, one two oh, seven|PASSPORT|G4481207], born "
     "[the eighth of October, two thousand|DATE|8 October 2000]."),
    # --- no PII: ordinary numbers, and cue words with no value ---------------------------------
    ("none", "cleaning_price", "The cleaning is a hundred and twenty five dollars, and the X-rays are extra."),
    ("none", "ferry_times", "Our ferry leaves at seven forty five and gets in around noon."),
    ("none", "boxes", "I've got about thirty seven boxes to move, maybe forty."),
    ("none", "concert_doors", "The concert's on the nineteenth, and the doors open at half past six."),
    ("none", "house_year", "We bought the house in twenty fourteen."),
    ("none", "unit_level", "Our storage unit is number two eleven, on the second level."),
    ("none", "instalments", "That's three payments of sixty nine ninety nine."),
    ("none", "bike_parts", "The bike needs two new tubes and a chain, so about eighty quid."),
    ("none", "parking", "Give me five minutes, I'm just parking the car."),
    ("none", "gates", "My flight got moved from gate B twelve to gate C four."),
    ("none", "lease_start", "The lease runs for twelve months, starting on the first of September."),
    ("none", "card_not_here", "You need the card number? I don't have it with me, sorry."),
    ("none", "lift", "The lift only goes to the fourth floor, so you'll need to carry it up one more."),
    ("none", "rate", "The rate is four point two five percent over twenty five years."),
    ("none", "customer_years", "I've been a customer for about nineteen years now."),
    ("none", "roses", "The florist said two dozen roses would be ninety dollars."),
    ("none", "thursday", "Can you do Thursday between one and three?"),
    ("none", "credit_score", "My credit score was seven hundred and forty last time I checked."),
    ("none", "on_hold", "I was on hold for forty five minutes before anyone answered."),
    ("none", "closing", "The shop closes at nine tonight and opens at eight tomorrow."),
    ("none", "security_question", "Which security question do you want me to answer?"),
    ("none", "order_number", "The order number? It's in the email, hang on a second."),
    ("none", "late_parcel", "I paid twelve fifty for delivery and it still came three days late."),
    ("none", "marina_foot", "The marina charges eighteen dollars a foot for the season."),
]

# (stem, turns); a turn is (channel, marked-up text). A value said in pieces across turns has
# one item per piece (each piece must not leak on its own); WHOLE gives the full value the pieces
# of a kind make, in order, and is checked like an utterance item. Callers mostly answer without
# a cue word of their own: the agent's question is the context.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("dental_card_split", [
        (AGENT, "The balance is ninety four dollars. Would you like to pay that by card today?"),
        (CALLER, "Yes please. [Four seven six six, nine eight three three|CREDIT_CARD|4766 9833]"),
        (AGENT, "Go on."),
        (CALLER, "[oh seven three three, oh oh seven nine|CREDIT_CARD|0733 0079]."),
        (AGENT, "And the expiry date?"),
        (CALLER, "[Oh six, twenty nine|CARD_EXPIRY|06/29]."),
    ]),
    ("ferry_passport_dob", [
        (AGENT, "I need the lead passenger's passport number, please."),
        (CALLER, "[Two six one, five oh eight, four four three|PASSPORT|261508443]."),
        (AGENT, "And their date of birth?"),
        (CALLER, "[The third of May, nineteen eighty four|DATE|3 May 1984]."),
    ]),
    ("landlord_phone_split", [
        (AGENT, "What number should the landlord ring you on?"),
        (CALLER, "[Oh seven seven oh oh, nine oh oh|PHONE|07700 900]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[six eight two|PHONE|682]."),
    ]),
    ("payroll_name_ssn_email", [
        (AGENT, "I'm setting you up on payroll. What's your full name?"),
        (CALLER, "[Kerensa Thorvaldsen-Obi|PERSON|Kerensa Thorvaldsen-Obi]."),
        (AGENT, "And your social security number?"),
        (CALLER, "[Two three four, five eight, seven seven six one|SSN|234-58-7761]."),
        (AGENT, "Where should we send the payslips?"),
        (CALLER, "[dulcie dot ferraz at yahoo dot com|EMAIL|dulcie.ferraz@yahoo.com|dulcie ferraz], "
         "it's my personal one."),
    ]),
    ("mortgage_routing_split", [
        (AGENT, "For the monthly payments, what's the routing number?"),
        (CALLER, "[Two four five, three five one|ROUTING_NUMBER|245 351]"),
        (AGENT, "Yes."),
        (CALLER, "[five seven two|ROUTING_NUMBER|572]."),
        (AGENT, "And the account number?"),
        (CALLER, "[Nine oh three, three one seven, four two|BANK_ACCOUNT|90331742]."),
    ]),
    ("charity_iban_split", [
        (AGENT, "For the monthly gift, which IBAN should we collect from?"),
        (CALLER, "[I E one three, K L R B, three five oh five|IBAN|IE13 KLRB 3505]"),
        (AGENT, "Okay."),
        (CALLER, "[two eight three two, nine six one one, two two|IBAN|2832 9611 22]."),
    ]),
    ("bike_shop_amex_name", [
        (AGENT, "I'll take the deposit now. Which card?"),
        (CALLER, "It's an Amex. [Three four three eight, seven seven six eight four four, five four four one three"
         "|CREDIT_CARD|3438 776844 54413]."),
        (AGENT, "The four digit code on the front?"),
        (CALLER, "[Two oh eight one|CVV|2081]."),
        (AGENT, "And the name on the card?"),
        (CALLER, "[Florian Mbatha|PERSON|Florian Mbatha]."),
    ]),
    ("plumber_address_zip_phone", [
        (AGENT, "What's the address for the callout?"),
        (CALLER, "[Two eighty five Coldwater Road|ADDRESS|285 Coldwater Road]."),
        (AGENT, "And the zip code?"),
        (CALLER, "[Five five four one three|ZIP|55413]."),
        (AGENT, "A number in case he's running late?"),
        (CALLER, "[Six one two, five five five, oh one two two|PHONE|(612) 555-0122]."),
    ]),
    ("insurer_member_split", [
        (AGENT, "Can you read me the member ID from the card?"),
        (CALLER, "[K T R, five five|HEALTH_PLAN|KTR55]"),
        (AGENT, "Go ahead."),
        (CALLER, "[oh eight two, one nine|HEALTH_PLAN|08219]."),
    ]),
    ("driving_school_permit", [
        (AGENT, "What's the learner's permit number?"),
        (CALLER, "[R, four oh one, nine nine two, three six|DRIVER_LICENSE|R40199236]."),
        (AGENT, "And the student's name?"),
        (CALLER, "[Tobias Uchendu|PERSON|Tobias Uchendu], spelled [U, C, H, E, N, D, U|PERSON|Uchendu|uchendu]."),
    ]),
    ("tax_refund_iban_split", [
        (AGENT, "Which account should the refund go to?"),
        (CALLER, "It's a German one, [D E five one, seven seven nine one, three two four five|IBAN|DE51 7791 3245]"),
        (AGENT, "Right."),
        (CALLER, "[five six oh three, eight three two eight, eight six|IBAN|5603 8328 86]."),
        (AGENT, "And the last four of your social, please?"),
        (CALLER, "[Nine oh four one|SSN|9041]."),
    ]),
    ("storage_card_three_parts", [
        (AGENT, "Which card would you like to use for the storage unit?"),
        (CALLER, "[Two five four oh, five oh four two|CREDIT_CARD|2540 5042]"),
        (AGENT, "Uh huh."),
        (CALLER, "[six four five three|CREDIT_CARD|6453]"),
        (AGENT, "Yes?"),
        (CALLER, "[nine one two seven|CREDIT_CARD|9127]."),
        (AGENT, "And when does it expire?"),
        (CALLER, "[Eleven slash twenty eight|CARD_EXPIRY|11/28]."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "dental_card_split": {"CREDIT_CARD": "4766 9833 0733 0079"},
    "landlord_phone_split": {"PHONE": "07700 900682"},
    "mortgage_routing_split": {"ROUTING_NUMBER": "245351572"},
    "charity_iban_split": {"IBAN": "IE13 KLRB 3505 2832 9611 22"},
    "insurer_member_split": {"HEALTH_PLAN": "KTR5508219"},
    "tax_refund_iban_split": {"IBAN": "DE51 7791 3245 5603 8328 86"},
    "storage_card_three_parts": {"CREDIT_CARD": "2540 5042 6453 9127"},
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
