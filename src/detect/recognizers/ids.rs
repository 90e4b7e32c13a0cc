//! Identifiers read out after the words that name them: driver's licence, passport, member /
//! customer / policy / ID numbers, medical record numbers, health plan (insurance) numbers,
//! vehicle identifiers (VIN, licence plate) and device identifiers (serial number, IMEI, MAC
//! address).
//!
//! Their formats vary by issuer and state, so the value is accepted only after its cue ("my
//! driver's license number is …", "MRN …", "the VIN is …"), within three words of a cue phrase
//! and right after a one-word cue (fillers such as "is", "number", "my" do not count). Values are alphanumeric and arrive from the
//! normalizer in pieces: spelled letters, digit runs and written mixes ("D1234567", or "d one
//! two three four five six seven" → `d1234567`, or `d 1234567` where the letters stay apart), so
//! the value is gathered from consecutive pieces ([`gather`]) and reported whole. It needs at
//! least four digits, except a licence plate (one) and a VIN (its own shape).
//!
//! Validators, where a format has one: a VIN is 17 characters without I, O or Q and, in North
//! America, carries a check digit ([`vin`]); an IMEI is 15 digits passing Luhn ([`imei`]). A
//! written 17-character token with a valid VIN check digit is reported without a cue, and so is a
//! written MAC address (`00:1a:2b:3c:4d:5e`).
//!
//! One recognizer covers the whole family so that one pass over the cues resolves which kind a
//! cue names ("license plate" is a vehicle, "license" a driver's licence; "insurance member id" a
//! health plan, "member id" an ID number); each entity is reported under its kind's own rule
//! name (`rule:passport`, `rule:vehicle_id`, …).

use std::sync::LazyLock;

use regex::Regex;

use super::context::{after_cue, gather, lead_before, CueIndex, Gathered};
use super::{entity, near, score, tokens, Recognizer, Token};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::{all_digits, imei, vin, vin_shape};
use crate::detect::{Entity, EntityKind};

/// What a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Id {
    DriverLicense,
    Passport,
    /// Member, customer, policy, reference and other ID numbers.
    Generic,
    MedicalRecord,
    HealthPlan,
    Vin,
    Plate,
    /// Serial numbers and device IDs.
    Serial,
    Imei,
    /// A phrase that looks like a cue but names something else ("caller id" is a phone).
    Nothing,
}

/// Cue phrases. At each token the longest phrase said there wins.
const CUES: &[(&str, Id)] = &[
    ("driver's license", Id::DriverLicense),
    ("drivers license", Id::DriverLicense),
    ("driver license", Id::DriverLicense),
    ("driver's licence", Id::DriverLicense),
    ("drivers licence", Id::DriverLicense),
    ("driver licence", Id::DriverLicense),
    ("driving license", Id::DriverLicense),
    ("driving licence", Id::DriverLicense),
    ("license", Id::DriverLicense),
    ("licence", Id::DriverLicense),
    ("dl", Id::DriverLicense),
    ("d l", Id::DriverLicense),
    ("d.l", Id::DriverLicense),
    ("license plate", Id::Plate),
    ("licence plate", Id::Plate),
    ("plate number", Id::Plate),
    ("number plate", Id::Plate),
    ("registration number", Id::Plate),
    ("registration plate", Id::Plate),
    ("tag number", Id::Plate),
    ("vin", Id::Vin),
    ("v i n", Id::Vin),
    ("v.i.n", Id::Vin),
    ("vehicle identification number", Id::Vin),
    ("vehicle id", Id::Vin),
    ("chassis number", Id::Vin),
    ("passport", Id::Passport),
    ("medical record", Id::MedicalRecord),
    ("medical records", Id::MedicalRecord),
    ("mrn", Id::MedicalRecord),
    ("m r n", Id::MedicalRecord),
    ("m.r.n", Id::MedicalRecord),
    ("m-r-n", Id::MedicalRecord),
    ("chart number", Id::MedicalRecord),
    ("patient id", Id::MedicalRecord),
    ("patient number", Id::MedicalRecord),
    ("patient identifier", Id::MedicalRecord),
    ("hospital number", Id::MedicalRecord),
    ("health record", Id::MedicalRecord),
    ("insurance id", Id::HealthPlan),
    ("insurance number", Id::HealthPlan),
    ("insurance member id", Id::HealthPlan),
    ("insurance member number", Id::HealthPlan),
    ("insurance policy number", Id::HealthPlan),
    ("insurance card number", Id::HealthPlan),
    // "could I have the ID from your insurance card?" | "Q R T, six six one".
    ("insurance card", Id::HealthPlan),
    ("health insurance number", Id::HealthPlan),
    ("health plan", Id::HealthPlan),
    ("plan id", Id::HealthPlan),
    ("subscriber id", Id::HealthPlan),
    ("subscriber number", Id::HealthPlan),
    ("group number", Id::HealthPlan),
    ("group id", Id::HealthPlan),
    ("medicare", Id::HealthPlan),
    ("medicaid", Id::HealthPlan),
    ("beneficiary id", Id::HealthPlan),
    ("beneficiary number", Id::HealthPlan),
    ("nhs number", Id::HealthPlan),
    ("id", Id::Generic),
    ("i.d", Id::Generic),
    ("id number", Id::Generic),
    ("identification number", Id::Generic),
    ("identity number", Id::Generic),
    ("identification", Id::Generic),
    ("member id", Id::Generic),
    ("member number", Id::Generic),
    ("membership number", Id::Generic),
    ("policy number", Id::Generic),
    ("customer id", Id::Generic),
    ("customer number", Id::Generic),
    ("account id", Id::Generic),
    ("reference number", Id::Generic),
    ("confirmation number", Id::Generic),
    ("case number", Id::Generic),
    ("claim number", Id::Generic),
    ("employee id", Id::Generic),
    ("employee number", Id::Generic),
    ("student id", Id::Generic),
    ("student number", Id::Generic),
    ("national id", Id::Generic),
    ("national insurance number", Id::Generic),
    ("tax id", Id::Generic),
    ("tax identification number", Id::Generic),
    ("ein", Id::Generic),
    ("itin", Id::Generic),
    ("badge number", Id::Generic),
    ("serial number", Id::Serial),
    ("serial", Id::Serial),
    ("device id", Id::Serial),
    ("device number", Id::Serial),
    ("device serial", Id::Serial),
    ("udid", Id::Serial),
    ("meid", Id::Serial),
    ("esn", Id::Serial),
    ("imei", Id::Imei),
    ("i m e i", Id::Imei),
    ("caller id", Id::Nothing),
    ("apple id", Id::Nothing),
];

/// Non-filler words allowed between a cue of several words and its value ("driver's license
/// **from California** is …"). After a one-word cue the value must come first.
const MAX_WORDS: usize = 3;

/// Longest value gathered after a cue, in characters.
const MAX_LEN: usize = 20;

/// Words that raise the score of a VIN or MAC address found without a cue.
const VEHICLE_CUES: &[&str] = &["vin", "vehicle", "car", "truck", "chassis"];
const DEVICE_CUES: &[&str] = &["mac", "device", "hardware", "wifi", "network", "address"];

static MAC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[0-9a-f]{2}([:-])[0-9a-f]{2}(?:[:-][0-9a-f]{2}){4}$").expect("static regex")
});

pub struct Identifiers;

impl Recognizer for Identifiers {
    /// Entities are reported under their kind's name (`driver_license`, `passport`, `id_number`,
    /// `medical_record`, `health_plan`, `vehicle_id`, `device_id`), not this one.
    fn name(&self) -> &'static str {
        "identifiers"
    }

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        // Whether the cue ending before token `end` ends its clause ("… is my license.").
        let closes = |end: usize| {
            end >= toks.len()
                || text
                    .word_range(toks[end - 1].bytes.clone())
                    .end
                    .checked_sub(1)
                    .and_then(|w| words.get(w))
                    .is_some_and(|w| w.ends_with(['.', ',', '?', '!', ';', ':']))
        };
        let mut i = 0;
        while i < toks.len() {
            if let Some((end, id)) = cue_at(&toks, i) {
                // A one-word cue is often an ordinary word ("serial killer", "passport photos"):
                // its value must be the next word that is not a filler.
                // A spelled letter first ("passport is E as in echo 2058…") may be followed by
                // its spelling words.
                let spelled = after_cue(&toks, end, 1)
                    .last()
                    .is_some_and(|k| toks[k].text.len() == 1);
                let max_words = match (end - i, spelled) {
                    (_, true) => MAX_WORDS + 1,
                    (1, false) => 1,
                    _ => MAX_WORDS,
                };
                // "440-129-A is the chart number": the value said first, then what it is.
                // "2740391 is my license.": a one-word licence cue too, where it ends the clause
                // (not "2019 is my license year").
                let licence_after = id == Id::DriverLicense && closes(end);
                if end - i >= 2 || id == Id::Passport || licence_after {
                    if let Some((first, last, s)) = value_before(&toks, i, id) {
                        let bytes = toks[first].bytes.start..toks[last].bytes.end;
                        let (kind, name) = kind_of(id);
                        out.push(entity(text, bytes, kind, name, s));
                    }
                }
                i = end;
                if let Some((first, last, s)) = value_after(&toks, end, id, max_words) {
                    let bytes = toks[first].bytes.start..toks[last].bytes.end;
                    let (kind, name) = kind_of(id);
                    out.push(entity(text, bytes, kind, name, s));
                    i = last + 1;
                }
                continue;
            }
            let t = &toks[i];
            if t.text.len() == 17 && vin(t.text) {
                let s = score(near(text, &t.bytes, VEHICLE_CUES), 0.8, 0.95);
                let e = entity(
                    text,
                    t.bytes.clone(),
                    EntityKind::VehicleId,
                    "vehicle_id",
                    s,
                );
                out.push(e);
            } else if t.text.len() == 17 && MAC.is_match(t.text) && consistent_separators(t.text) {
                let s = score(near(text, &t.bytes, DEVICE_CUES), 0.75, 0.9);
                let e = entity(text, t.bytes.clone(), EntityKind::DeviceId, "device_id", s);
                out.push(e);
            }
            i += 1;
        }
    }
}

/// A MAC address uses one separator throughout.
fn consistent_separators(t: &str) -> bool {
    let sep = t.as_bytes()[2];
    t.bytes().skip(2).step_by(3).all(|c| c == sep)
}

/// The public kind and rule name of what a cue announces.
fn kind_of(id: Id) -> (EntityKind, &'static str) {
    match id {
        Id::DriverLicense => (EntityKind::DriverLicense, "driver_license"),
        Id::Passport => (EntityKind::Passport, "passport"),
        Id::MedicalRecord => (EntityKind::MedicalRecord, "medical_record"),
        Id::HealthPlan => (EntityKind::HealthPlan, "health_plan"),
        Id::Vin | Id::Plate => (EntityKind::VehicleId, "vehicle_id"),
        Id::Serial | Id::Imei => (EntityKind::DeviceId, "device_id"),
        // `Nothing` is never reported (see `value_after`).
        Id::Generic | Id::Nothing => (EntityKind::IdNumber, "id_number"),
    }
}

static CUE_INDEX: LazyLock<CueIndex<Id>> = LazyLock::new(|| CueIndex::with_values(CUES));

/// The longest cue said at token `i`: the index past it and what it announces.
fn cue_at(toks: &[Token], i: usize) -> Option<(usize, Id)> {
    CUE_INDEX.find(toks, i)
}

/// The value announced by a cue of kind `id` ending before token `end`: its first and last
/// token and its score. The first valid value within the window wins ("B is in boy 4829173":
/// the letter alone is none, the digits are).
fn value_after(
    toks: &[Token],
    end: usize,
    id: Id,
    max_words: usize,
) -> Option<(usize, usize, f32)> {
    if id == Id::Nothing {
        return None;
    }
    let max_len = match id {
        Id::Vin => 17,
        Id::Plate => 8,
        _ => MAX_LEN,
    };
    after_cue(toks, end, max_words).find_map(|k| {
        let g = gather(toks, k, max_len)?;
        validate(&g, id).map(|s| (g.first, g.last, s))
    })
}

/// The value said right before the cue starting at token `cue` and linked to it ("440-129-A is
/// the chart number"): digit groups (Whisper's dots between them are separators here), written
/// mixes and single letters, back to the first token that is none of those.
fn value_before(toks: &[Token], cue: usize, id: Id) -> Option<(usize, usize, f32)> {
    if id == Id::Nothing {
        return None;
    }
    let (lead, link) = lead_before(toks, cue);
    if !link {
        return None;
    }
    let end = cue - lead;
    let mut first = end;
    let mut value = String::new();
    while first > 0 {
        let t = toks[first - 1].text;
        let undotted: String = t.chars().filter(|&c| c != '.').collect();
        let has_digit = undotted.bytes().any(|c| c.is_ascii_digit());
        // Digits, written mixes and single letters; a letter word only beside digits.
        let ok = undotted.len() == 1
            && undotted.as_bytes()[0].is_ascii_alphabetic()
            && !matches!(t, "a" | "i")
            || has_digit
                && undotted
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-');
        let len = undotted.bytes().filter(u8::is_ascii_alphanumeric).count();
        if !ok || value.len() + len > MAX_LEN {
            break;
        }
        let mut v: String = undotted
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        v.push_str(&value);
        value = v;
        first -= 1;
    }
    // A single letter first is the sentence's word, not the value ("I 2015 …").
    while first < end
        && toks[first].text.len() == 1
        && !toks[first].text.as_bytes()[0].is_ascii_digit()
    {
        first += 1;
        value.remove(0);
    }
    if first == end {
        return None;
    }
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let g = Gathered {
        first,
        last: end - 1,
        letters: value.len() - digits,
        digits,
        value,
    };
    validate(&g, id).map(|s| (g.first, g.last, s))
}

/// The score of a value gathered after a cue of kind `id`, if it is one.
fn validate(g: &Gathered, id: Id) -> Option<f32> {
    let len = g.value.len();
    let s = match id {
        Id::Vin if len == 17 && vin_shape(&g.value) => {
            if vin(&g.value) {
                0.95
            } else {
                0.85
            }
        }
        // A misheard VIN: most of it, mostly digits.
        Id::Vin if (11..17).contains(&len) && g.digits >= 4 => 0.6,
        Id::Plate if (2..=8).contains(&len) && g.digits >= 1 => 0.85,
        Id::Imei if all_digits(&g.value) && (14..=17).contains(&len) => {
            if imei(&g.value) {
                0.95
            } else {
                0.75
            }
        }
        Id::Passport if (6..=12).contains(&len) && g.digits >= 4 => 0.85,
        Id::DriverLicense if (4..=16).contains(&len) && g.digits >= 4 => 0.85,
        Id::Generic | Id::MedicalRecord | Id::HealthPlan | Id::Serial
            if len >= 4 && g.digits >= 4 =>
        {
            0.85
        }
        _ => return None,
    };
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::run;
    use super::*;
    use crate::detect::DetectorKind;

    #[test]
    fn a_value_said_before_its_cue() {
        let (kind, words, _, _) = one("7.70-31 B is my member number.");
        assert_eq!((kind, words), (EntityKind::IdNumber, 0..2));
        let (kind, words, _, _) = one("3-1-9, 4-4-0, 2-7. That's the patient number.");
        assert_eq!((kind, words), (EntityKind::MedicalRecord, 0..3));
        // No link, a year, a word: nothing.
        assert!(run(Identifiers, "1 2 3 4 5 6 7 member number").is_empty());
        assert!(run(Identifiers, "In 2019 is when my member number changed").is_empty());
        // Symbols before the value are no part of it, and never a panic.
        let (kind, words, _, _) = one("- & 7 7 0 3 1 b is my member number");
        assert_eq!((kind, words), (EntityKind::IdNumber, 2..8));
    }

    /// The single entity found: its kind, words, score and rule name.
    fn one(words: &str) -> (EntityKind, std::ops::Range<usize>, f32, &'static str) {
        let found = run(Identifiers, words);
        assert_eq!(
            found.len(),
            1,
            "expected one entity in {words:?}, got {found:?}"
        );
        let e = &found[0];
        let DetectorKind::Rule(name) = e.detector else {
            panic!("not a rule")
        };
        assert_eq!(kind_of_name(name), e.kind, "{words}");
        (e.kind, e.words.clone(), e.score, name)
    }

    fn kind_of_name(name: &str) -> EntityKind {
        EntityKind::parse(name).unwrap_or(EntityKind::IdNumber)
    }

    fn none(words: &str) {
        let found = run(Identifiers, words);
        assert!(
            found.is_empty(),
            "expected nothing in {words:?}, got {found:?}"
        );
    }

    #[test]
    fn driver_licence() {
        use EntityKind::DriverLicense as K;
        for (words, range) in [
            ("my driver's license number is D1234567", 5..6),
            ("My driver's license number is 2270-66-1551", 5..6),
            ("drivers license d one two three four five six seven", 2..10),
            ("driver's license is D 1234567", 3..5),
            ("my DL is a b one two three four five six", 3..11),
            ("the license number is F162823540116.", 4..5),
            ("driver's license from california is y 1234567", 5..7),
            // Whisper wrote "B as in boy, four eight two nine, one seven three" as below; the
            // spelling word before the digits is taken as letters of the value.
            ("My driver's license number is B is in boy 4829 173", 8..11),
        ] {
            assert_eq!(one(words).0, K, "{words}");
            assert_eq!(one(words).1, range, "{words}");
        }
        none("my driver's license expired last year");
        none("driver's license number is 123");
        none("driver's license number is d 123 ok");
        // A one-word licence cue after the value, ending its clause (round eight's `joe`, a
        // tuning set since: "M.S. and Mike, 2740391 is my license.").
        let (k, r, _, _) = one("M.S. and Mike, 2740391 is my license.");
        assert_eq!((k, r), (EntityKind::DriverLicense, 3..4));
        let (k, r, _, _) = one("it's 55-902-113, that's my licence");
        assert_eq!((k, r), (EntityKind::DriverLicense, 1..2));
        none("2019 is my license year");
    }

    #[test]
    fn passport() {
        for (words, range) in [
            ("my passport number is 123456789", 4..5),
            ("passport number: C01X00T47", 2..3),
            (
                "passport one two three four five six seven eight nine",
                1..10,
            ),
            ("the passport no. is k 1234567 thanks", 4..6),
            // Whisper wrote "E as in echo, two oh five eight, one nine three four" as below; the
            // spelling word before the digits is taken as letters of the value.
            ("The Passport is E as an Echo 205-81934.", 6..8),
        ] {
            let (kind, words_found, s, name) = one(words);
            assert_eq!(
                (kind, words_found, s, name),
                (EntityKind::Passport, range, 0.85, "passport"),
                "{words}"
            );
        }
        none("my passport expired in 2019");
        none("passport photos cost 15 dollars");
    }

    #[test]
    fn id_numbers() {
        for words in [
            "my member id is 12345678",
            "member number a b 1234567",
            "the policy number is p 1234 5678",
            "customer id 99887766",
            "my reference number is x y z 12345",
            "id number 123456789",
            "my employee ID is E12345",
            "account id 12345678",
            "my I.D. is 12345678",
        ] {
            let (kind, _, _, name) = one(words);
            assert_eq!((kind, name), (EntityKind::IdNumber, "id_number"), "{words}");
        }
        none("caller id 4155552671");
        none("member id is 123");
        none("the id is somewhere");
        none("I have no idea 1234");
    }

    #[test]
    fn medical_and_health_plan() {
        use EntityKind::{HealthPlan, MedicalRecord};
        for (words, kind, range) in [
            ("medical record number 00123456", MedicalRecord, 3..4),
            ("MRN: 4 5 6 7 8 9", MedicalRecord, 1..7),
            ("m r n one two three four five", MedicalRecord, 3..8),
            ("M-R-N-669-0214.", MedicalRecord, 0..1),
            ("the chart number is 8812345", MedicalRecord, 4..5),
            ("my insurance id is XYZ123456789", HealthPlan, 4..5),
            ("insurance member id w 123456789", HealthPlan, 3..5),
            ("health plan number h 12345678", HealthPlan, 3..5),
            ("subscriber id 123456789 01", HealthPlan, 2..4),
            ("my medicare number is 1EG4-TE5-MK73", HealthPlan, 4..5),
            ("group number 001234", HealthPlan, 2..3),
            (
                "Insurance Member ID, W.E.W. and William, 229-064-81.",
                HealthPlan,
                6..7,
            ),
            (
                "the ID from your insurance card? It's 7 7 4 0 9 1 3.",
                HealthPlan,
                7..14,
            ),
        ] {
            let (k, r, _, _) = one(words);
            assert_eq!((k, r), (kind, range), "{words}");
        }
        none("my medical records are at the clinic");
        none("I lost my insurance card yesterday at 5");
        none("medicare covers 80 percent");
    }

    #[test]
    fn vehicles() {
        use EntityKind::VehicleId as K;
        let (k, r, s, name) = one("the VIN is 1HGCM82633A004352");
        assert_eq!((k, r, s, name), (K, 3..4, 0.95, "vehicle_id"));
        let (_, r, s, _) =
            one("v i n one h g c m eight two six three three a zero zero four three five two");
        assert_eq!((r, s), (3..20, 0.95));
        // A European VIN has no check digit.
        assert_eq!(one("vin WVWZZZ1JZXW000001").2, 0.85);
        // Without a cue, only a written VIN with a valid check digit.
        assert_eq!(one("1HGCM82633A004352").2, 0.8);
        none("WVWZZZ1JZXW000001");
        let (k, r, _, _) = one("license plate seven a b c one two three");
        assert_eq!((k, r), (K, 2..9));
        assert_eq!(one("my plate number is 8XYZ123").1, 4..5);
        none("license plate is a b c d");
        none("a plate of food");
    }

    #[test]
    fn ner_labels_for_these_kinds() {
        use crate::detect::ner::map_label;
        assert_eq!(map_label("PASSPORT"), Some(EntityKind::Passport));
        assert_eq!(
            map_label("DRIVERS_LICENSE"),
            Some(EntityKind::DriverLicense)
        );
        assert_eq!(map_label("TAX_ID"), Some(EntityKind::IdNumber));
        assert_eq!(map_label("GOVERNMENT_ID"), Some(EntityKind::IdNumber));
    }

    #[test]
    fn devices() {
        use EntityKind::DeviceId as K;
        let (k, r, s, name) = one("the IMEI is 490154203237518");
        assert_eq!((k, r, s, name), (K, 3..4, 0.95, "device_id"));
        assert_eq!(one("imei 490154203237519").2, 0.75, "Luhn fails");
        assert_eq!(one("serial number is C02XK1ABJHD3").1, 3..4);
        assert_eq!(one("device id a b c 12345").0, K);
        let (k, _, s, _) = one("its mac address is 00:1a:2b:3c:4d:5e");
        assert_eq!((k, s), (K, 0.9));
        none("imei 12345");
        none("serial killer 1234");
        none("00:1a:2b-3c:4d:5e");
        none("10:30:45");
    }
}
