//! US bank details: ABA routing numbers (nine digits, 3-7-1 checksum) and account numbers (6–17
//! digits, no checksum). Both shapes are common in ordinary numbers (nine digits also pass the
//! SSN rules a third of the time), so both are reported only next to their cue words.
//!
//! An account number read out after "account number" is an account number even when its digits
//! also make a valid phone number (7734192058 is both), so with an account cue it scores above
//! the phone rule's uncued 0.6; with only the weak cue "bank", or with a phone cue too ("call my
//! account manager at 555 1234"), it scores 0.6 and the phone reading wins the tie.
//! Whisper often hears "account number" as "count number": that two-word phrase is a cue, "count"
//! alone ("count to ten") is not.

use super::{digit_runs, entity, near, tokens, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::{aba_routing, repeated_digit};
use crate::detect::{Entity, EntityKind};

const ROUTING_CUES: &[&str] = &["routing", "aba", "transit", "rtn"];
/// Cues that name an account: any 6–17 digit run next to them is reported, above a phone.
const ACCOUNT_CUES: &[&str] = &["account", "acct", "count number", "checking", "savings"];
/// A weaker cue: 8–17 digits only, and below a validated phone number.
const BANK_CUES: &[&str] = &["bank"];

/// Words after a number that make it an amount or a count, not an account ("savings of 150000
/// dollars", "account for 250000 people").
pub(super) const UNIT_WORDS: &[&str] = &[
    "dollar", "euro", "pound", "buck", "cent", "percent", "people", "point", "mile", "year",
];

pub struct RoutingNumber;

impl Recognizer for RoutingNumber {
    fn name(&self) -> &'static str {
        "routing_number"
    }

    fn find(&self, text: &NormalizedText, out: &mut Vec<Entity>) {
        for run in digit_runs(text).filter(|r| !r.plus && aba_routing(r.digits)) {
            if near(text, &run.bytes, ROUTING_CUES) {
                out.push(entity(
                    text,
                    run.bytes,
                    EntityKind::RoutingNumber,
                    self.name(),
                    0.85,
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

    fn find(&self, text: &NormalizedText, out: &mut Vec<Entity>) {
        let runs = digit_runs(text)
            .filter(|r| !r.plus && (6..=17).contains(&r.digits.len()) && !repeated_digit(r.digits));
        for run in runs {
            let next = tokens(text).find(|t| t.bytes.start > run.bytes.end);
            if next.is_some_and(|t| {
                UNIT_WORDS
                    .iter()
                    .any(|&u| t.text == u || t.text.strip_suffix('s') == Some(u))
            }) {
                continue;
            }
            // "account id" names an ID number (see `ids`), not a bank account.
            if near(text, &run.bytes, &["account id"]) {
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
    fn routing_number_needs_cue_and_checksum() {
        none(RoutingNumber, "the number is 021000021");
        none(RoutingNumber, "routing number 021000022");
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
