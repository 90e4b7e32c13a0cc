//! US bank details: ABA routing numbers (nine digits, 3-7-1 checksum) and account numbers (6–17
//! digits, no checksum). Both shapes are common in ordinary numbers (nine digits also pass the
//! SSN rules a third of the time), so both are reported only next to their cue words. Next to a
//! routing cue, eight to ten digits that fail the checksum are still reported, lower: speech
//! recognition drops and mishears digits ("The bank's routing number is 121 48374.").
//!
//! An account number read out after "account number" is an account number even when its digits
//! also make a valid phone number (7734192058 is both), so with an account cue it scores above
//! the phone rule's uncued 0.6; with only the weak cue "bank", or with a phone cue too ("call my
//! account manager at 555 1234"), it scores 0.6 and the phone reading wins the tie.
//! Whisper often hears "account number" as "count number": that two-word phrase is a cue, "count"
//! alone ("count to ten") is not.

use super::{digit_runs, entity, near, near_span, Recognizer, CONTEXT_AFTER, CONTEXT_BEFORE};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::{aba_routing, repeated_digit};
use crate::detect::{Entity, EntityKind};

/// Routing cues, with Whisper's mishearings of "routing" ("Bouting number").
const ROUTING_CUES: &[&str] = &["routing", "aba", "transit", "rtn", "bouting", "rooting"];

/// Score of a routing-number-length run that fails the checksum, next to a routing cue: speech
/// recognition drops and mishears digits ("121 48374"), and such a number must still be caught.
/// Above an uncued SSN (0.5) or phone number (0.6), below a validated match.
const UNVALIDATED_ROUTING: f32 = 0.65;
/// Cues that name an account: any 6–17 digit run next to them is reported, above a phone.
const ACCOUNT_CUES: &[&str] = &["account", "acct", "count number", "checking", "savings"];
/// A weaker cue: 8–17 digits only, and below a validated phone number.
const BANK_CUES: &[&str] = &["bank"];

/// Words after a number that make it an amount or a count, not an account ("savings of 150000
/// dollars", "account for 250000 people").
pub(super) const UNIT_WORDS: &[&str] = &[
    "dollar", "euro", "pound", "buck", "cent", "percent", "people", "point", "mile", "year",
];

/// Tokens searched for a routing cue before the number.
const ROUTING_CONTEXT: usize = 9;

pub struct RoutingNumber;

impl Recognizer for RoutingNumber {
    fn name(&self) -> &'static str {
        "routing_number"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for run in digit_runs(text).filter(|r| !r.plus && (8..=10).contains(&r.digits.len())) {
            let s = if aba_routing(run.digits) {
                0.85
            } else if !repeated_digit(run.digits)
                // "… and the account is 8 004-6219": the account number, not a misheard routing;
                // "transit bus driver, phone: 201-948-1927": a phone number.
                && !near_span(text, &run.bytes, ACCOUNT_CUES, 3, 0)
                && !near(text, &run.bytes, super::phone::CUES)
            {
                UNVALIDATED_ROUTING
            } else {
                continue;
            };
            // "The routing number for my credit union is …": a cue may come a little earlier.
            if near_span(
                text,
                &run.bytes,
                ROUTING_CUES,
                ROUTING_CONTEXT,
                CONTEXT_AFTER,
            ) {
                out.push(entity(
                    text,
                    run.bytes,
                    EntityKind::RoutingNumber,
                    self.name(),
                    s,
                ));
            }
        }
    }
}

pub struct BankAccount;

impl Recognizer for BankAccount {
    fn name(&self) -> &'static str {
        "bank_account"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let runs = digit_runs(text)
            .filter(|r| !r.plus && (6..=17).contains(&r.digits.len()) && !repeated_digit(r.digits));
        for run in runs {
            let next = text.text()[run.bytes.end..]
                .split(' ')
                .find(|s| !s.is_empty());
            if next.is_some_and(|t| {
                UNIT_WORDS
                    .iter()
                    .any(|&u| t == u || t.strip_suffix('s') == Some(u))
            }) {
                continue;
            }
            // "account id" names an ID number (see `ids`), not a bank account; and a number
            // said right after "routing" is the routing number, even when "account number"
            // follows it ("routing number 053 208 134 account number …").
            let routing = near_span(text, &run.bytes, ROUTING_CUES, 3, 0)
                && !near_span(text, &run.bytes, ACCOUNT_CUES, CONTEXT_BEFORE, 0);
            if routing || near(text, &run.bytes, &["account id"]) {
                continue;
            }
            let account = near(text, &run.bytes, ACCOUNT_CUES);
            let s = if account && !near(text, &run.bytes, super::phone::CUES) {
                0.9
            } else if account || (run.digits.len() >= 8 && near(text, &run.bytes, BANK_CUES)) {
                0.6
            } else {
                continue;
            };
            out.push(entity(
                text,
                run.bytes,
                EntityKind::BankAccount,
                self.name(),
                s,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn routing_number_with_cue() {
        let e = one(
            RoutingNumber,
            "the routing number is 021000021 ok",
            EntityKind::RoutingNumber,
        );
        assert_eq!((e.words, e.score), (4..5, 0.85));
        let e = one(
            RoutingNumber,
            "routing oh two one oh oh oh oh two one",
            EntityKind::RoutingNumber,
        );
        assert_eq!(e.words, 1..10);
    }

    #[test]
    fn routing_number_needs_a_cue() {
        none(RoutingNumber, "the number is 021000021");
        none(RoutingNumber, "routing 1234567");
        none(RoutingNumber, "routing 12345678901");
        none(RoutingNumber, "routing 000000000");
        none(RoutingNumber, "transit bus driver phone 201-948-1927");
    }

    #[test]
    fn misheard_routing_numbers_are_reported_lower() {
        // As Whisper wrote spoken routing numbers: a dropped digit, a misheard one, "Bouting".
        for (words, range) in [
            ("The bank's routing number is 121 48374.", 5..7),
            ("routing number 021000022", 2..3),
        ] {
            let e = one(RoutingNumber, words, EntityKind::RoutingNumber);
            assert_eq!((e.words, e.score), (range, UNVALIDATED_ROUTING), "{words}");
        }
        let e = one(
            RoutingNumber,
            "Bouting number 263.084.258",
            EntityKind::RoutingNumber,
        );
        assert_eq!(e.words, 2..3);
        // The cue may come up to nine words before the number.
        let e = one(
            RoutingNumber,
            "The routing number for my credit union is 0319 07648.",
            EntityKind::RoutingNumber,
        );
        assert_eq!((e.words, e.score), (8..10, 0.85));
        // As Whisper wrote them: routing and account numbers in one sentence.
        for (words, range) in [
            ("Routing number 053 208 134 Account number 317 7205", 2..5),
            (
                "For the direct deposit, routing 291-076-597 and the account is 8 004-6219.",
                5..6,
            ),
        ] {
            let e = one(RoutingNumber, words, EntityKind::RoutingNumber);
            assert_eq!(e.words, range, "{words}");
        }
    }

    #[test]
    fn account_number_with_cue() {
        let e = one(
            BankAccount,
            "my checking account is 1234 5678 90 thanks",
            EntityKind::BankAccount,
        );
        assert_eq!((e.words, e.score), (4..7, 0.9));
        let e = one(BankAccount, "acct 123456", EntityKind::BankAccount);
        assert_eq!((e.words, e.score), (1..2, 0.9));
        let e = one(
            BankAccount,
            "my bank says 12345678 is it",
            EntityKind::BankAccount,
        );
        assert_eq!((e.words, e.score), (3..4, 0.6));
    }

    #[test]
    fn whisper_heard_count_number() {
        // Spoken "account number"; 7734192058 is also a valid NANP number.
        let e = one(
            BankAccount,
            "My count number is 7-7-3-4, 192-058.",
            EntityKind::BankAccount,
        );
        assert_eq!((e.words, e.score), (4..6, 0.9));
        let e = one(
            BankAccount,
            "the count numbers are 12345678",
            EntityKind::BankAccount,
        );
        assert_eq!(e.words, 4..5);
    }

    #[test]
    fn account_number_needs_cue_and_length() {
        none(BankAccount, "order 12345678 shipped");
        none(BankAccount, "account 12345");
        none(BankAccount, "bank 1234567");
        none(BankAccount, "account 123456789012345678");
        // "count" alone is counting, not an account.
        none(BankAccount, "count to ten");
        none(BankAccount, "count to ten then 12345678");
        none(BankAccount, "the head count is 1234567");
        // Amounts and counts next to an account cue.
        none(BankAccount, "my savings of 150000 dollars");
        none(BankAccount, "accounts for two hundred thousand people");
        none(BankAccount, "my account id is 12345678");
        // The routing number before an account cue is not the account.
        let e = one(
            BankAccount,
            "Routing number 053 208 134 Account number 317 7205",
            EntityKind::BankAccount,
        );
        assert_eq!(e.words, 7..9);
    }

    #[test]
    fn phone_cue_lowers_the_score() {
        let e = one(
            BankAccount,
            "call my account manager at 555 1234",
            EntityKind::BankAccount,
        );
        assert_eq!((e.words, e.score), (5..7, 0.6));
    }
}
