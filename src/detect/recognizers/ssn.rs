//! US Social Security numbers: nine digits (123-45-6789, a run, or spoken) that pass the SSA
//! rules (no area 000, 666 or 900–999, no group 00, no serial 0000). Nine valid digits alone are
//! weak evidence, so the score is low without a cue and high with one.

use super::{digit_runs, entity, near, score, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::ssn;
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &["social", "security", "ssn", "ss", "taxpayer", "tin"];

pub struct Ssn;

impl Recognizer for Ssn {
    fn name(&self) -> &'static str {
        "ssn"
    }

    fn find(&self, text: &NormalizedText, out: &mut Vec<Entity>) {
        for run in digit_runs(text).filter(|r| !r.plus && ssn(r.digits)) {
            let s = score(near(text, &run.bytes, CUES), 0.5, 0.9);
            out.push(entity(text, run.bytes, EntityKind::Ssn, self.name(), s));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn written_with_context() {
        let e = one(
            Ssn,
            "my social security number is 536-22-8523.",
            EntityKind::Ssn,
        );
        assert_eq!((e.words, e.score), (5..6, 0.9));
    }

    #[test]
    fn spoken_without_context_is_still_reported() {
        let e = one(
            Ssn,
            "it is five three six two two eight five two three ok",
            EntityKind::Ssn,
        );
        assert_eq!((e.words, e.score), (2..11, 0.5));
    }

    #[test]
    fn invalid_parts() {
        none(Ssn, "ssn 000-22-8523");
        none(Ssn, "ssn 666-22-8523");
        none(Ssn, "ssn 936-22-8523");
        none(Ssn, "ssn 536-00-8523");
        none(Ssn, "ssn 536-22-0000");
        none(Ssn, "ssn 536-22-852");
    }
}
