//! Span scoring: recall, precision and F1 per family from gold items and predictions.
//!
//! Spans are half-open `[start, end)` ranges of one unit: characters of a text, or milliseconds
//! of a recording. The rules do not depend on the unit:
//!
//! - a **gold item is recalled** when any prediction of a kind its family accepts overlaps it by
//!   at least one unit (boundaries are not scored: a detector that finds "Johnson" of "Sarah
//!   Johnson" has found the person, and whether it removed enough is what the leak check says);
//! - a **prediction is a true positive** when it overlaps a gold item whose family accepts its
//!   kind (charged to that item's family);
//! - a prediction that is not a true positive but overlaps a gold item of an *unscored* label
//!   (Presidio's GPE, ORGANIZATION, TITLE, ZIP_CODE, ...) is **ignored**: the label exists but is
//!   not part of the comparison, so finding it is neither right nor wrong here. So is a
//!   prediction whose kind no family accepts (an IP address on the Presidio set), or one with no
//!   kind at all (an external tool's type with no hush equivalent: it still redacts, see
//!   [`super::leak`]);
//! - **everything else is a false positive**, charged to the family of its kind
//!   ([`Scheme::home`]); this includes a prediction that overlaps only gold items of scored but
//!   incompatible families (a PERSON prediction over a phone number).
//!
//! Several predictions over one gold item are each a true positive; precision is per prediction,
//! recall per gold item.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::families::Scheme;
use hush::detect::EntityKind;

/// A labelled item: its span and the family it is scored in (`None`: an unscored label).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldItem {
    pub span: Range<u64>,
    pub family: Option<usize>,
}

/// A predicted span; `kind` is `None` for an external type with no hush equivalent.
#[derive(Debug, Clone, PartialEq)]
pub struct Pred {
    pub span: Range<u64>,
    pub kind: Option<EntityKind>,
}

/// Counts for one family (or all of them: the micro row).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    /// Gold items.
    pub gold: u64,
    /// Gold items some compatible prediction overlaps.
    pub recalled: u64,
    pub tp: u64,
    pub fp: u64,
    /// Gold items that can still be read after redaction.
    pub leaked: u64,
    /// Gold items a leak check cannot judge (no digits and no identifying words).
    pub unchecked: u64,
}

impl Counts {
    pub fn recall(&self) -> Option<f64> {
        ratio(self.recalled, self.gold)
    }
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn f1(&self) -> Option<f64> {
        let (r, p) = (self.recall()?, self.precision()?);
        Some(if r + p == 0.0 {
            0.0
        } else {
            2.0 * r * p / (r + p)
        })
    }
    pub fn leak_rate(&self) -> Option<f64> {
        ratio(self.leaked, self.gold)
    }
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.recalled += o.recalled;
        self.tp += o.tp;
        self.fp += o.fp;
        self.leaked += o.leaked;
        self.unchecked += o.unchecked;
    }
    /// Whether anything was counted (rows with nothing are left out of reports).
    pub fn is_empty(&self) -> bool {
        self.gold == 0 && self.tp == 0 && self.fp == 0
    }
}

fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Per-family counts over a whole dataset.
#[derive(Debug, Clone)]
pub struct Tally {
    pub per_family: Vec<Counts>,
}

impl Tally {
    pub fn new(scheme: &Scheme) -> Tally {
        Tally {
            per_family: vec![Counts::default(); scheme.families.len()],
        }
    }

    pub fn micro(&self) -> Counts {
        let mut m = Counts::default();
        for c in &self.per_family {
            m.add(c);
        }
        m
    }
}

pub fn overlaps(a: &Range<u64>, b: &Range<u64>) -> bool {
    a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end
}

/// Scores one document's predictions against its gold items, adding to `tally`. Returns, per
/// gold item, whether it was recalled.
pub fn score_doc(
    scheme: &Scheme,
    gold: &[GoldItem],
    preds: &[Pred],
    tally: &mut Tally,
) -> Vec<bool> {
    let finds = |g: &GoldItem, p: &Pred| match (g.family, p.kind) {
        (Some(f), Some(k)) => scheme.accepts(f, k) && overlaps(&g.span, &p.span),
        _ => false,
    };
    let recalled: Vec<bool> = gold
        .iter()
        .map(|g| preds.iter().any(|p| finds(g, p)))
        .collect();
    for (g, r) in gold.iter().zip(&recalled) {
        if let Some(f) = g.family {
            tally.per_family[f].gold += 1;
            tally.per_family[f].recalled += u64::from(*r);
        }
    }
    for p in preds {
        let Some(kind) = p.kind else { continue };
        if let Some(g) = gold.iter().find(|g| finds(g, p)) {
            if let Some(f) = g.family {
                tally.per_family[f].tp += 1;
            }
            continue;
        }
        let over_unscored = gold
            .iter()
            .any(|g| g.family.is_none() && overlaps(&g.span, &p.span));
        if over_unscored {
            continue;
        }
        if let Some(f) = scheme.home(kind) {
            tally.per_family[f].fp += 1;
        }
    }
    recalled
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    fn g(s: u64, e: u64, scheme: &Scheme, label: &str) -> GoldItem {
        GoldItem {
            span: s..e,
            family: scheme.family_of_label(label),
        }
    }
    fn p(s: u64, e: u64, kind: EntityKind) -> Pred {
        Pred {
            span: s..e,
            kind: Some(kind),
        }
    }

    #[test]
    fn one_char_overlap_recalls() {
        let s = Scheme::presidio();
        let mut t = Tally::new(&s);
        let gold = [g(10, 23, &s, "PERSON")];
        let r = score_doc(&s, &gold, &[p(22, 30, Person)], &mut t);
        assert_eq!(r, vec![true]);
        let person = s.family_of_label("PERSON").unwrap();
        assert_eq!(t.per_family[person].tp, 1);
        // Touching is not overlapping.
        let mut t = Tally::new(&s);
        let r = score_doc(&s, &gold, &[p(23, 30, Person)], &mut t);
        assert_eq!(r, vec![false]);
        assert_eq!(t.per_family[person].fp, 1);
    }

    #[test]
    fn compatible_kinds_count() {
        let s = Scheme::presidio();
        let mut t = Tally::new(&s);
        let gold = [g(0, 30, &s, "STREET_ADDRESS")];
        score_doc(&s, &gold, &[p(20, 26, Location), p(27, 30, Zip)], &mut t);
        let m = t.micro();
        assert_eq!((m.gold, m.recalled, m.tp, m.fp), (1, 1, 2, 0));
    }

    #[test]
    fn incompatible_kind_is_a_false_positive_and_does_not_recall() {
        let s = Scheme::presidio();
        let mut t = Tally::new(&s);
        let gold = [g(0, 12, &s, "PHONE_NUMBER")];
        let r = score_doc(&s, &gold, &[p(0, 12, Person)], &mut t);
        assert_eq!(r, vec![false]);
        let person = s.family_of_label("PERSON").unwrap();
        let phone = s.family_of_label("PHONE_NUMBER").unwrap();
        assert_eq!(
            t.per_family[person].fp, 1,
            "charged to the prediction's family"
        );
        assert_eq!(t.per_family[phone].recall(), Some(0.0));
        assert_eq!(t.per_family[phone].precision(), None);
    }

    #[test]
    fn predictions_over_unscored_labels_are_ignored() {
        let s = Scheme::presidio();
        let mut t = Tally::new(&s);
        let gold = [g(0, 6, &s, "GPE"), g(10, 20, &s, "ORGANIZATION")];
        score_doc(
            &s,
            &gold,
            &[p(0, 6, Location), p(12, 14, Person), p(40, 44, Person)],
            &mut t,
        );
        let m = t.micro();
        assert_eq!(
            (m.gold, m.tp, m.fp),
            (0, 0, 1),
            "only the stray PERSON counts"
        );
    }

    #[test]
    fn unscored_and_unmapped_predictions_are_ignored() {
        let s = Scheme::presidio();
        let mut t = Tally::new(&s);
        let preds = [
            p(0, 5, IpAddress),
            Pred {
                span: 6..9,
                kind: None,
            },
        ];
        score_doc(&s, &[], &preds, &mut t);
        assert!(t.micro().is_empty());
    }

    #[test]
    fn rates() {
        let c = Counts {
            gold: 4,
            recalled: 3,
            tp: 3,
            fp: 1,
            leaked: 1,
            unchecked: 0,
        };
        assert_eq!(c.recall(), Some(0.75));
        assert_eq!(c.precision(), Some(0.75));
        assert!((c.f1().unwrap() - 0.75).abs() < 1e-9);
        assert_eq!(c.leak_rate(), Some(0.25));
        assert_eq!(Counts::default().f1(), None);
    }

    #[test]
    fn time_spans_score_the_same_way() {
        let s = Scheme::spoken();
        let mut t = Tally::new(&s);
        let gold = [g(1465, 6609, &s, "CREDIT_CARD"), g(7000, 7800, &s, "CVV")];
        let r = score_doc(&s, &gold, &[p(1500, 6500, CreditCard)], &mut t);
        assert_eq!(r, vec![true, false]);
        let m = t.micro();
        assert_eq!((m.gold, m.recalled, m.tp, m.fp), (2, 1, 1, 0));
    }
}
