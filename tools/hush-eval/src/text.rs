//! Text mode: score a detector over labelled texts, without audio.
//!
//! Each text is split at whitespace into words with their character offsets, exactly as a
//! transcript would reach the detector; the detector's word-range entities are mapped back to the
//! character span from the first word's start to the last word's end. Another tool's predictions
//! ([`super::data::PredictionsFile`]) are scored by the same code, so the numbers compare.
//! Leaks are judged on the item's own characters ([`super::leak::text_item_leaks`]); spoken-set
//! texts say their numbers in words, so there the leftover characters of the item are read the
//! way a transcript is ([`super::leak::spoken_item_leaks`]).
//! Timing is wall time per text on the calling thread (the NER model runs one intra-op thread).

use std::ops::Range;
use std::time::Instant;

use super::data::{Doc, PredictionsFile};
use super::families::{external_kind, Scheme};
use super::leak::{coverage, spoken_item_leaks, text_item_leaks};
use super::report::{LeakRef, Row, TextReport, TEXT_SCHEMA};
use super::score::{score_doc, GoldItem, Pred, Tally};
use hush::detect::{DetectSession, EntityKind};
use hush::error::{Error, Result};

/// A predicted char span; `None` kind: redacts, but is not scored.
pub type CharPred = (Range<usize>, Option<EntityKind>);

/// Whitespace-separated words with their char ranges.
pub fn words_with_offsets(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (char index, byte index)
    let mut ci = 0usize;
    for (bi, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some((cs, bs)) = start.take() {
                out.push((cs..ci, &text[bs..bi]));
            }
        } else if start.is_none() {
            start = Some((ci, bi));
        }
        ci += 1;
    }
    if let Some((cs, bs)) = start {
        out.push((cs..ci, &text[bs..]));
    }
    out
}

/// Runs the hush detector (rules + NER) over `text`; char spans of what it finds. Names learned
/// in earlier texts of the session count (as they did before sessions existed).
pub fn hush_predict(detector: &mut DetectSession<'_>, text: &str) -> Result<Vec<CharPred>> {
    let words = words_with_offsets(text);
    let texts: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
    let found = detector.detect(&texts)?;
    Ok(found
        .into_iter()
        .filter(|e| e.words.start < e.words.end && e.words.end <= words.len())
        .map(|e| {
            (
                words[e.words.start].0.start..words[e.words.end - 1].0.end,
                Some(e.kind),
            )
        })
        .collect())
}

/// Predictions for the `i`-th text from another tool's file.
pub fn file_predict(file: &PredictionsFile, i: usize) -> Result<(Vec<CharPred>, f64)> {
    let t = file
        .texts
        .iter()
        .find(|t| t.index == i)
        .ok_or_else(|| Error::usage("--predictions", format!("no predictions for text {i}")))?;
    Ok((
        t.spans
            .iter()
            .map(|s| (s.start..s.end, external_kind(&s.kind)))
            .collect(),
        t.ms,
    ))
}

/// Scores `docs`: `predict(i, doc)` gives the predictions for one text and the ms it took.
pub fn evaluate(
    tool: &str,
    dataset: &str,
    scheme: &Scheme,
    docs: &[Doc],
    mut predict: impl FnMut(usize, &Doc) -> Result<(Vec<CharPred>, f64)>,
) -> Result<TextReport> {
    let mut tally = Tally::new(scheme);
    let mut leaked = Vec::new();
    let mut unscored_gold = 0u64;
    let mut total_ms = 0.0;
    for (i, doc) in docs.iter().enumerate() {
        let (preds, ms) = predict(i, doc)?;
        total_ms += ms;
        let gold: Vec<GoldItem> = doc
            .gold
            .iter()
            .map(|it| GoldItem {
                span: it.span.start as u64..it.span.end as u64,
                family: scheme.family_of_label(&it.label),
            })
            .collect();
        unscored_gold += gold.iter().filter(|g| g.family.is_none()).count() as u64;
        let scored: Vec<Pred> = preds
            .iter()
            .map(|(r, k)| Pred {
                span: r.start as u64..r.end as u64,
                kind: *k,
            })
            .collect();
        score_doc(scheme, &gold, &scored, &mut tally);

        let chars: Vec<char> = doc.text.chars().collect();
        let covered = coverage(chars.len(), preds.iter().map(|(r, _)| r.clone()));
        for (it, g) in doc.gold.iter().zip(&gold) {
            let Some(f) = g.family else { continue };
            let family = &scheme.families[f];
            let verdict = match &it.content {
                Some((digits, words)) => {
                    spoken_item_leaks(&chars, &covered, it.span.clone(), digits, words)
                }
                None => text_item_leaks(&chars, &covered, it.span.clone(), family.wordy),
            };
            match verdict {
                Some(true) => {
                    tally.per_family[f].leaked += 1;
                    leaked.push(LeakRef {
                        id: doc.id.clone(),
                        kind: family.name.clone(),
                    });
                }
                Some(false) => {}
                None => tally.per_family[f].unchecked += 1,
            }
        }
    }
    let (families, micro) = Row::from_tally(scheme, &tally);
    Ok(TextReport {
        schema: TEXT_SCHEMA.to_string(),
        version: 1,
        tool: tool.to_string(),
        dataset: dataset.to_string(),
        scheme: scheme.name.to_string(),
        texts: docs.len(),
        ms_per_text: (!docs.is_empty() && total_ms > 0.0).then(|| total_ms / docs.len() as f64),
        families,
        micro,
        unscored_gold,
        leaked,
    })
}

/// Times one call, in milliseconds.
/// The text as speech recognition without casing or punctuation would write it: lower case,
/// and sentence punctuation (`, ; : ! ? " ( )` and a `.` that ends a sentence) turned into
/// spaces. Marks inside a token (`@`, `.` in `gmail.com`, `/`, `-`, `'`) stay, so the rule
/// recognizers are not what is measured. Every character stays one character, so gold spans
/// (char ranges) stay valid.
pub fn asr_style(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let sentence_dot = c == '.' && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if sentence_dot || matches!(c, ',' | ';' | ':' | '!' | '?' | '"' | '(' | ')') {
            out.push(' ');
            continue;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

pub fn timed<T>(f: impl FnOnce() -> Result<T>) -> Result<(T, f64)> {
    let t = Instant::now();
    let out = f()?;
    Ok((out, t.elapsed().as_secs_f64() * 1000.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{DocItem, PredictedSpan, TextPredictions};

    #[test]
    fn words_keep_char_offsets() {
        let w = words_with_offsets("  Zoë  lives\tin Köln. ");
        let got: Vec<(Range<usize>, &str)> = w;
        assert_eq!(
            got,
            vec![
                (2..5, "Zoë"),
                (7..12, "lives"),
                (13..15, "in"),
                (16..21, "Köln.")
            ]
        );
    }

    #[test]
    fn scores_external_predictions_and_leaks() {
        let docs = vec![Doc {
            id: "0".into(),
            text: "Call Ana Lima at 212-555-0148 in Paris".into(),
            gold: vec![
                DocItem::new(5..13, "PERSON"),
                DocItem::new(17..29, "PHONE_NUMBER"),
                DocItem::new(33..38, "GPE"),
            ],
        }];
        let file = PredictionsFile {
            tool: "other 1.0".into(),
            texts: vec![TextPredictions {
                index: 0,
                ms: 4.0,
                spans: vec![
                    PredictedSpan {
                        start: 5,
                        end: 8,
                        kind: "PERSON".into(),
                        score: 0.8,
                    },
                    PredictedSpan {
                        start: 33,
                        end: 38,
                        kind: "LOCATION".into(),
                        score: 0.8,
                    },
                    PredictedSpan {
                        start: 17,
                        end: 29,
                        kind: "UK_NHS".into(),
                        score: 1.0,
                    },
                ],
            }],
        };
        let s = Scheme::presidio();
        let r = evaluate("other", "d", &s, &docs, |i, _| file_predict(&file, i)).unwrap();
        let person = r.families.iter().find(|f| f.family == "PERSON").unwrap();
        assert_eq!(person.counts.recalled, 1);
        assert_eq!(person.counts.leaked, 1, "Lima is left");
        let phone = r
            .families
            .iter()
            .find(|f| f.family == "PHONE_NUMBER")
            .unwrap();
        assert_eq!(phone.counts.recalled, 0, "UK_NHS is not a phone type");
        assert_eq!(phone.counts.leaked, 0, "but it was redacted");
        assert_eq!(r.micro.counts.fp, 0, "LOCATION over GPE is ignored");
        assert_eq!(r.unscored_gold, 1);
        assert_eq!(r.ms_per_text, Some(4.0));
        assert_eq!(
            r.leaked,
            vec![LeakRef {
                id: "0".into(),
                kind: "PERSON".into()
            }]
        );
    }
}

#[cfg(test)]
mod asr_style_tests {
    use super::asr_style;

    #[test]
    fn lower_case_without_sentence_punctuation_and_same_length() {
        let t = "Hi, I'm Ana Łuk. Mail ana.luk@x.com (or call) 555-0100!";
        let a = asr_style(t);
        assert_eq!(a, "hi  i'm ana łuk  mail ana.luk@x.com  or call  555-0100 ");
        assert_eq!(a.chars().count(), t.chars().count());
        // A character whose lower case is two characters stays as it is.
        assert_eq!(asr_style("İstanbul"), "İstanbul");
    }
}
