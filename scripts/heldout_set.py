"""The round-two held-out texts (issue #12): utterances and two-party calls, in the markup of
scripts/make_spoken_set.py (`[spoken form|KIND|value]` or `[spoken form|KIND|value|words]`).

Never used to tune a rule. Read by scripts/make_heldout.py only; the audio goes to
target/heldout2/ and is never committed. Once anyone tunes hush on these sentences they stop
being held out: replace them with new ones. Kept unchanged so that `scripts/make-heldout --round 2`
reproduces round two; round three (scripts/heldout3_set.py, the default) was written for when
rules are tuned on this one.

All values are fictional: NANP phones in 555-01xx, UK numbers in Ofcom's drama ranges, an
Australian one in ACMA's 5550 drama range, Luhn-valid cards, ABA-checksummed routing numbers,
mod-97-valid IBANs, valid-format SSNs.
"""

from __future__ import annotations

AGENT, CALLER = 0, 1

# (category, style, marked-up text); ids are heldout2_<category>_<style>_<NN>.
UTTERANCES: list[tuple[str, str, str]] = [
    # --- cards: odd groupings, fillers, cue after the number ------------------
    ("card", "threes", "Yeah the card is [four seven four, three nine oh, three five two, nine three six, "
     "two two one, one|CREDIT_CARD|4743 9035 2936 2211]."),
    ("card", "long_number", "The long number across the front reads [four nine six nine, three four five oh, "
     "five six one eight, four three nine three|CREDIT_CARD|4969 3450 5618 4393]."),
    ("card", "pairs", "The whole thing is [forty, fifty nine, twenty two, sixteen, twenty, twenty one, "
     "double oh, seventy four|CREDIT_CARD|4059 2216 2021 0074]."),
    ("card", "filler", "Um, it's [four seven oh six, uh, five one two nine, six five oh one, two three five seven"
     "|CREDIT_CARD|4706 5129 6501 2357]."),
    ("card", "network_cue", "On the Mastercard it's [five one five one, nine two oh two, four oh seven four, "
     "five two two nine|CREDIT_CARD|5151 9202 4074 5229]."),
    ("card", "zero", "Card number's [five two zero six, one zero four zero, one nine four six, "
     "eight seven four four|CREDIT_CARD|5206 1040 1946 8744]."),
    ("card", "triple", "Charge it to [five three nine six, triple five two, nine two five seven, "
     "six three five six|CREDIT_CARD|5396 5552 9257 6356]."),
    ("card", "double", "Here you go, [five four six eight, two one double eight, two two oh one, "
     "five seven oh nine|CREDIT_CARD|5468 2188 2201 5709]."),
    ("card", "numerals_cue_after", "[5 5 7 0, 7 7 3 1, 3 0 0 6, 4 2 9 9|CREDIT_CARD|5570 7731 3006 4299], "
     "that's the business card."),
    ("card", "two_series", "The new one starts with two two, it's [two two three one, one six four one, "
     "seven seven six one, two five five four|CREDIT_CARD|2231 1641 7761 2554]."),
    ("card", "ungrouped", "My debit card number, [four five nine four four five oh seven five nine seven one "
     "one nine eight oh|CREDIT_CARD|4594 4507 5971 1980]."),
    ("card", "read_again", "Let me read it again, [five five three seven, four three six three, "
     "nine four five nine, one two oh seven|CREDIT_CARD|5537 4363 9459 1207]."),
    ("card", "amex_threes", "It's an Amex, [three four three, eight eight four, six oh oh, six four two, "
     "seven two five|CREDIT_CARD|3438 846006 42725]."),
    ("card", "amex", "American Express, [three seven seven three, eight four nine nine seven three, "
     "four five eight oh nine|CREDIT_CARD|3773 849973 45809]."),
    ("card", "amex_pairs", "Amex card [thirty seven oh nine, forty six seventy nine, oh six, "
     "oh three nine forty four|CREDIT_CARD|3709 467906 03944]."),
    # --- CVV --------------------------------------------------------------------
    ("cvv", "three_on_back", "The three on the back are [seven one nine|CVV|719]."),
    ("cvv", "signature", "That little code by the signature is [oh four six|CVV|046]."),
    ("cvv", "security_number", "Security number on the card, [three three eight|CVV|338]."),
    ("cvv", "cvv_aside", "C V V [two eight five|CVV|285], sorry, I had to find my glasses."),
    ("cvv", "amex_front", "The four digits on the front of the Amex, [one nine six two|CVV|1962]."),
    ("cvv", "numerals", "Code on the back [9 0 7|CVV|907]."),
    ("cvv", "verification_value", "Card verification value is [five five one|CVV|551]."),
    ("cvv", "double", "The CVV code is [double four three|CVV|443]."),
    # --- expiry -----------------------------------------------------------------
    ("expiry", "slash", "It expires [oh eight slash twenty nine|CARD_EXPIRY|08/29]."),
    ("expiry", "good_thru", "Good thru [ten twenty eight|CARD_EXPIRY|10/28]."),
    ("expiry", "valid_until", "Valid until [March twenty thirty one|CARD_EXPIRY|March 2031]."),
    ("expiry", "exp_date", "The exp date is [oh two, twenty seven|CARD_EXPIRY|02/27]."),
    ("expiry", "runs_out", "The card runs out [November twenty twenty nine|CARD_EXPIRY|November 2029]."),
    ("expiry", "numerals", "Expiry [0 6, 3 0|CARD_EXPIRY|06/30]."),
    ("expiry", "dash", "It says [twelve dash thirty|CARD_EXPIRY|12/30] on the front."),
    # --- SSN --------------------------------------------------------------------
    ("ssn", "odd_groups", "My social is [five three, eight two, two seven, one four six|SSN|538-22-7146]."),
    ("ssn", "digits", "Social security number, [two oh nine, four one, six six three eight|SSN|209-41-6638]."),
    ("ssn", "ss_number", "My S S number is [four four six, one two, oh five five nine|SSN|446-12-0559]."),
    ("ssn", "cue_after", "Sure, it's [three one eight seven seven four two oh six|SSN|318-77-4206], "
     "that's my social."),
    ("ssn", "last4", "Last four of my social is [six two eight one|SSN|6281]."),
    ("ssn", "ends_in", "My social ends in [nine oh oh four|SSN|9004]."),
    ("ssn", "pairs", "Social, [seven seventy, forty one, ninety two oh two|SSN|770-41-9202]."),
    ("ssn", "triple", "The social on file should be [one triple two, five eight, three oh one|SSN|122-25-8301]."),
    ("ssn", "tax", "For tax purposes my social is [five oh one, thirty three, eighty eight forty|SSN|501-33-8840]."),
    ("ssn", "numerals", "S S N [6 1 4, 2 9, 7 7 0 3|SSN|614-29-7703]."),
    # --- phone ------------------------------------------------------------------
    ("phone", "callback", "Best callback is [three four seven, five five five, oh one eight nine"
     "|PHONE|(347) 555-0189]."),
    ("phone", "triple", "Cell is [five one two, triple five, oh one five three|PHONE|(512) 555-0153]."),
    ("phone", "area_code", "Area code [six one seven, then five five five, oh one one one|PHONE|(617) 555-0111]."),
    ("phone", "double", "Reach me on [four oh four, five five five, oh one double oh|PHONE|(404) 555-0100]."),
    ("phone", "pairs", "My number's [three oh five, five fifty five, oh one, seventy two|PHONE|(305) 555-0172]."),
    ("phone", "uk", "Our London office is [plus four four, two oh, seven nine four six, oh one two three"
     "|PHONE|+44 20 7946 0123]."),
    ("phone", "uk_mobile", "My mobile is [plus four four, seven seven oh oh, nine oh oh, three one two"
     "|PHONE|+44 7700 900312]."),
    ("phone", "au", "The Melbourne number is [plus six one, two, five five five oh, one two four six"
     "|PHONE|+61 2 5550 1246]."),
    ("phone", "cue_after", "[Eight five eight, five five five, oh one three six|PHONE|(858) 555-0136] "
     "is the landline."),
    ("phone", "extension", "The desk line is [seven one eight, five five five, oh one nine one"
     "|PHONE|(718) 555-0191], extension twelve."),
    ("phone", "plus1", "Text [plus one, nine seven two, five five five, oh one oh eight|PHONE|+1 972 555 0108]."),
    # --- e-mail -----------------------------------------------------------------
    ("email", "initial", "It's [tanvir dot h at gmail dot com|EMAIL|tanvir.h@gmail.com|tanvir]."),
    ("email", "surname", "Send it to [mbeaulieu at orange dot fr|EMAIL|mbeaulieu@orange.fr|mbeaulieu beaulieu]."),
    ("email", "dot", "My email is [k dot ostrowska at outlook dot com|EMAIL|k.ostrowska@outlook.com|ostrowska]."),
    ("email", "underscore_uk", "Use [rhys underscore pritchard at yahoo dot co dot uk"
     "|EMAIL|rhys_pritchard@yahoo.co.uk|rhys pritchard]."),
    ("email", "dash_digits", "Email me at [zoe dash quinlan nineteen at gmail dot com"
     "|EMAIL|zoe-quinlan19@gmail.com|zoe quinlan]."),
    ("email", "proton", "The address is [ahmed dot farouk at protonmail dot com"
     "|EMAIL|ahmed.farouk@protonmail.com|ahmed farouk]."),
    ("email", "letters", "It's [h l m seven two at icloud dot com|EMAIL|hlm72@icloud.com|hlm]."),
    ("email", "me", "Write to [greta dot lindqvist at me dot com|EMAIL|greta.lindqvist@me.com|greta lindqvist]."),
    ("email", "underscore", "My email's [d underscore okoro at hotmail dot com|EMAIL|d_okoro@hotmail.com|okoro]."),
    # --- bank -------------------------------------------------------------------
    ("bank", "aba", "The A B A number is [oh two nine, one oh five, eight seven six|ROUTING_NUMBER|029105876]."),
    ("bank", "transit", "Transit routing number [oh four one, one seven seven, five six five"
     "|ROUTING_NUMBER|041177565]."),
    ("bank", "check_corner", "The number on the bottom left of the check is [one one three six, oh three, "
     "four nine one|ROUTING_NUMBER|113603491]."),
    ("bank", "routing_double", "Routing's [two nine six, six two six, three double one|ROUTING_NUMBER|296626311]."),
    ("bank", "checking", "Checking account [seven three oh eight, one one five, two six four|BANK_ACCOUNT|7308115264]."),
    ("bank", "savings", "The savings account number is [four four nine, oh two one, eight eight|BANK_ACCOUNT|44902188]."),
    ("bank", "pairs", "Account [sixty one, twenty, oh nine, ninety five, thirty|BANK_ACCOUNT|6120099530]."),
    ("bank", "cue_after", "[Three five five one, eight oh two, nine nine seven|BANK_ACCOUNT|3551802997] "
     "is my account at the credit union."),
    ("bank", "combo", "Routing [two five eight, nine six six, three two three|ROUTING_NUMBER|258966323], "
     "account [one oh one, four four seven, two eight|BANK_ACCOUNT|10144728]."),
    ("bank", "combo_after", "For direct deposit use [three oh four, five four nine, four two nine"
     "|ROUTING_NUMBER|304549429] as routing and [five six two, seven seven oh, one nine three"
     "|BANK_ACCOUNT|562770193] as the account."),
    ("bank", "odd_groups", "My account number, [nine nine oh, seven two, one four, three eight|BANK_ACCOUNT|990721438]."),
    ("bank", "numerals", "Routing number [0 2 0 7 6 4 2 0 3|ROUTING_NUMBER|020764203]."),
    # --- IBAN -------------------------------------------------------------------
    ("iban", "gb", "Our IBAN is [G B three eight, B A R C, two oh oh oh, five eight seven three, "
     "nine one oh two, four four|IBAN|GB38 BARC 2000 5873 9102 44]."),
    ("iban", "ie", "The IBAN, [I E two nine, A I B K, nine three one one, five two one two, "
     "three four five six, seven eight|IBAN|IE29 AIBK 9311 5212 3456 78]."),
    # --- ZIP --------------------------------------------------------------------
    ("zip", "is", "Zip is [one oh oh two five|ZIP|10025]."),
    ("zip", "city", "Postal code [nine eight one oh three|ZIP|98103], [Seattle|LOCATION|Seattle|seattle]."),
    ("zip", "cue_after", "It's [two oh oh oh one|ZIP|20001] for the zip."),
    ("zip", "there", "The zip code there is [eight oh two oh five|ZIP|80205]."),
    ("zip", "double", "Zip [double three one three nine|ZIP|33139]."),
    # --- date of birth ------------------------------------------------------------
    ("dob", "birthday", "My birthday's [the fourth of July, nineteen seventy nine|DATE|4 July 1979]."),
    ("dob", "compact", "Date of birth, [twelve nineteen ninety one|DATE|12/19/91]."),
    ("dob", "leap", "I was born [February twenty ninth, nineteen eighty four|DATE|February 29, 1984]."),
    ("dob", "thousand", "D O B [oh six, oh one, two thousand three|DATE|06/01/2003]."),
    ("dob", "birth_date", "Birth date is [August eleventh, nineteen sixty|DATE|August 11, 1960]."),
    ("dob", "child", "She was born on [the thirtieth of January, two thousand twelve|DATE|30 January 2012]."),
    ("dob", "patient", "Patient's date of birth is [nine, twenty three, fifty seven|DATE|9/23/57]."),
    ("dob", "dob", "My D O B is [December first, nineteen ninety five|DATE|December 1, 1995]."),
    # --- addresses ----------------------------------------------------------------
    ("address", "terrace", "I'm at [two twenty one Kessler Terrace|ADDRESS|221 Kessler Terrace]."),
    ("address", "drive", "Ship to [fifty four oh nine Ridgecrest Drive|ADDRESS|5409 Ridgecrest Drive]."),
    ("address", "suite", "Mail it to [seven seventeen Abernethy Lane, suite twelve|ADDRESS|717 Abernethy Lane, Suite 12]."),
    ("address", "city", "The new address is [thirty one Calloway Circle|ADDRESS|31 Calloway Circle], "
     "[Boise, Idaho|LOCATION|Boise, Idaho|boise idaho]."),
    ("address", "apartment", "[Nine oh six Pemberton Avenue, apartment three F|ADDRESS|906 Pemberton Avenue, Apt 3F], "
     "that's where I live."),
    ("address", "city_zip", "We're at [four forty Tamarack Way|ADDRESS|440 Tamarack Way] in "
     "[Duluth, Minnesota|LOCATION|Duluth, Minnesota|duluth minnesota], [five five eight oh five|ZIP|55805]."),
    ("address", "property", "Property address [eighteen twelve Wexford Road|ADDRESS|1812 Wexford Road]."),
    ("address", "moved", "I moved from [Ypsilanti, Michigan|LOCATION|Ypsilanti, Michigan|ypsilanti michigan] "
     "to [twelve Gallatin Street|ADDRESS|12 Gallatin Street]."),
    # --- identifiers --------------------------------------------------------------
    ("dl", "as_in", "License number [D as in delta, seven oh two, five five one, eight six"
     "|DRIVER_LICENSE|D70255186]."),
    ("dl", "letter", "My license number is [S, five three oh, two one nine, four four seven, oh one"
     "|DRIVER_LICENSE|S53021944701]."),
    ("dl", "digits", "Driver's licence, [nine one four two, seven seven three oh|DRIVER_LICENSE|91427730]."),
    ("passport", "digits", "Passport [five one nine, oh oh four, two seven three|PASSPORT|519004273]."),
    ("passport", "as_in", "The passport is [C as in Charlie, oh one, eight eight, five four, two"
     "|PASSPORT|C0188542]."),
    ("passport", "double", "Passport number's [two six one, double seven, four oh eight oh|PASSPORT|261774080]."),
    ("health", "member_letters", "Member ID is [M, E, B, four one seven, oh oh two, nine|HEALTH_PLAN|MEB4170029]."),
    ("health", "subscriber", "Subscriber number on the insurance card, [nine four eight, two oh one, "
     "seven seven three, oh one|HEALTH_PLAN|94820177301]."),
    ("health", "medicare", "Medicare number [four K, seven two, H N, nine, R, eight one|HEALTH_PLAN|4K72-HN9-R81]."),
    ("health", "insurance_id", "Insurance ID, [U H C, three three nine, oh two, seven five one"
     "|HEALTH_PLAN|UHC33902751]."),
    ("health", "member_number", "Member number, [eight oh oh, four one two, six nine nine, three"
     "|HEALTH_PLAN|8004126993]."),
    ("medical", "mrn", "M R N is [four four two, oh nine, one seven|MEDICAL_RECORD|4420917]."),
    ("medical", "chart", "Chart number [seven seven, three oh, eight one two|MEDICAL_RECORD|7730812]."),
    ("medical", "record", "Medical record number, [two nine oh eight eight five one|MEDICAL_RECORD|2908851]."),
    ("id", "claim", "Claim number [C L, four oh nine, one eight eight, two|ID_NUMBER|CL4091882]."),
    ("id", "customer", "Customer number [six two, one one, oh five, nine|ID_NUMBER|6211059]."),
    ("id", "reference", "Reference number is [R, seven seven four, two double oh|ID_NUMBER|R774200]."),
    # --- people: rare names, cues people say ------------------------------------
    ("person", "calling_about", "Hi, this is [Ngozi Achterberg|PERSON|Ngozi Achterberg] calling about the bill."),
    ("person", "account_name", "The name on the account is [Bartholomew Quaintance|PERSON|Bartholomew Quaintance]."),
    ("person", "yes_its", "Yes, it's [Aoife Breathnach|PERSON|Aoife Breathnach]."),
    ("person", "surname", "My surname is [Tshabalala|PERSON|Tshabalala]."),
    ("person", "under", "Put it under [Xiomara Villalobos|PERSON|Xiomara Villalobos]."),
    ("person", "tenant", "I'm [Dmitri Vasilakopoulos|PERSON|Dmitri Vasilakopoulos], the tenant in unit four."),
    ("person", "spelled", "My last name, that's [Przybylski|PERSON|Przybylski], "
     "[P R Z Y B Y L S K I|PERSON|Przybylski|przybylski]."),
    ("person", "earlier", "You were talking to [Keziah Fairweather|PERSON|Keziah Fairweather] earlier."),
    ("person", "title_hyphen", "It's Missus [Okafor Blanchard|PERSON|Okafor-Blanchard]."),
    ("person", "speaking", "[Thandiwe Mokoena|PERSON|Thandiwe Mokoena] speaking."),
    ("person", "from_team", "The caller was [Siddharth Venkataraman|PERSON|Siddharth Venkataraman], "
     "from the billing team."),
    ("person", "appointment", "Appointment for [Eulalia Brandstetter|PERSON|Eulalia Brandstetter] at ten."),
    ("person", "title", "Could you ask Mister [Haverkamp|PERSON|Haverkamp] to call me?"),
    ("person", "spelled_first", "Spelled [Y, O, U, S, S, E, F|PERSON|Youssef|youssef], [Youssef|PERSON|Youssef]."),
    ("person", "here", "Hello, [Lucinda|PERSON|Lucinda] here."),
    ("person", "daughter", "My daughter [Marisol|PERSON|Marisol] is on the plan too."),
    # --- combos -------------------------------------------------------------------
    ("combo", "person_dob", "Name is [Ingrid Solberg|PERSON|Ingrid Solberg], born "
     "[May twenty second, nineteen seventy|DATE|May 22, 1970]."),
    ("combo", "person_member", "[Femi Adebayo|PERSON|Femi Adebayo], member ID "
     "[F A, two one nine, oh three three, seven|HEALTH_PLAN|FA2190337]."),
    ("combo", "card_expiry_cvv", "Card [four four eight two, oh six one seven, three three nine oh, "
     "five eight two three|CREDIT_CARD|4482 0617 3390 5823], [oh three twenty nine|CARD_EXPIRY|03/29], "
     "code [eight one six|CVV|816]."),
    ("combo", "ssn_zip", "Last four of the social [three seven seven oh|SSN|3770], and my zip is "
     "[nine one seven three one|ZIP|91731]."),
    ("combo", "email_phone", "Email [wen dot zhao at gmail dot com|EMAIL|wen.zhao@gmail.com|zhao] or call "
     "[two oh six, five five five, oh one four four|PHONE|(206) 555-0144]."),
    ("combo", "expiry_cvv", "Expiry [oh five twenty eight|CARD_EXPIRY|05/28], code [six one four|CVV|614]."),
    # --- no PII -------------------------------------------------------------------
    ("none", "statement", "I'd like to know why my statement shows two charges from Tuesday."),
    ("none", "card", "Can you send me a new card? The old one snapped in half."),
    ("none", "security_code", "The security code never arrived by text."),
    ("none", "account_number", "How many digits is the account number supposed to have?"),
    ("none", "minutes", "I'll call back in about twenty minutes once I'm home."),
    ("none", "order", "The order was for three boxes, but only one came."),
    ("none", "dob_question", "Do you need my date of birth for this?"),
    ("none", "hours", "We close at five thirty on weekdays."),
    ("none", "last_digits", "Please don't read me the whole number, just confirm the last digits."),
    ("none", "fee", "The fee went up by fifteen dollars last month."),
    ("none", "routing", "Is the routing number printed on the check or the card?"),
    ("none", "phone", "My phone died halfway through the last call."),
    ("none", "menu", "Press one for billing, two for support."),
    ("none", "social", "I'd rather not give my social over the phone."),
]

# (stem, turns); a turn is (channel, marked-up text). A value said in pieces across turns has
# one item per piece (each piece must not leak on its own); WHOLE gives the full value the pieces
# of a kind make, in order, and is checked like an utterance item.
CALLS: list[tuple[str, list[tuple[int, str]]]] = [
    ("cvv_back", [
        (AGENT, "Thanks. And the security code on the back?"),
        (CALLER, "[Eight three one|CVV|831]."),
        (AGENT, "Perfect, you're all set."),
    ]),
    ("dob", [
        (AGENT, "Before I go on, what's your date of birth?"),
        (CALLER, "[June third, nineteen sixty six|DATE|June 3, 1966]."),
        (AGENT, "Thank you."),
    ]),
    ("ssn_last4", [
        (AGENT, "Can I get the last four of your social?"),
        (CALLER, "Yeah, [two nine five oh|SSN|2950]."),
        (AGENT, "Got it."),
    ]),
    ("spell_name", [
        (AGENT, "Can you spell your last name for me?"),
        (CALLER, "Sure, [H, A, L, V, O, R, S, E, N|PERSON|Halvorsen|halvorsen]."),
        (AGENT, "Thank you, I have that."),
    ]),
    ("member_id_pieces", [
        (AGENT, "And your member ID?"),
        (CALLER, "[W K, three three oh|HEALTH_PLAN|WK330]"),
        (AGENT, "Mm-hm."),
        (CALLER, "[nine one eight, two|HEALTH_PLAN|9182]."),
        (AGENT, "Thanks."),
    ]),
    ("card_two_turns", [
        (AGENT, "Go ahead with the card number whenever you're ready."),
        (CALLER, "[Four oh one two, eight eight seven seven|CREDIT_CARD|4012 8877]"),
        (AGENT, "Okay."),
        (CALLER, "[five six one three, oh nine two six|CREDIT_CARD|5613 0926]."),
        (AGENT, "Thank you. And the expiration?"),
        (CALLER, "[Oh nine thirty|CARD_EXPIRY|09/30]."),
    ]),
    ("card_three_turns", [
        (AGENT, "What's the card number?"),
        (CALLER, "[Five two nine three, eight one oh four|CREDIT_CARD|5293 8104]"),
        (AGENT, "Uh huh."),
        (CALLER, "[seven seven two six|CREDIT_CARD|7726]"),
        (AGENT, "Yep."),
        (CALLER, "[one four five four|CREDIT_CARD|1454]."),
        (AGENT, "And the three digit code?"),
        (CALLER, "[Two oh seven|CVV|207]."),
    ]),
    ("phone_pieces", [
        (AGENT, "What's a good number to reach you?"),
        (CALLER, "[Six oh two, five five five|PHONE|602 555]"),
        (AGENT, "Okay."),
        (CALLER, "[oh one six one|PHONE|0161]."),
    ]),
    ("routing_account", [
        (AGENT, "I'll need the routing number first."),
        (CALLER, "[One two four, nine three five, oh six four|ROUTING_NUMBER|124935064]."),
        (AGENT, "And the account number?"),
        (CALLER, "[Eight eight one, two oh four, three three|BANK_ACCOUNT|88120433]."),
    ]),
    ("zip_address", [
        (AGENT, "Can you confirm the billing zip code?"),
        (CALLER, "[Two seven five one four|ZIP|27514]."),
        (AGENT, "And the street address?"),
        (CALLER, "[Forty one Larkspur Lane|ADDRESS|41 Larkspur Lane]."),
    ]),
    ("email", [
        (AGENT, "What email should we send the receipt to?"),
        (CALLER, "[bo dot lindgren at gmail dot com|EMAIL|bo.lindgren@gmail.com|lindgren]."),
        (AGENT, "Great."),
    ]),
    ("ssn_pieces", [
        (AGENT, "For verification, your full social, please."),
        (CALLER, "[Four one two|SSN|412]"),
        (AGENT, "Okay."),
        (CALLER, "[six eight, three oh five nine|SSN|68-3059]."),
    ]),
    ("name_dob", [
        (AGENT, "Who am I speaking with?"),
        (CALLER, "This is [Calloway Ndiaye|PERSON|Calloway Ndiaye]."),
        (AGENT, "And your date of birth?"),
        (CALLER, "[Ten, twelve, eighty|DATE|10/12/80]."),
    ]),
    ("policy_number", [
        (AGENT, "Can you read me the policy number?"),
        (CALLER, "[P L, four four, oh nine, one two seven|ID_NUMBER|PL4409127]."),
        (AGENT, "Thanks, one moment."),
    ]),
]

# Full values of the calls whose values come in pieces: {stem: {kind: value}}.
WHOLE: dict[str, dict[str, str]] = {
    "member_id_pieces": {"HEALTH_PLAN": "WK3309182"},
    "card_two_turns": {"CREDIT_CARD": "4012 8877 5613 0926"},
    "card_three_turns": {"CREDIT_CARD": "5293 8104 7726 1454"},
    "phone_pieces": {"PHONE": "(602) 555-0161"},
    "ssn_pieces": {"SSN": "412-68-3059"},
}
