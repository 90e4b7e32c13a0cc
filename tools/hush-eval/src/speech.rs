//! Speech mode: run the whole pipeline over the spoken set's recordings and score what it wrote.
//!
//! Each clip goes through [`Pipeline::run_file_with_stats`] exactly as `hush redact` runs it (same
//! policy, same models), and only the redacted transcript it returns is looked at:
//!
//! - **leak** (the headline): whether each item's digits or words can still be read anywhere in
//!   the clip's redacted transcript ([`hush::redact::leak::LeakText`]);
//! - **recall / precision by time**: reported entities against gold items by millisecond
//!   overlap, with the same rules as text mode ([`super::score`]);
//! - **ordinary-word survival**: how much of the rest of the reference text is still there
//!   ([`super::leak::survival`]);
//! - audio seconds, wall seconds and the real-time factor.

use std::time::Duration;

use super::data::{Item, SpokenSet, Utterance};
use super::families::Scheme;
use super::leak::{number_survival, survival};
use super::report::{LeakRef, Row, Survival, VariantReport};
use super::score::{score_doc, GoldItem, Pred, Tally};
use hush::error::{Error, Result};
use hush::redact::leak::LeakText;
use hush::redact::RedactedSegment;
use hush::runtime::Pipeline;

/// What one clip gave, for progress lines (ids and counts only).
pub struct ClipResult<'a> {
    pub id: &'a str,
    pub audio_s: f64,
    pub wall: Duration,
    pub items: usize,
    pub leaked: usize,
}

/// The plain (unredacted) words of a transcript, split wherever a replacement stood.
pub fn plain_runs(segments: &[RedactedSegment]) -> Vec<Vec<&str>> {
    runs_of(segments, false)
}

/// The plain words of `segments` in the order given, split wherever a replacement stood and,
/// with `split_channels`, wherever the channel changes.
pub fn runs_of<'a>(
    segments: impl IntoIterator<Item = &'a RedactedSegment>,
    split_channels: bool,
) -> Vec<Vec<&'a str>> {
    let mut runs: Vec<Vec<&str>> = vec![Vec::new()];
    let mut channel = None;
    for seg in segments {
        if split_channels && channel.is_some_and(|c| c != seg.channel) {
            runs.push(Vec::new());
        }
        channel = Some(seg.channel);
        for w in &seg.words {
            if w.entity.is_some() {
                if !runs.last().is_some_and(Vec::is_empty) {
                    runs.push(Vec::new());
                }
            } else {
                runs.last_mut().expect("one run").push(w.text.as_str());
            }
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// Whether the item has anything a leak check can look for.
fn checkable(item: &Item) -> bool {
    item.digits.bytes().any(|b| b.is_ascii_digit())
        || item.words.iter().any(|w| !w.trim().is_empty())
}

/// Runs and scores one variant of the set over `utts`.
pub fn evaluate_variant(
    pipeline: &Pipeline,
    set: &SpokenSet,
    variant: &str,
    utts: &[&Utterance],
    mut progress: impl FnMut(&ClipResult),
) -> Result<VariantReport> {
    let scheme = Scheme::spoken();
    let mut tally = Tally::new(&scheme);
    let mut leaked = Vec::new();
    let (mut kept, mut total) = (0usize, 0usize);
    let (mut nums_kept, mut nums) = (0usize, 0usize);
    let mut audio_s = 0.0;
    let mut wall = Duration::ZERO;
    for utt in utts {
        let path = set.audio(variant, utt)?;
        let (t, stats) = pipeline.run_file_with_stats(&path)?;
        audio_s += t.source.duration_s;
        wall += stats.wall;

        let gold: Vec<GoldItem> = utt
            .items
            .iter()
            .map(|it| GoldItem {
                span: it.span_ms(variant),
                family: scheme.family_of_label(&it.kind),
            })
            .collect();
        let preds: Vec<Pred> = t
            .segments
            .iter()
            .flat_map(|s| &s.entities)
            .map(|e| Pred {
                span: e.start_ms..e.end_ms,
                kind: Some(e.kind),
            })
            .collect();
        score_doc(&scheme, &gold, &preds, &mut tally);

        let runs = plain_runs(&t.segments);
        let spoken = LeakText::from_runs(&runs);
        let mut clip_leaks = 0;
        for (n, (it, g)) in utt.items.iter().zip(&gold).enumerate() {
            let Some(f) = g.family else { continue };
            if !checkable(it) {
                tally.per_family[f].unchecked += 1;
            } else if spoken.leaks_item(&it.digits, &it.words) {
                tally.per_family[f].leaked += 1;
                clip_leaks += 1;
                leaked.push(LeakRef {
                    id: Item::ref_id(utt, n),
                    kind: scheme.families[f].name.clone(),
                });
            }
        }
        let words: Vec<&str> = runs.iter().flatten().copied().collect();
        let spans: Vec<_> = utt.items.iter().map(|i| i.chars(&utt.text)).collect();
        let (k, n) = survival(&utt.text, &spans, &words);
        kept += k;
        total += n;
        let (k, n) = number_survival(&utt.text, &spans, &runs);
        nums_kept += k;
        nums += n;
        progress(&ClipResult {
            id: &utt.id,
            audio_s: t.source.duration_s,
            wall: stats.wall,
            items: utt.items.len(),
            leaked: clip_leaks,
        });
    }
    Ok(variant_report(
        variant,
        utts.len(),
        (audio_s, wall),
        (&scheme, &tally),
        (Survival::new(kept, total), Survival::new(nums_kept, nums)),
        leaked,
    ))
}

/// One variant's (or call layout's) report from its tallies: `n` recordings, their audio and
/// the wall time spent on them.
pub fn variant_report(
    name: &str,
    n: usize,
    (audio_s, wall): (f64, Duration),
    (scheme, tally): (&Scheme, &Tally),
    (survival, numbers): (Survival, Survival),
    leaked: Vec<LeakRef>,
) -> VariantReport {
    let (families, micro) = Row::from_tally(scheme, tally);
    VariantReport {
        variant: name.to_string(),
        utterances: n,
        audio_s,
        wall_s: wall.as_secs_f64(),
        rtf: if audio_s > 0.0 {
            wall.as_secs_f64() / audio_s
        } else {
            0.0
        },
        families,
        micro,
        survival,
        numbers,
        leaked,
    }
}

/// The utterances to run: those whose id starts with one of `prefixes` (all when empty), at
/// most `limit`. A prefix that matches nothing is an error, so a typo cannot shrink a run.
pub fn select<'a>(
    set: &'a SpokenSet,
    prefixes: &[String],
    limit: Option<usize>,
) -> Result<Vec<&'a Utterance>> {
    let utts = &set.manifest.utterances;
    if let Some(p) = prefixes
        .iter()
        .find(|p| !utts.iter().any(|u| u.id.starts_with(p.as_str())))
    {
        return Err(Error::usage(
            "--ids",
            format!("no utterance id starts with {p:?}"),
        ));
    }
    Ok(utts
        .iter()
        .filter(|u| prefixes.is_empty() || prefixes.iter().any(|p| u.id.starts_with(p.as_str())))
        .take(limit.unwrap_or(usize::MAX))
        .collect())
}
#[cfg(test)]
mod tests {
    use super::*;
    use hush::redact::RedactedWord;

    fn word(text: &str, entity: Option<usize>) -> RedactedWord {
        RedactedWord {
            text: text.into(),
            start_ms: 0,
            end_ms: 0,
            entity,
        }
    }

    #[test]
    fn replacements_split_runs() {
        let seg = |words: Vec<RedactedWord>| RedactedSegment {
            id: 0,
            channel: 0,
            speaker: None,
            start_ms: 0,
            end_ms: 0,
            text: String::new(),
            words,
            entities: Vec::new(),
            confidence: None,
        };
        let segs = [
            seg(vec![
                word("card", None),
                word("[CREDIT_CARD]", Some(0)),
                word("and", None),
            ]),
            seg(vec![word("four", None), word("[CVV]", Some(0))]),
        ];
        assert_eq!(plain_runs(&segs), vec![vec!["card"], vec!["and", "four"]]);
    }
}
