//! One recording's detection state: the name memory and the streaming hold-back, per channel.
//! Owns nothing shared (the [`Detector`] is borrowed) and produces entities on segments, never
//! replacement text: what replaces an entity is `redact`'s business (this module must not
//! import it).
//!
//! ## Streaming with a bounded hold-back tail
//!
//! Segments arrive one at a time, and an entity can straddle two of them ("my card is 4539
//! 1488" | "0343 6467"). The detector keeps a window of recent words: already released words
//! as left context (so "security code is" | "seven three seven" is still read with its cue),
//! then words not yet released. After each segment it detects over the whole window and
//! releases every word except a tail that could still be part of an entity (see
//! `open_words`):
//!
//! - the earliest *open* word among the last [`LOOKBACK_WORDS`] words, and the open words right
//!   before it: digits and number words, ordinals and month names ("march" | "fourteenth"),
//!   spelled letters in context ("s m i" | "t h", "k as" | "in kilo", "c as in charlie" | "zero
//!   three"), e-mail connectors with the word before them ("sarah dot" | "johnson at …"), unit
//!   words ("apartment" | "4b"), all-capital codes ("XJH"), and a capitalized last word (a name
//!   in Whisper's casing: "David" | "Miller"); the look-back covers the words of an entity
//!   between its last open word and the seam ("221 Baker Street" | "apartment 4b", "GB82 WEST" |
//!   "1234 …");
//! - any detected entity touching the end, from its first word.
//!
//! Latency is bounded: the tail never holds more than [`MAX_HOLD_WORDS`] words nor more than
//! [`MAX_HOLD_MS`] of audio (enough for the longest IBAN spelled a character a word), so a word
//! is released at the latest once that much speech follows it, and a segment is emitted as soon
//! as all its words are released (at the latest by [`DetectSession::finish`]). An entity is
//! never split at the release boundary: it is held or released whole (redacted). Released
//! words are final: nothing is un-redacted later. Held words are not un-redacted either: what
//! one pass found on them is merged into the next pass's entities, because a later view can see
//! less of a value than an earlier one did (another speaker's turn placed between its pieces).
//!
//! ## Channels of a call
//!
//! Each channel ([`Segment::channel`]) is a lane with its own window and hold-back, but a
//! speaker's words are read with the other speakers' recent turns before them: an agent asking
//! "what's the security code on the back of the card?" on one channel is the cue for the
//! caller's "it's 426" on the other. When lane `c` detects, the other lanes' words (released or
//! still held) that start before `c`'s first unreleased word, at most [`CROSS_CONTEXT_MS`]
//! earlier and at most [`CROSS_CONTEXT_WORDS`] of them, are interleaved by start time with
//! `c`'s released left context; `c`'s unreleased words follow, uninterrupted by words said over
//! them, so a backchannel ("mm-hmm") said over a card number cannot break it. Only another
//! speaker's words that fall wholly inside a silence of `c` of at least [`TURN_GAP_MS`], and
//! are more than backchannel, are placed between `c`'s words there: a file's window, cut at
//! pauses, holds a caller's answers to several questions, and each question must come before
//! its own answer. Times are Whisper's, which stretches a segment's first word back over the
//! pause before it and its last word forward over the pause after it, so words are placed by
//! when they most plausibly began (`order_keys`) and a pause after a segment's last word is
//! measured from the latest it can have ended. A turn change in that view is marked by a
//! filler word ([`TURN_BREAK`]), so that one speaker's digits, letters or capitalized words
//! never join the other's into one entity, while cue phrases still reach across it. Entities
//! are reported only on lane `c`'s own words, and names are learned only from them. Segments
//! must be pushed in start-time order across channels (the runtime merges them); a mono
//! recording is one lane and reads exactly as before.

use std::collections::{BTreeMap, VecDeque};
use std::ops::Range;
use std::sync::Arc;

use super::merge::merge;
use super::names::NameMemory;
use super::normalize::spelling::in_spelling;
use super::normalize::{bare, is_backchannel, is_number_word, is_ordinal_word, month_number};
use super::recognizers::ValueMemory;
use super::{Detector, DetectorKind, Entity, EntityKind};
use crate::error::Result;
use crate::transcribe::{Confidence, Segment, Word};

/// Released words kept as left context for the model and the rules.
const CONTEXT_WORDS: usize = 32;
/// The hold-back tail never exceeds this many words (an IBAN is at most 34 characters)...
pub const MAX_HOLD_WORDS: usize = 40;
/// ...nor this much audio.
pub const MAX_HOLD_MS: u64 = 20_000;
/// An open word this close to the end holds the words after it: the words of an entity that can
/// stand between its last open word and a seam ("221 Baker Street" | "apartment 4b").
pub const LOOKBACK_WORDS: usize = 3;
/// Backchannel words that may stand between two open words that are held together.
const MAX_BACKCHANNEL_BETWEEN: usize = 3;
/// Other channels' words are context for a lane if they start at most this long before its
/// first unreleased word...
pub const CROSS_CONTEXT_MS: u64 = 30_000;
/// ...and are among the last this many such words.
pub const CROSS_CONTEXT_WORDS: usize = CONTEXT_WORDS;
/// Stands between two speakers' turns in a lane's view: a filler word that ends digit runs,
/// spelled letters and names, and that cue phrases read past ("security code …? okay. it's 426").
pub const TURN_BREAK: &str = "okay.";

/// One entity, as found when its words were released.
struct Found {
    id: u64,
    kind: EntityKind,
    detector: DetectorKind,
    score: f32,
    start_ms: u64,
    end_ms: u64,
    audio_start_ms: u64,
    audio_end_ms: u64,
    placed: bool,
    original: String,
}

/// What was decided for a released word.
enum Decision {
    Plain,
    /// A word of this entity.
    Entity(Arc<Found>),
}

struct WinWord {
    word: Word,
    /// The session's sequence number of the segment the word came from.
    segment: u64,
    decision: Option<Decision>,
}

struct PendingSeg {
    seq: u64,
    id: u64,
    channel: u16,
    start_ms: u64,
    end_ms: u64,
    confidence: Option<Confidence>,
}

/// One channel's window: released left context, then words not yet released.
#[derive(Default)]
struct Lane {
    window: Vec<WinWord>,
    /// `window[..released]` are decided.
    released: usize,
    segments: VecDeque<PendingSeg>,
    /// Entities an earlier pass found on words still held (ranges of `window`): a later pass,
    /// with another speaker's turn placed between the words or less of the number in view, must
    /// not let them go unredacted (see [`DetectSession::step`]).
    held: Vec<Entity>,
}

/// The part of one entity inside one segment. Both parts of an entity split across two segments
/// share its `id`. `original` (the whole entity's words) is for the anonymizer, in memory only:
/// it is never serialized and `Debug` does not print it.
#[derive(Clone, PartialEq)]
pub struct SegmentEntity {
    /// Unique within the session.
    pub id: u64,
    pub kind: EntityKind,
    pub detector: DetectorKind,
    pub score: f32,
    /// Indices into the segment's words.
    pub words: Range<usize>,
    /// The entity's time, clipped to this segment.
    pub start_ms: u64,
    pub end_ms: u64,
    /// The span redacted audio mutes (before padding): the widest of the word-time estimates of
    /// the whole entity.
    pub audio_start_ms: u64,
    pub audio_end_ms: u64,
    /// False when a word of the entity had no reliable time.
    pub placed: bool,
    /// The whole entity's words joined by spaces.
    pub original: String,
}

impl std::fmt::Debug for SegmentEntity {
    // Hand-written so the original value can never reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SegmentEntity")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .field("detector", &self.detector)
            .field("score", &self.score)
            .field("words", &self.words)
            .field("start_ms", &self.start_ms)
            .field("end_ms", &self.end_ms)
            .field("audio_start_ms", &self.audio_start_ms)
            .field("audio_end_ms", &self.audio_end_ms)
            .field("placed", &self.placed)
            .field("original", &"<redacted>")
            .finish()
    }
}

/// A segment whose words are all decided, with the entities found in it (in word order, not
/// overlapping): the message from detection to the anonymizer.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectedSegment {
    pub segment: Segment,
    pub entities: Vec<SegmentEntity>,
}

/// One recording's detection: name memory and, per channel, the streaming hold-back (see the
/// module docs). Create one per recording with [`Detector::session`].
pub struct DetectSession<'d> {
    detector: &'d Detector,
    memory: NameMemory,
    /// Values said so far, for their read-backs (see `recognizers::readback`).
    values: ValueMemory,
    lanes: BTreeMap<u16, Lane>,
    next_entity: u64,
    next_segment: u64,
}

// A session moves to the thread that runs detection.
const _: () = {
    const fn movable<T: Send>() {}
    movable::<DetectSession<'static>>();
};

/// A lane's view for detection: the words and, per word, its index in the lane's window (`None`
/// for another lane's word or a turn break).
struct View<'a> {
    texts: Vec<&'a str>,
    lane_index: Vec<Option<usize>>,
}

impl<'d> DetectSession<'d> {
    pub(super) fn new(detector: &'d Detector) -> DetectSession<'d> {
        DetectSession {
            detector,
            memory: NameMemory::default(),
            values: ValueMemory::default(),
            lanes: BTreeMap::new(),
            next_entity: 0,
            next_segment: 0,
        }
    }

    /// Entities over `words` as one text, with this recording's name memory (it learns from
    /// them, and re-mentions of names learned before are found): for evaluation and for scans
    /// of a re-transcription.
    pub fn detect<S: AsRef<str>>(&mut self, words: &[S]) -> Result<Vec<Entity>> {
        let own = vec![true; words.len()];
        self.detector
            .detect_with(&mut self.memory, &mut self.values, words, &own)
    }

    /// Name pieces learned in this recording, each with the full name it came from. In memory
    /// only: the redactor uses them to redact mentions made before the name was recognized.
    pub fn known_names(&self) -> &BTreeMap<String, String> {
        self.memory.known()
    }

    /// Adds a segment to its channel's lane; returns the segments (of that channel) whose words
    /// are now all decided, in order.
    pub fn push(&mut self, seg: Segment) -> Result<Vec<DetectedSegment>> {
        let seq = self.next_segment;
        self.next_segment += 1;
        let channel = seg.channel;
        let lane = self.lanes.entry(channel).or_default();
        lane.segments.push_back(PendingSeg {
            seq,
            id: seg.id,
            channel,
            start_ms: seg.start_ms,
            end_ms: seg.end_ms,
            confidence: seg.confidence,
        });
        for w in seg.words {
            lane.window.push(WinWord {
                word: w,
                segment: seq,
                decision: None,
            });
        }
        self.step(channel, false)
    }

    /// A live stream's time-out for the hold-back: when lane `channel` has been transcribed up
    /// to `now_ms` (stream time) and its last word ended at least `idle_ms` before that, nothing
    /// more is coming to complete its held words, so they are decided and released now (as at
    /// the end of input), and the lane goes on with them as left context. Returns the segments
    /// completed.
    pub fn release_idle(
        &mut self,
        channel: u16,
        now_ms: u64,
        idle_ms: u64,
    ) -> Result<Vec<DetectedSegment>> {
        let Some(lane) = self.lanes.get(&channel) else {
            return Ok(Vec::new());
        };
        let idle = lane.released < lane.window.len()
            && lane
                .window
                .last()
                .is_some_and(|w| w.word.end_ms.saturating_add(idle_ms) <= now_ms);
        if !idle {
            return Ok(Vec::new());
        }
        self.step(channel, true)
    }

    /// End of input: every lane releases everything. Returns the remaining segments, ordered by
    /// start time. The lanes are then empty (segments pushed after start with no left context)
    /// while the name memory stays.
    pub fn finish(&mut self) -> Result<Vec<DetectedSegment>> {
        let channels: Vec<u16> = self.lanes.keys().copied().collect();
        let mut out = Vec::new();
        for c in channels {
            out.extend(self.step(c, true)?);
        }
        self.lanes.clear();
        out.sort_by_key(|d| {
            let onset = d
                .segment
                .words
                .first()
                .map_or(d.segment.start_ms, |w| w.onset_ms());
            (onset, d.segment.channel)
        });
        Ok(out)
    }

    fn step(&mut self, channel: u16, end: bool) -> Result<Vec<DetectedSegment>> {
        let Some(lane) = self.lanes.get(&channel) else {
            return Ok(Vec::new());
        };
        let entities = if lane.released < lane.window.len() {
            let view = view(&self.lanes, channel);
            let own: Vec<bool> = view.lane_index.iter().map(Option::is_some).collect();
            let found =
                self.detector
                    .detect_with(&mut self.memory, &mut self.values, &view.texts, &own)?;
            to_lane(&found, &view.lane_index)
        } else {
            Vec::new()
        };
        let lane = self.lanes.get_mut(&channel).expect("lane exists");
        // What an earlier pass found on held words stays found: a later view may place the other
        // speaker's turn between the pieces of a number (Whisper stretches word times), and then
        // no rule sees it whole. As in the merge, a word once flagged is never un-redacted; the
        // merge keeps the best-scored kind and every word either pass covered.
        let entities = if lane.held.is_empty() {
            entities
        } else {
            let mut all = std::mem::take(&mut lane.held);
            all.extend(entities);
            merge(all)
        };
        let hold = if end {
            lane.window.len()
        } else {
            lane.hold_from(&entities)
        };
        lane.release(hold, &entities, &mut self.next_entity);
        lane.held = entities
            .into_iter()
            .filter(|e| e.words.start >= lane.released)
            .collect();
        let out = lane.emit_complete();
        lane.trim_context();
        Ok(out)
    }
}

/// Lane `channel`'s words for detection, with the other lanes' recent words before its first
/// unreleased word (see the module docs). With no other lane, the lane's window as it is.
fn view(lanes: &BTreeMap<u16, Lane>, channel: u16) -> View<'_> {
    let lane = &lanes[&channel];
    let keys = order_keys(&lane.window);
    let mut prefix: Vec<(u64, (Option<usize>, &str))> = lane.window[..lane.released]
        .iter()
        .enumerate()
        .map(|(i, w)| (keys[i], (Some(i), w.word.text.as_str())))
        .collect();
    if lane.released < lane.window.len() {
        // Onsets, not starts: Whisper stretches a turn's first word back over the silence
        // before it, which would put the other speaker's question after it (see `order_keys`).
        let t = keys[lane.released];
        let mut others: Vec<(u64, (Option<usize>, &str))> = Vec::new();
        for (c, other) in lanes {
            if *c == channel {
                continue;
            }
            let theirs: Vec<(u64, (Option<usize>, &str))> = other
                .window
                .iter()
                .zip(order_keys(&other.window))
                .filter(|&(_, key)| key < t && key + CROSS_CONTEXT_MS >= t)
                .map(|(w, key)| (key, (None, w.word.text.as_str())))
                .collect();
            others = merge_by_time(others, theirs);
        }
        let skip = others.len().saturating_sub(CROSS_CONTEXT_WORDS);
        if others.len() > skip {
            prefix = merge_by_time(prefix, others.split_off(skip));
        }
    }
    let mut texts = Vec::with_capacity(prefix.len() + lane.window.len());
    let mut lane_index = Vec::with_capacity(texts.capacity());
    for (_, (i, text)) in prefix {
        // A turn change: one speaker's words end, another's begin.
        if lane_index
            .last()
            .is_some_and(|l: &Option<usize>| l.is_some() != i.is_some())
        {
            texts.push(TURN_BREAK);
            lane_index.push(None);
        }
        texts.push(text);
        lane_index.push(i);
    }
    if lane_index.last().is_some_and(Option::is_none) {
        texts.push(TURN_BREAK);
        lane_index.push(None);
    }
    let mut rest = Vec::new();
    let unreleased = &lane.window[lane.released.min(lane.window.len())..];
    let mut placed = keys.get(lane.released).copied().unwrap_or(0);
    for (k, w) in unreleased.iter().enumerate() {
        let i = lane.released + k;
        rest.push((Some(i), w.word.text.as_str()));
        // Another speaker's whole turn inside this lane's silence: a file's window (cut at
        // pauses, up to 30 s) holds a caller's answers to several questions, and each
        // question belongs before its own answer.
        if let Some(next) = unreleased.get(k + 1) {
            // A segment's last word may be stretched forward over the pause after it, as its
            // first word is back over the pause before it; inside a segment, neither is known.
            let from = if next.segment == w.segment {
                w.word.end_ms
            } else {
                w.word.offset_ms()
            };
            let to = keys[i + 1];
            if to >= from.saturating_add(TURN_GAP_MS) {
                // Not the words already placed: before this lane's unreleased ones, or in the
                // gap before (a stretched word's two ends give overlapping gaps).
                let turn = turn_between(lanes, channel, from.max(placed), to);
                if !turn.is_empty() {
                    rest.push((None, TURN_BREAK));
                    rest.extend(turn.into_iter().map(|t| (None, t)));
                    rest.push((None, TURN_BREAK));
                }
            }
            placed = placed.max(to);
        }
    }
    for (i, text) in rest {
        texts.push(text);
        lane_index.push(i);
    }
    View { texts, lane_index }
}

/// When each word of a lane's window was most plausibly said, for placing two speakers' words
/// in one order: its onset ([`Word::onset_ms`]), as Whisper stretches a segment's first word
/// back over the pause before it; but a segment's last word, which Whisper stretches forward
/// over the pause after it instead ("now." lasting 2.3 s, past the agent's "zip code"), by its
/// start. Non-decreasing.
fn order_keys(window: &[WinWord]) -> Vec<u64> {
    let mut keys = Vec::with_capacity(window.len());
    let mut floor = 0;
    for (k, w) in window.iter().enumerate() {
        let first = k == 0 || window[k - 1].segment != w.segment;
        let last = window.get(k + 1).is_none_or(|n| n.segment != w.segment);
        let key = if last && !first {
            w.word.start_ms
        } else {
            w.word.onset_ms()
        };
        floor = floor.max(key);
        keys.push(floor);
    }
    keys
}

/// The silence in a lane that another speaker's words must fall into to be read as a turn of
/// their own between this lane's words (see [`view`]); shorter gaps are pauses inside one
/// speaker's turn, and words over them (an "mm-hmm" over a card number) are left out.
const TURN_GAP_MS: u64 = 1_000;

/// The other lanes' words that begin and end between `from` and `to` (ms), in time order.
fn turn_between(lanes: &BTreeMap<u16, Lane>, channel: u16, from: u64, to: u64) -> Vec<&str> {
    let mut turn: Vec<(u64, &str)> = Vec::new();
    for (c, other) in lanes {
        if *c == channel {
            continue;
        }
        let theirs: Vec<(u64, &str)> = other
            .window
            .iter()
            .zip(order_keys(&other.window))
            .filter(|&(w, key)| key >= from && w.word.onset_ms() >= from && w.word.end_ms <= to)
            .map(|(w, key)| (key, w.word.text.as_str()))
            .collect();
        turn = merge_by_time(turn, theirs);
    }
    // "mm-hmm" into the caller's pause mid-number is no turn: placed between the caller's
    // groups it would split the number the normalizer joins. Nor is one stray word: Whisper
    // stretches a turn's last word over the silence after it ("please." of "read me the card
    // number please." ending 6 s late, inside the caller's reading), and a turn said between
    // two of another speaker's words has two words or more besides backchannel.
    if turn
        .iter()
        .filter(|(_, t)| !is_backchannel(&bare(t)))
        .count()
        < 2
    {
        return Vec::new();
    }
    let skip = turn.len().saturating_sub(CROSS_CONTEXT_WORDS);
    turn.into_iter().skip(skip).map(|(_, t)| t).collect()
}

/// Merges two word lists, each in its own order, by start time (`a`'s word first on a tie).
fn merge_by_time<T>(a: Vec<(u64, T)>, b: Vec<(u64, T)>) -> Vec<(u64, T)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut b = b.into_iter().peekable();
    for x in a {
        while b.peek().is_some_and(|y| y.0 < x.0) {
            out.extend(b.next());
        }
        out.push(x);
    }
    out.extend(b);
    out
}

/// The entities of a view as ranges of the lane's window: each entity's words of this lane
/// (entities with none are dropped).
fn to_lane(found: &[Entity], lane_index: &[Option<usize>]) -> Vec<Entity> {
    found
        .iter()
        .filter_map(|e| {
            let mut own = lane_index[e.words.clone()].iter().flatten();
            let first = *own.next()?;
            let last = own.last().copied().unwrap_or(first);
            Some(Entity {
                words: first..last + 1,
                ..e.clone()
            })
        })
        .collect()
}

impl Lane {
    /// Index of the first word to hold back.
    fn hold_from(&self, entities: &[Entity]) -> usize {
        let len = self.window.len();
        let open = open_words(&self.window);
        // A listener's "yep" or "mm-hm" between the pieces of a number read out ("973" |
        // "Yep." | "555" | "M&HM" | "016 6") is no word of the speaker's own: it neither counts
        // toward the look-back nor ends the open words before it.
        let backchannel = |i: usize| is_backchannel(&bare(&self.window[i].word.text));
        let mut start = len;
        let mut counted = 0;
        while start > self.released && counted < LOOKBACK_WORDS {
            start -= 1;
            if !backchannel(start) {
                counted += 1;
            }
        }
        // The earliest open word near the end...
        let mut hold = (start..len).find(|&i| open[i]).unwrap_or(len);
        // ...and the open words before it, across backchannel words.
        while hold > self.released {
            let between = (self.released..hold)
                .rev()
                .take(MAX_BACKCHANNEL_BETWEEN + 1)
                .take_while(|&i| backchannel(i))
                .count();
            if between <= MAX_BACKCHANNEL_BETWEEN
                && hold - between > self.released
                && open[hold - between - 1]
            {
                hold -= between + 1;
            } else {
                break;
            }
        }
        // An entity touching the end may continue in the next segment.
        for e in entities {
            if e.words.end == len && e.words.start >= self.released {
                hold = hold.min(e.words.start);
            }
        }
        // Bound the tail.
        let min_hold = len.saturating_sub(MAX_HOLD_WORDS).max(self.released);
        hold = hold.max(min_hold);
        if let Some(last) = self.window.last() {
            while hold < len
                && last
                    .word
                    .end_ms
                    .saturating_sub(self.window[hold].word.start_ms)
                    > MAX_HOLD_MS
            {
                hold += 1;
            }
        }
        // Never split an entity at the release boundary: release it whole or hold it whole.
        for e in entities {
            if e.words.start < hold && hold < e.words.end {
                hold = if e.words.start >= self.released && len - e.words.start <= MAX_HOLD_WORDS {
                    e.words.start
                } else {
                    e.words.end
                };
            }
        }
        hold.max(self.released)
    }

    /// Decides words `released..upto`: the words of `entities` there become entity words (each
    /// entity with a new id), the rest plain.
    fn release(&mut self, upto: usize, entities: &[Entity], next_id: &mut u64) {
        for e in entities {
            let from = e.words.start.max(self.released);
            let to = e.words.end.min(upto);
            if from >= to {
                continue;
            }
            let words = &self.window[e.words.clone()];
            let original: Vec<&str> = words.iter().map(|w| w.word.text.as_str()).collect();
            let found = Arc::new(Found {
                id: *next_id,
                kind: e.kind,
                detector: e.detector,
                score: e.score,
                start_ms: self.window[e.words.start].word.start_ms,
                end_ms: self.window[e.words.end - 1].word.end_ms,
                audio_start_ms: words
                    .iter()
                    .map(|w| w.word.span_start_ms)
                    .min()
                    .unwrap_or(0),
                audio_end_ms: words.iter().map(|w| w.word.span_end_ms).max().unwrap_or(0),
                placed: words.iter().all(|w| w.word.reliable),
                original: original.join(" "),
            });
            *next_id += 1;
            for w in &mut self.window[from..to] {
                w.decision = Some(Decision::Entity(Arc::clone(&found)));
            }
        }
        for w in &mut self.window[self.released..upto] {
            w.decision.get_or_insert(Decision::Plain);
        }
        self.released = self.released.max(upto);
    }

    /// Builds every pending segment whose words are all released.
    fn emit_complete(&mut self) -> Vec<DetectedSegment> {
        let mut out = Vec::new();
        while let Some(seg) = self.segments.front() {
            let unreleased = self.window[self.released..]
                .iter()
                .any(|w| w.segment == seg.seq);
            if unreleased {
                break;
            }
            let mut words = Vec::new();
            let mut entities: Vec<SegmentEntity> = Vec::new();
            for w in self.window[..self.released]
                .iter()
                .filter(|w| w.segment == seg.seq)
            {
                let k = words.len();
                words.push(w.word.clone());
                let Some(Decision::Entity(f)) = &w.decision else {
                    continue;
                };
                // One part per entity per segment; an entity that continues into this segment
                // from the previous one gets a part here too, with the same id.
                match entities.last_mut() {
                    Some(p) if p.id == f.id && p.words.end == k => p.words.end = k + 1,
                    _ => entities.push(SegmentEntity {
                        id: f.id,
                        kind: f.kind,
                        detector: f.detector,
                        score: f.score,
                        words: k..k + 1,
                        start_ms: f.start_ms.max(seg.start_ms.min(w.word.start_ms)),
                        end_ms: f.end_ms.min(seg.end_ms.max(w.word.end_ms)),
                        audio_start_ms: f.audio_start_ms,
                        audio_end_ms: f.audio_end_ms,
                        placed: f.placed,
                        original: f.original.clone(),
                    }),
                }
            }
            out.push(DetectedSegment {
                segment: Segment {
                    id: seg.id,
                    channel: seg.channel,
                    start_ms: seg.start_ms,
                    end_ms: seg.end_ms,
                    words,
                    confidence: seg.confidence,
                },
                entities,
            });
            self.segments.pop_front();
        }
        out
    }

    /// Drops released words beyond the left-context size once their segments are emitted.
    fn trim_context(&mut self) {
        let first_pending = self.segments.front().map(|s| s.seq);
        let mut drop = self.released.saturating_sub(CONTEXT_WORDS);
        if let Some(id) = first_pending {
            if let Some(p) = self.window.iter().position(|w| w.segment == id) {
                drop = drop.min(p);
            }
        }
        if drop > 0 {
            self.window.drain(..drop);
            self.released -= drop;
            for e in &mut self.held {
                e.words = e.words.start - drop..e.words.end - drop;
            }
        }
    }
}

/// Words that name the unit of an address, said before its number ("apartment" | "4b").
const UNIT_WORDS: &[&str] = &[
    "apartment",
    "apt",
    "suite",
    "unit",
    "flat",
    "floor",
    "building",
    "box",
];

/// For every word of `window`, whether it could be part of an entity still being spoken (see
/// the module docs). Spelling words count in context: a letter name or "a"/"i" only after a
/// letter, "as" after a letter, "in" after "<letter> as", the example word after "<letter> as
/// in"; a word next to an e-mail connector counts as a label of the address.
fn open_words(window: &[WinWord]) -> Vec<bool> {
    let bares: Vec<String> = window.iter().map(|w| bare(&w.word.text)).collect();
    let b = |i: usize| bares[i].as_str();
    let mut open = vec![false; window.len()];
    for i in 0..window.len() {
        let raw = window[i].word.text.as_str();
        let w = b(i);
        open[i] = in_spelling(&bares, i, i > 0 && open[i - 1])
            || w.bytes().any(|c| c.is_ascii_digit())
            || is_number_word(w)
            || is_connector(w)
            || raw.contains('@')
            || is_ordinal_word(w)
            || month_number(w).is_some()
            || UNIT_WORDS.contains(&w)
            || is_code(raw)
            || is_address_label(raw)
            || (i + 1 == window.len() && is_name_like(window, i));
    }
    // The labels either side of a connector belong to the address ("johnson" in "sarah dot
    // johnson at", "nguyen" in "j underscore nguyen eighty two").
    for i in 0..window.len() {
        let next_to_connector =
            (i > 0 && is_connector(b(i - 1))) || (i + 1 < window.len() && is_connector(b(i + 1)));
        if next_to_connector && !bares[i].is_empty() {
            open[i] = true;
        }
    }
    open
}

/// A spoken e-mail connector: "at", "dot", "underscore", "dash", "hyphen", "plus".
fn is_connector(w: &str) -> bool {
    matches!(w, "at" | "dot" | "underscore" | "dash" | "hyphen" | "plus")
}

/// An all-capital code as Whisper writes IDs: "XJH", "WEST", "AB12" (two to six characters).
fn is_code(raw: &str) -> bool {
    let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
    (2..=6).contains(&w.len())
        && w.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && w.bytes().any(|c| c.is_ascii_uppercase())
}

/// A written local part: "sarah.johnson", "j_nguyen".
fn is_address_label(raw: &str) -> bool {
    let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
    w.contains(['.', '_']) && w.bytes().any(|c| c.is_ascii_alphabetic())
}

/// A capitalized word that does not start a sentence: in Whisper's casing, likely a name.
fn is_name_like(window: &[WinWord], i: usize) -> bool {
    let raw = window[i]
        .word
        .text
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = raw.chars();
    let capital = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    let sentence_start = i == 0
        || window[i - 1].segment != window[i].segment
        || window[i - 1]
            .word
            .text
            .trim_end()
            .ends_with(['.', '?', '!']);
    capital && !sentence_start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(text: &str) -> Vec<WinWord> {
        text.split_whitespace()
            .map(|t| WinWord {
                word: Word::at(t, 0, 0),
                segment: 0,
                decision: None,
            })
            .collect()
    }

    /// The words of `text` that are open, as a string of `1`s and `0`s.
    fn open_of(text: &str) -> String {
        open_words(&window(text))
            .iter()
            .map(|&o| if o { '1' } else { '0' })
            .collect()
    }

    #[test]
    fn open_words_in_isolation() {
        for w in [
            "4539",
            "four",
            "Oh,",
            "twenty-one",
            "dot",
            "j@x.com",
            "555-1234.",
            "fourteenth",
            "March",
            "apartment",
            "XJH",
            "sarah.johnson",
            "s",
            "S-M-I-T-H",
            "slash",
        ] {
            assert_eq!(open_of(w), "1", "{w}");
        }
        for w in [
            "card", "Sarah", "calling", "the", "a", "I", "you", "see", "as", "in",
        ] {
            assert_eq!(open_of(w), "0", "{w}");
        }
    }

    #[test]
    fn open_words_in_context() {
        // Letter names and "a"/"i" only after a letter.
        assert_eq!(open_of("s see o t t"), "11111");
        assert_eq!(open_of("i see you"), "000");
        assert_eq!(open_of("k a y"), "111");
        // "as in" spelling, up to the example word.
        assert_eq!(open_of("c as in charlie zero"), "11111");
        assert_eq!(open_of("such as in the"), "0000");
        // The words next to an e-mail connector.
        assert_eq!(open_of("sarah dot johnson at gmail thanks"), "111110");
        assert_eq!(open_of("j underscore nguyen eighty"), "1111");
        // A capitalized last word after the sentence has started.
        assert_eq!(open_of("this is David"), "001");
        assert_eq!(open_of("Thanks"), "0");
        assert_eq!(open_of("okay. Thanks"), "00");
    }

    // ---- lanes ----------------------------------------------------------------------------

    use crate::detect::DetectOptions;

    fn rules() -> Detector {
        Detector::rules_only(&DetectOptions::default())
    }

    /// A segment of `text` on `channel` from `t0` ms, one word every 300 ms.
    fn seg(channel: u16, id: u64, text: &str, t0: u64) -> Segment {
        let words: Vec<Word> = text
            .split_whitespace()
            .enumerate()
            .map(|(i, w)| Word::at(w, t0 + 300 * i as u64, t0 + 300 * i as u64 + 250))
            .collect();
        Segment {
            id,
            channel,
            start_ms: t0,
            end_ms: words.last().map_or(t0, |w| w.end_ms),
            words,
            confidence: None,
        }
    }

    /// Pushes `segments` in order and finishes; every detected segment, in emission order.
    /// A segment of words with their own times, on `channel`.
    /// Words with their own times: (text, start ms, end ms).
    fn w(t: &[(&str, u64, u64)]) -> Vec<Word> {
        t.iter().map(|&(w, a, b)| Word::at(w, a, b)).collect()
    }

    fn timed(id: u64, channel: u16, words: Vec<Word>) -> Segment {
        Segment {
            id,
            channel,
            start_ms: words[0].start_ms,
            end_ms: words.last().map_or(0, |w| w.end_ms),
            words,
            confidence: None,
        }
    }

    fn run(d: &Detector, segments: Vec<Segment>) -> Vec<DetectedSegment> {
        let mut s = d.session();
        let mut out = Vec::new();
        for x in segments {
            out.extend(s.push(x).unwrap());
        }
        out.extend(s.finish().unwrap());
        out
    }

    /// The entities (kind and words) of channel `c`'s segments, per segment id.
    fn entities_on(out: &[DetectedSegment], c: u16) -> Vec<(u64, EntityKind, Range<usize>)> {
        out.iter()
            .filter(|d| d.segment.channel == c)
            .flat_map(|d| {
                d.entities
                    .iter()
                    .map(|e| (d.segment.id, e.kind, e.words.clone()))
            })
            .collect()
    }

    const QUESTION: &str = "and what's the security code on the back of the card?";

    #[test]
    fn a_code_asked_on_one_channel_is_found_on_the_other() {
        let d = rules();
        for (answer, words) in [("it's 426", 1..2), ("it's four two six", 1..4)] {
            let out = run(&d, vec![seg(0, 0, QUESTION, 0), seg(1, 1, answer, 4_000)]);
            assert_eq!(
                entities_on(&out, 1),
                vec![(1, EntityKind::Cvv, words.clone())],
                "{answer}"
            );
            assert!(entities_on(&out, 0).is_empty());
            // Without the agent's turn the digits are just a number: the context did it.
            let alone = run(&d, vec![seg(1, 1, answer, 4_000)]);
            assert!(entities_on(&alone, 1).is_empty(), "{answer}");
            // A mono call (both turns in one lane) finds it as before.
            let mono = run(&d, vec![seg(0, 0, QUESTION, 0), seg(0, 1, answer, 4_000)]);
            assert_eq!(entities_on(&mono, 0), vec![(1, EntityKind::Cvv, words)]);
        }
    }

    #[test]
    fn an_answer_whose_first_word_whisper_stretched_over_the_silence_still_follows_the_question() {
        // What Whisper wrote for samples/calls/cvv_call.wav: the caller's "It's" spans the
        // agent's whole question (0-4740 ms) because Whisper stretched it over the silence.
        let d = rules();
        let answer = Segment {
            id: 1,
            channel: 1,
            start_ms: 0,
            end_ms: 5_420,
            words: vec![Word::at("It's", 0, 4_740), Word::at("426.", 4_740, 5_420)],
            confidence: None,
        };
        let out = run(&d, vec![seg(0, 0, QUESTION, 260), answer]);
        assert_eq!(entities_on(&out, 1), vec![(1, EntityKind::Cvv, 1..2)]);
    }

    #[test]
    fn other_channels_are_context_only_within_their_time() {
        let d = rules();
        // Long before the answer: no longer the context.
        let late = CROSS_CONTEXT_MS + 5_000;
        let out = run(
            &d,
            vec![seg(0, 0, QUESTION, 0), seg(1, 1, "it's 426", late)],
        );
        assert!(entities_on(&out, 1).is_empty());
    }

    #[test]
    fn one_channels_entities_never_redact_the_others_words() {
        let d = rules();
        // A name grows over capitalized words after it, but not over the other speaker's.
        let out = run(
            &d,
            vec![
                seg(0, 0, "hi this is Rita Kowalczyk", 0),
                seg(1, 1, "Hello Rita", 2_000),
            ],
        );
        assert_eq!(entities_on(&out, 0), vec![(0, EntityKind::Person, 3..5)]);
        // "Rita" on channel 1 is a re-mention of the learned name; "Hello" is not a name.
        assert_eq!(entities_on(&out, 1), vec![(1, EntityKind::Person, 1..2)]);
        // The agent's 15 digits and the caller's "7" would make a Luhn-valid card if joined.
        let out = run(
            &d,
            vec![
                seg(0, 0, "so the card number is 4539 1488 0343 646", 0),
                seg(1, 1, "7 days ago i called", 3_000),
            ],
        );
        assert!(
            entities_on(&out, 1).is_empty(),
            "{:?}",
            entities_on(&out, 1)
        );
        let joined = run(
            &d,
            vec![
                seg(0, 0, "so the card number is 4539 1488 0343 646", 0),
                seg(0, 1, "7 days ago i called", 3_000),
            ],
        );
        assert!(
            entities_on(&joined, 0)
                .iter()
                .any(|(id, k, w)| *id == 1 && *k == EntityKind::CreditCard && w.start == 0),
            "said by one speaker, the digits are one card: {:?}",
            entities_on(&joined, 0)
        );
    }

    #[test]
    fn a_backchannel_does_not_break_a_number_being_read() {
        let d = rules();
        let out = run(
            &d,
            vec![
                seg(1, 0, "my card number is 4539 1488", 0),
                seg(0, 1, "mm-hmm", 1_900),
                seg(1, 2, "0343 6467 thanks", 2_400),
            ],
        );
        assert_eq!(
            entities_on(&out, 1),
            vec![
                (0, EntityKind::CreditCard, 4..6),
                (2, EntityKind::CreditCard, 0..2)
            ]
        );
        // Both parts are one entity.
        let ids: Vec<u64> = out
            .iter()
            .flat_map(|d| d.entities.iter().map(|e| e.id))
            .collect();
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[0], ids[1]);
        assert!(entities_on(&out, 0).is_empty());
        // The same in a pause of more than a second, the "mm-hmm" wholly inside it.
        let out = run(
            &d,
            vec![
                seg(1, 0, "my card number is 4539 1488", 0),
                seg(0, 1, "mm-hmm", 2_200),
                seg(1, 2, "0343 6467 thanks", 3_200),
            ],
        );
        let cards: Vec<u64> = entities_on(&out, 1)
            .into_iter()
            .filter(|e| e.1 == EntityKind::CreditCard)
            .map(|e| e.0)
            .collect();
        assert_eq!(cards, vec![0, 2]);
    }

    #[test]
    fn a_number_read_on_in_later_segments_of_a_mono_call_is_continued() {
        // One channel, both voices: the agent's "go on" and "right" between the caller's
        // groups, each group its own segment, and no cue that names the value.
        let d = rules();
        let out = run(
            &d,
            vec![
                seg(
                    0,
                    0,
                    "go ahead with the long number. 4-1-7-7-0-2-3-9 go on.",
                    0,
                ),
                seg(0, 1, "5-5-1-8, right.", 4_000),
                seg(0, 2, "2-0-6-4, and the expiry?", 6_000),
            ],
        );
        assert_eq!(
            entities_on(&out, 0),
            vec![
                (0, EntityKind::CreditCard, 6..7),
                (1, EntityKind::CreditCard, 0..1),
                (2, EntityKind::CreditCard, 0..1)
            ]
        );
    }

    #[test]
    fn a_first_piece_is_held_across_the_listeners_backchannel() {
        // Round four's mono call `phone_in_three` (a tuning set since): the first piece alone
        // is no phone yet, and the agent's "Yep." and "M&HM" stand between the pieces.
        let d = rules();
        let out = run(
            &d,
            vec![
                seg(0, 0, "What's a good number to reach you on?", 0),
                seg(0, 1, "973", 3_000),
                seg(0, 2, "Yep.", 4_000),
                seg(0, 3, "555", 5_000),
                seg(0, 4, "M&HM", 6_000),
                seg(0, 5, "016 6", 7_000),
            ],
        );
        assert_eq!(
            entities_on(&out, 0),
            vec![
                (1, EntityKind::Phone, 0..1),
                (3, EntityKind::Phone, 0..1),
                (5, EntityKind::Phone, 0..2)
            ]
        );
    }

    #[test]
    fn one_stray_word_of_the_other_speaker_does_not_split_a_number() {
        // Round four's stereo call `card_cvv_zip` (a tuning set since): Whisper stretched the
        // agent's last word "please." over 6 s of the caller's reading.
        let d = rules();
        let mut agent = seg(0, 0, "Read me the card number", 240);
        agent.words.push(Word::at("please.", 1_580, 8_100));
        agent.end_ms = 8_100;
        let mut caller = seg(1, 1, "x", 0);
        caller.words = vec![
            Word::at("538A", 0, 4_200),
            Word::at("0214", 4_200, 5_020),
            Word::at("4", 5_020, 5_600),
            Word::at("612", 5_600, 6_600),
            Word::at("9071", 6_600, 9_700),
        ];
        caller.end_ms = 9_700;
        let out = run(&d, vec![agent, caller]);
        assert_eq!(
            entities_on(&out, 1),
            vec![(1, EntityKind::CreditCard, 0..5)]
        );
    }

    #[test]
    fn a_lone_channel_reads_as_mono() {
        let d = rules();
        let texts = [
            "my card number is 4539 1488",
            "0343 6467 and my name is rita kowalczyk",
            "yes kowalczyk thanks",
        ];
        let on = |c: u16| {
            let segs = texts
                .iter()
                .enumerate()
                .map(|(i, t)| seg(c, i as u64, t, 3_000 * i as u64))
                .collect();
            let out = run(&d, segs);
            out.into_iter()
                .map(|mut x| {
                    x.segment.channel = 0;
                    x
                })
                .collect::<Vec<_>>()
        };
        let mono = on(0);
        assert_eq!(mono, on(7));
        assert_eq!(
            entities_on(&mono, 0)
                .iter()
                .map(|(id, k, _)| (*id, *k))
                .collect::<Vec<_>>(),
            vec![
                (0, EntityKind::CreditCard),
                (1, EntityKind::CreditCard),
                (1, EntityKind::Person),
                (2, EntityKind::Person)
            ]
        );
        // The view of a lane with no other lane's words in range is its window, unchanged.
        let mut s = d.session();
        s.push(seg(0, 0, texts[0], 0)).unwrap();
        s.push(seg(1, 1, "later words", 60_000)).unwrap();
        let lane = &s.lanes[&0];
        let v = view(&s.lanes, 0);
        let window: Vec<&str> = lane.window.iter().map(|w| w.word.text.as_str()).collect();
        assert_eq!(v.texts, window);
        assert!(v.lane_index.iter().enumerate().all(|(i, x)| *x == Some(i)));
    }

    #[test]
    fn original_is_never_printed() {
        let d = rules();
        let out = run(
            &d,
            vec![seg(0, 0, "my card number is 4539 1488 0343 6467", 0)],
        );
        let e = &out[0].entities[0];
        assert_eq!(e.original, "4539 1488 0343 6467");
        let printed = format!("{:?}", out[0].entities);
        assert!(!printed.contains("4539"), "{printed}");
    }
    #[test]
    fn a_number_answered_in_pieces_on_the_other_channel_is_found() {
        // What Whisper wrote for the agent's question and the caller's two pieces of a μ-law
        // call (hush-eval stream --layout call): the pieces are short of the full value.
        let d = rules();
        for (question, answers, kind) in [
            (
                "My social security number is.",
                ["2-8-7.", "4195."],
                EntityKind::Ssn,
            ),
            (
                "The routing number is...",
                ["0-7-1-4.", "027 1/8"],
                EntityKind::RoutingNumber,
            ),
        ] {
            let segs = |lane: u16| {
                let mut v = vec![seg(0, 0, question, 0)];
                v.extend(
                    answers
                        .iter()
                        .enumerate()
                        .map(|(k, a)| seg(lane, 1 + k as u64, a, 3_000 + 2_500 * k as u64)),
                );
                v
            };
            let out = run(&d, segs(1));
            let found = entities_on(&out, 1);
            assert!(
                found.iter().any(|(id, k, _)| *id == 1 && *k == kind)
                    && found.iter().any(|(id, k, _)| *id == 2 && *k == kind),
                "{question} {answers:?}: {found:?}"
            );
            // Without the question the pieces are not that kind (seven digits read out are an
            // identifier of no kind, `long_numbers`).
            let alone = run(&d, segs(1).split_off(1));
            let found = entities_on(&alone, 1);
            assert!(
                !found.iter().any(|(_, k, _)| *k == kind),
                "{answers:?}: {found:?}"
            );
        }
    }

    #[test]
    fn a_segments_last_word_stretched_forward_does_not_hide_the_next_question() {
        // Round seven's stereo calls (a tuning set since), as Whisper timed them.
        let d = rules();
        // The caller's "31." lasts 4 s, over the agent's question: the gap after it is found
        // from its start, and the question goes before "9-1-7.".
        let out = run(
            &d,
            vec![
                timed(1, 1, w(&[("12,", 12_760, 15_180), ("31.", 15_180, 19_180)])),
                timed(
                    2,
                    0,
                    w(&[
                        ("And", 15_450, 16_660),
                        ("the", 16_660, 16_840),
                        ("security", 16_840, 17_240),
                        ("code,", 17_240, 18_000),
                        ("please.", 18_000, 19_180),
                    ]),
                ),
                timed(3, 1, w(&[("9-1-7.", 16_840, 20_440)])),
            ],
        );
        assert_eq!(entities_on(&out, 1), vec![(3, EntityKind::Cvv, 0..1)]);
        // The caller's "now." lasts 2.3 s: placed by its start, it no longer splits the agent's
        // "Zip called." (Whisper's "zip code"), which then comes before the answer.
        let out = run(
            &d,
            vec![
                timed(
                    1,
                    1,
                    w(&[
                        ("We", 8_940, 9_100),
                        ("moved", 9_100, 9_440),
                        ("now.", 11_660, 13_920),
                    ]),
                ),
                timed(
                    2,
                    0,
                    w(&[("Zip", 9_250, 12_980), ("called.", 12_980, 13_980)]),
                ),
                timed(3, 1, w(&[("6-8-105.", 14_000, 15_140)])),
            ],
        );
        assert_eq!(entities_on(&out, 1), vec![(3, EntityKind::Zip, 0..1)]);
    }

    #[test]
    fn a_number_found_while_held_stays_found_when_a_turn_lands_inside_it() {
        // Round six's stereo storage call (a tuning set since), as Whisper timed it: the
        // caller's card in four pieces, each word stretched over the silence after it, so at
        // the end of input the agent's question falls between the third and fourth pieces.
        // The first pass saw the pieces whole; the last sees "2.540 5.42 6.453" and "9.127
        // 11/28" apart. What the first found must still be redacted.
        let d = rules();
        let out = run(
            &d,
            vec![
                timed(
                    1,
                    0,
                    w(&[
                        ("Which", 250, 640),
                        ("can't", 640, 980),
                        ("what", 980, 1140),
                        ("you", 1140, 1320),
                        ("like", 1320, 1560),
                        ("to", 1560, 1740),
                        ("use", 1740, 2000),
                        ("the", 2000, 2200),
                        ("next", 2200, 2360),
                        ("orange", 2360, 2680),
                        ("unit?", 2680, 6760),
                    ]),
                ),
                timed(
                    2,
                    1,
                    w(&[
                        ("2.540,", 0, 5080),
                        ("5.42,", 5080, 8000),
                        ("6.453,", 8000, 10740),
                        ("9.127,", 10740, 14380),
                        ("11/28.", 14380, 15740),
                    ]),
                ),
                timed(3, 0, w(&[("Uh-huh", 3250, 7400)])),
                timed(4, 0, w(&[("Yes", 7250, 9940)])),
                timed(
                    5,
                    0,
                    w(&[
                        ("And", 10250, 12660),
                        ("when", 12660, 12860),
                        ("done", 12860, 13020),
                        ("it", 13020, 13200),
                        ("expired", 13200, 13780),
                    ]),
                ),
            ],
        );
        let found = entities_on(&out, 1);
        let covered: Vec<usize> = found.iter().flat_map(|e| e.2.clone()).collect();
        assert_eq!(covered, [0, 1, 2, 3, 4], "{found:?}");
    }

    #[test]
    fn a_question_inside_the_other_lanes_window_comes_before_its_answer() {
        // A stereo file: the caller's window (cut at pauses) holds the name and, 2.3 s later,
        // the date of birth; the agent asked for it in between, on the other channel.
        let d = rules();
        let words = |t: &[(&str, u64)]| -> Vec<Word> {
            t.iter().map(|&(w, at)| Word::at(w, at, at + 250)).collect()
        };
        let caller = words(&[
            ("This", 1_964),
            ("is", 2_250),
            ("Calway.", 2_550),
            ("10", 6_006),
            ("12", 6_400),
            ("80.", 6_800),
        ]);
        let agent = words(&[
            ("And", 4_322),
            ("your", 4_600),
            ("date", 4_850),
            ("of", 5_050),
            ("birth?", 5_250),
        ]);
        let out = run(
            &d,
            vec![timed(1, 1, caller.clone()), timed(2, 0, agent.clone())],
        );
        let dates = |out: &[DetectedSegment]| -> Vec<Range<usize>> {
            entities_on(out, 1)
                .into_iter()
                .filter(|e| e.1 == EntityKind::Date)
                .map(|e| e.2)
                .collect()
        };
        assert_eq!(dates(&out), vec![3..6]);
        // With the question long after, the digits are only numbers.
        let late: Vec<Word> = agent
            .iter()
            .map(|w| Word::at(w.text.clone(), w.start_ms + 5_000, w.end_ms + 5_000))
            .collect();
        let out = run(&d, vec![timed(1, 1, caller), timed(2, 0, late)]);
        assert!(dates(&out).is_empty());
    }
}
