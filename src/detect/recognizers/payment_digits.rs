//! Every number of three or more digits said in a payment context, for PCI-style policies that
//! must not keep any card data: a misheard card number that fails Luhn and is too short for the
//! card rule, a PIN, a CVV said without its cue, an expiry said as "oh four twenty seven".
//!
//! Not in [`default_recognizers`](super::default_recognizers): it over-redacts ordinary numbers
//! near the word "card". A policy turns it on (the `pci` preset), by adding
//! [`PaymentDigits::new`] to the recognizers. Each digit-bearing token (`1234`, `04/27`) within
//! [`WINDOW`] tokens after a payment cue ("card", "visa", "cvv", "security code", "expires",
//! "pin", "account number", "routing" …) is reported as `CREDIT_CARD` under
//! `rule:payment_digits`, at score 0.5, so any validated entity over the same words wins the
//! merge.

use std::sync::LazyLock;

use super::context::CueIndex;
use super::{entity, tokens, Recognizer, Token};
use crate::detect::normalize::NormalizedText;
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &[
    "card",
    "credit card",
    "debit",
    "visa",
    "mastercard",
    "master card",
    "amex",
    "american express",
    "discover",
    "cvv",
    "cvv2",
    "cvc",
    "cid",
    "csc",
    "security code",
    "exp",
    "pin",
    "account number",
    "count number",
    "routing",
];

static CUE_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(CUES));

/// How many tokens after a cue are searched for numbers.
const WINDOW: usize = 10;

/// The score of every number it reports: below every validated rule.
const SCORE: f32 = 0.5;

/// Every number of three or more digits (`1234`, `04/27`) said within ten tokens after a payment
/// cue ("card", "credit card", "debit", "visa", "mastercard", "amex", "cvv", "security code",
/// "expires" and other "expir…" words, "pin", "account number", "routing"), reported as
/// `CREDIT_CARD` at score 0.5 under `rule:payment_digits`. Not in
/// [`default_recognizers`](super::default_recognizers): add it for PCI-style policies that must
/// keep no digits of a payment conversation (the `pci` preset).
#[derive(Debug, Default, Clone, Copy)]
pub struct PaymentDigits;

impl PaymentDigits {
    /// The recognizer, for a policy that wants every number near payment words redacted.
    pub fn new() -> Self {
        PaymentDigits
    }
}

impl Recognizer for PaymentDigits {
    fn name(&self) -> &'static str {
        "payment_digits"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        // Tokens before this index are in a payment context.
        let mut until = 0;
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let cue = CUE_INDEX
                .at(&toks, i)
                .or_else(|| t.text.starts_with("expir").then_some(i + 1));
            if let Some(end) = cue {
                until = end + WINDOW;
                i = end;
                continue;
            }
            if i < until && payment_number(t.text) {
                out.push(entity(
                    text,
                    t.bytes.clone(),
                    EntityKind::CreditCard,
                    self.name(),
                    SCORE,
                ));
            }
            i += 1;
        }
    }
}

/// Three or more digits, with nothing but digits and number separators (`04/27`, `+1234`).
fn payment_number(t: &str) -> bool {
    t.bytes().filter(u8::is_ascii_digit).count() >= 3
        && t.bytes()
            .all(|c| c.is_ascii_digit() || b"/-.+".contains(&c))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, run};
    use super::*;

    /// The (start, end) word ranges found.
    fn found(words: &str) -> Vec<(usize, usize)> {
        let found = run(PaymentDigits::new(), words);
        for e in &found {
            assert_eq!(e.kind, EntityKind::CreditCard);
            assert_eq!(e.score, SCORE);
        }
        found
            .into_iter()
            .map(|e| (e.words.start, e.words.end))
            .collect()
    }

    #[test]
    fn numbers_after_payment_cues() {
        assert_eq!(found("my card number is 4539 148 0343"), [(4, 7)]);
        assert_eq!(
            found("card four five three nine expires oh four twenty seven and the code is 737"),
            [(1, 5), (6, 10), (14, 15)]
        );
        assert_eq!(found("expiry 04/27"), [(1, 2)]);
        assert_eq!(found("my pin is 1234"), [(3, 4)]);
        assert_eq!(found("cvv737"), [(0, 1)]);
        assert_eq!(found("routing number 021000021"), [(2, 3)]);
    }

    #[test]
    fn outside_the_window_or_too_short() {
        none(PaymentDigits, "I paid 1234 for it");
        none(PaymentDigits, "card 12 and 7");
        none(
            PaymentDigits,
            "card is fine and then we went to the park and after that 1234",
        );
        none(PaymentDigits, "cardboard 1234");
        none(PaymentDigits, "call 555 1234");
    }
}
