//! Spelled letters: the one grammar of spelling in hush. "S M I T H", "s. m. i. t. h.",
//! "S-M-I-T-H", "d as in david", "double l", letter names between letters ("s see o t t") and the
//! digits said among letters in an ID ("G B eight two W E S T …"). The normalized view joins a
//! run into one token (`spelled_run`); the name pass asks for runs of letters only
//! ([`spelled_letters`]); the streaming hold-back asks which words could still be inside a
//! run being said ([`in_spelling`]). Reports no entities.

use super::*;

/// Fewest letters a spelled run without digits needs: fewer are words ("a", "i", "plan b").
pub(super) const SPELLED_MIN_LETTERS: usize = 3;
/// Longest stretch of words one spelled run may take (a spelled IBAN is about 34 items), so a
/// long run of single letters costs linear time.
pub(super) const MAX_SPELLED_WORDS: usize = 64;

pub(super) const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";

/// The one-letter string for the lower-case letter `c`.
pub(super) fn letter_str(c: u8) -> &'static str {
    let i = usize::from(c - b'a');
    &ALPHABET[i..=i]
}

/// The letter a one-letter word is.
pub(super) fn single_letter(w: &str) -> Option<u8> {
    match w.as_bytes() {
        [c] if c.is_ascii_lowercase() => Some(*c),
        _ => None,
    }
}

/// The letter a spelled letter name stands for ("bee" → b, "aitch" → h). Most are also ordinary
/// words ("you", "see", "why"), so they count only between other letters or digits of a run.
pub(super) fn letter_name(w: &str) -> Option<u8> {
    if w.len() > 6 {
        return None;
    }
    Some(match w {
        "bee" => b'b',
        "see" | "cee" => b'c',
        "dee" => b'd',
        "ee" => b'e',
        "eff" | "ef" => b'f',
        "gee" => b'g',
        "aitch" | "haitch" => b'h',
        "jay" => b'j',
        "kay" => b'k',
        "el" | "ell" => b'l',
        "em" => b'm',
        "en" => b'n',
        "pee" => b'p',
        "cue" | "queue" => b'q',
        "ar" => b'r',
        "ess" => b's',
        "tee" => b't',
        "you" => b'u',
        "vee" => b'v',
        "ex" => b'x',
        "why" => b'y',
        "zed" | "zee" => b'z',
        _ => return None,
    })
}

/// Letters written as one word: "s-m-i-t-h", "s.m.i.t.h" (two or more).
pub(super) fn letter_word(w: &str) -> Option<String> {
    if !w.bytes().any(|c| c == b'-' || c == b'.') {
        return None;
    }
    let mut s = String::new();
    for part in w.split(['-', '.']) {
        s.push(char::from(single_letter(part)?));
    }
    (s.len() >= 2).then_some(s)
}

/// Letters then digit groups written as one dashed word ("d-o-b-11-04-76" → `dob`, `110476`),
/// two letters or more.
pub(super) fn letters_then_digits(w: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = w.split('-').collect();
    let n = parts
        .iter()
        .take_while(|p| single_letter(p).is_some())
        .count();
    let rest = &parts[n..];
    let ok = n >= 2
        && !rest.is_empty()
        && rest
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()));
    ok.then(|| {
        let letters = parts[..n]
            .iter()
            .filter_map(|p| single_letter(p))
            .map(char::from);
        (letters.collect(), rest.concat())
    })
}

/// How a word can take part in a spelled run, for the streaming hold-back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// A letter, or letters written as one word: "s", "s-m-i-t-h".
    Letter,
    /// "a" or "i": a letter only next to other letters.
    Weak,
    /// A letter name ("bee", "you", "why"): a letter only inside a run.
    Name,
}

/// How the lower-case, punctuation-stripped word `w` can be part of a spelled run.
pub fn spelling(w: &str) -> Option<Spelling> {
    match single_letter(w) {
        Some(b'a' | b'i') => Some(Spelling::Weak),
        Some(_) => Some(Spelling::Letter),
        None if letter_name(w).is_some() => Some(Spelling::Name),
        None => letter_word(w).map(|_| Spelling::Letter),
    }
}

/// What one item of a spelled run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Spell {
    /// Sure letters, and how many: "s", "s-m-i-t-h", "double l".
    Letters(usize),
    /// A letter spelled out ("d as in david"): a token even alone.
    AsIn,
    /// "a" or "i": a letter, but also a word, so never next to digits at a run's edge.
    Weak,
    /// A letter name ("bee", "double you"): a letter only between two strong items.
    Soft,
    /// A number inside the run ("a b one two three four").
    Digits,
}

impl Spell {
    fn letters(self) -> usize {
        match self {
            Spell::Letters(n) => n,
            Spell::AsIn | Spell::Weak | Spell::Soft => 1,
            Spell::Digits => 0,
        }
    }

    fn strong(self) -> bool {
        matches!(self, Spell::Letters(_) | Spell::AsIn | Spell::Digits)
    }
}

/// "d as in david", "em as in mary": the letter, standing for all four words. The example is a
/// word of two or more letters, not a stop word or a letter name, and after a letter name or
/// "a"/"i" it must start with the letter ("see as in the film", "why as in you", "I as in tea"
/// are not spelling).
pub(super) fn as_in(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>, Spell)> {
    if w.get(k + 1)? != "as" || w.get(k + 2)? != "in" {
        return None;
    }
    let example = w.get(k + 3)?;
    let y = example.as_bytes();
    if y.len() < 2
        || !y[0].is_ascii_alphabetic()
        || !y.iter().all(|c| c.is_ascii_alphabetic() || *c == b'-')
        || example.stop()
        || example == "as"
        || letter_name(example).is_some()
    {
        return None;
    }
    let x = w[k].as_str();
    let c = match single_letter(x) {
        // "I, as in …" is a pronoun unless the example says the letter ("i as in india").
        Some(c @ (b'a' | b'i')) => Some(c).filter(|&c| y[0] == c),
        Some(c) => Some(c),
        None => letter_name(x).filter(|&c| y[0] == c),
    }?;
    Some((
        k + 4,
        vec![(letter_str(c).into(), k), ("".into(), k + 3)],
        Spell::AsIn,
    ))
}

/// One letter item at word `k`.
pub(super) fn letter_item(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>, Spell)> {
    let x = w.get(k)?.as_str();
    if let Some(item) = as_in(w, k) {
        return Some(item);
    }
    if let Some(c) = single_letter(x) {
        let kind = if matches!(c, b'a' | b'i') {
            Spell::Weak
        } else {
            Spell::Letters(1)
        };
        return Some((k + 1, vec![(x.into(), k)], kind));
    }
    if let Some(s) = letter_word(x) {
        let n = s.len();
        return Some((k + 1, vec![(s.into(), k)], Spell::Letters(n)));
    }
    // "D-O-B-11-04-76": letters Whisper wrote as one word with the digits said after them.
    if let Some((letters, digits)) = letters_then_digits(x) {
        let n = letters.len();
        let item = vec![(letters.into(), k), (digits.into(), k)];
        return Some((k + 1, item, Spell::Letters(n)));
    }
    let repeat = match x {
        "double" => 2,
        "triple" => 3,
        _ => return letter_name(x).map(|c| (k + 1, vec![(letter_str(c).into(), k)], Spell::Soft)),
    };
    let y = w.get(k + 1)?;
    if let Some(c) = single_letter(y) {
        let item = vec![
            (letter_str(c).repeat(repeat - 1).into(), k),
            (y.as_str().into(), k + 1),
        ];
        return Some((k + 2, item, Spell::Letters(repeat)));
    }
    (repeat == 2 && y == "you").then(|| {
        (
            k + 2,
            vec![("w".into(), k), ("".into(), k + 1)],
            Spell::Soft,
        )
    })
}

/// One item of a spelled run at word `k`, after an item of kind `prev` (`None`: the run's
/// first, which must be a letter).
pub(super) fn spell_item(
    w: &[Cleaned],
    k: usize,
    prev: Option<Spell>,
) -> Option<(usize, Pieces<'_>, Spell)> {
    let x = w.get(k)?.as_str();
    let o =
        x == "o" || (matches!(x, "double" | "triple") && w.get(k + 1).is_some_and(|y| y == "o"));
    // "o" is a letter after a letter ("k o w"), otherwise a zero ("d one o five"); at the
    // start, a zero when digits follow ("o five five" is a number, not a run).
    if o && !prev.is_some_and(|p| p != Spell::Digits) {
        match prev {
            Some(_) => return number_item(w, k, false).map(|(n, p)| (n, p, Spell::Digits)),
            None if number_item(w, k, true).is_some() => return None,
            None => {}
        }
    }
    if let Some(item) = letter_item(w, k) {
        return Some(item);
    }
    // A run starts with a letter; an ordinal ("twenty first") ends it.
    if prev.is_none() || ordinal(w, k).is_some() {
        return None;
    }
    number_item(w, k, false).map(|(n, p)| (n, p, Spell::Digits))
}

/// A spelled run starting at word `i`, as one token: letters ("s m i t h", "s. m. i. t. h.",
/// "S-M-I-T-H", "k as in kilo o w a l s k i" → `smith`, `kowalski`) and, with `digits`, the
/// digits said among them ("G B eight two W E S T one two …" → `gb82west12…`, "D one two three" → `d123`).
/// It starts with a letter; without digits it needs `min_letters` letters. Letter names count
/// only between two sure letters or digits, and "a"/"i" never next to digits at its edges, so
/// "plan b see you", "I see a" and "a 1234" are left alone. With `joiners`, dashes and
/// punctuation-only words between items are dropped as in digit runs.
pub(super) fn spelled_run(
    w: &[Cleaned],
    i: usize,
    min_letters: usize,
    joiners: bool,
    digits: bool,
) -> Option<(usize, Pieces<'_>)> {
    if !w.get(i)?.spell {
        return None;
    }
    let first = spell_item(w, i, None)?;
    if first.2 == Spell::Soft {
        return None;
    }
    let mut items = vec![first];
    let mut k = items[0].0;
    while k < w.len() && k - i < MAX_SPELLED_WORDS {
        let mut j = k;
        if joiners {
            while j < w.len() && class_at(w, j) == Num::Joiner {
                j += 1;
            }
        }
        let Some(item) = spell_item(w, j, items.last().map(|x| x.2)) else {
            break;
        };
        if !digits && item.2 == Spell::Digits {
            break;
        }
        k = item.0;
        items.push(item);
    }
    // Cut the run at the first stretch of letter names without a strong item somewhere before
    // it and one right after it ("a"/"i" in between allowed: "t a why l o r", "s aitch a w").
    let mut strong_before = false;
    let mut a = 0;
    while a < items.len() {
        if items[a].2 != Spell::Soft {
            strong_before |= items[a].2.strong();
            a += 1;
            continue;
        }
        let b = (a..items.len())
            .find(|&b| !matches!(items[b].2, Spell::Soft | Spell::Weak))
            .unwrap_or(items.len());
        if !(strong_before && b < items.len() && items[b].2.strong()) {
            items.truncate(a);
            break;
        }
        a = b;
    }
    // "a"/"i" right after digits is a word ("… 1234 a …"), and so is one right before them.
    while let [.., (_, _, Spell::Digits), (_, _, Spell::Weak)] = items[..] {
        items.pop();
    }
    if let [(_, _, Spell::Weak), (_, _, Spell::Digits), ..] = items[..] {
        return None;
    }
    let letters: usize = items.iter().map(|x| x.2.letters()).sum();
    let digits = items.iter().any(|x| x.2 == Spell::Digits);
    let spelled = items.iter().any(|x| x.2 == Spell::AsIn);
    // Without digits, at least one sure letter: "i a" and "a see i" are words.
    let sure = items
        .iter()
        .any(|x| matches!(x.2, Spell::Letters(_) | Spell::AsIn));
    if !digits && !spelled && (letters < min_letters || !sure) {
        return None;
    }
    let end = items.last().map(|x| x.0)?;
    Some((end, items.into_iter().flat_map(|x| x.1).collect()))
}

/// Whether word `i` of `bares` (lower-case, punctuation-stripped words) could be inside a
/// spelled run still being said, for the streaming hold-back: a letter; a letter name or
/// "a"/"i" right after a letter that is itself held (`prev_open`); "as" after a letter, "in"
/// after "<letter> as", and the example word after "<letter> as in".
pub fn in_spelling(bares: &[String], i: usize, prev_open: bool) -> bool {
    let b = |k: usize| bares[k].as_str();
    let letter = |k: usize| matches!(spelling(b(k)), Some(Spelling::Letter | Spelling::Name));
    match spelling(b(i)) {
        Some(Spelling::Letter) => true,
        Some(Spelling::Weak | Spelling::Name) => i > 0 && letter(i - 1) && prev_open,
        None => match b(i) {
            "as" => i > 0 && letter(i - 1),
            "in" => i > 1 && b(i - 1) == "as" && letter(i - 2),
            _ => i > 2 && b(i - 1) == "in" && b(i - 2) == "as" && letter(i - 3),
        },
    }
}

/// The spelled runs of letters among `words` (no digits: a name is letters), scanned left to
/// right: each run's words and its letters joined (`smith` for "s m i t h", `d` for "d as in
/// david"). Runs of `spelled_run`'s grammar, so the name pass and the normalized view agree
/// on what was spelled.
pub fn spelled_letters<S: AsRef<str>>(words: &[S]) -> Vec<(Range<usize>, String)> {
    let w: Vec<Cleaned> = words.iter().map(|x| Cleaned::new(x.as_ref())).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        match spelled_run(&w, i, SPELLED_MIN_LETTERS, false, false) {
            Some((end, pieces)) => {
                out.push((i..end, pieces.iter().map(|(s, _)| s.as_ref()).collect()));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{norm, words_of};

    #[test]
    fn spelled_letters_become_one_token() {
        for s in [
            "S M I T H",
            "s. m. i. t. h.",
            "S-M-I-T-H",
            "S.M.I.T.H.",
            "s - m - i - t - h",
            "s m i t h",
        ] {
            assert_eq!(norm(s).text(), "smith", "{s}");
        }
        let n = norm("it is S M I T H thanks");
        assert_eq!(n.text(), "it is smith thanks");
        assert_eq!(words_of(&n, "smith"), 2..7);
        assert_eq!(norm("k o w a l s k i").text(), "kowalski");
        assert_eq!(norm("j o h n s o n").text(), "johnson");
        // "double l" and "triple x".
        assert_eq!(norm("b o double l").text(), "boll");
        assert_eq!(norm("m i double s").text(), "miss");
        assert_eq!(norm("x triple x").text(), "xxxx");
        // Round seven's `joe` (a tuning set since): letters and digits written as one word.
        assert_eq!(norm("D-O-B-11-04-76.").text(), "dob110476");
        let n = norm("it's D-O-B-11-04-76");
        assert_eq!(words_of(&n, "dob110476"), 1..2);
        assert_eq!(norm("my P-I-N-4432 thanks").text(), "my pin4432 thanks");
        // Not digits first, nor a single letter.
        assert_eq!(norm("11-04-d-o").text(), "11-04-d-o");
    }

    #[test]
    fn single_letters_in_speech_are_left_alone() {
        for s in [
            "a cat and i",
            "i am a b student",
            "plan b",
            "u.s",
            "take a 5 minute break",
            "i 5",
            "vitamin",
        ] {
            assert_eq!(norm(s).text(), s, "{s}");
        }
        // Three letters are a spelled run: acronyms join, harmlessly.
        assert_eq!(norm("the f b i").text(), "the fbi");
    }

    #[test]
    fn letter_names_count_only_inside_a_run() {
        for s in [
            "i see you",
            "see you why",
            "you see",
            "plan b see you",
            "i see a problem",
            "thank you",
            "why bee",
            "double you",
            "s m i t h see you later",
        ] {
            let n = norm(s);
            assert!(
                !n.text().contains("cu") && !n.text().contains("ica"),
                "{s} -> {}",
                n.text()
            );
        }
        assert_eq!(
            norm("s m i t h see you later").text(),
            "smith see you later"
        );
        // Between sure letters or digits they are letters.
        assert_eq!(norm("s see o t t").text(), "scott");
        assert_eq!(norm("b ee e").text(), "bee");
        assert_eq!(norm("t a why l o r").text(), "taylor");
        assert_eq!(norm("n g you y e n").text(), "nguyen");
        assert_eq!(norm("a b see d").text(), "abcd");
        assert_eq!(norm("w double you w").text(), "www");
        let n = norm("s aitch a w");
        assert_eq!(n.text(), "shaw");
        assert_eq!(n.word_range(1..2), 1..2);
        // "zed", "zee", "ex", "cue", "pee", "ar", "ess", "tee", "vee", "el", "em", "en", "jay",
        // "kay", "gee", "eff", "dee", "bee".
        assert_eq!(
            norm("x a zed b zee c ex d cue e pee f ar g ess h tee j vee k el l em m en n jay o kay p gee q eff r dee s bee t").text(),
            "xazbzcxdqepfrgshtjvkllmmnnjokpgqfrdsbt"
        );
    }

    #[test]
    fn spelled_ids_with_digits() {
        let n = norm("my licence is D one two three four five six seven ok");
        assert_eq!(n.text(), "my licence is d1234567 ok");
        assert_eq!(words_of(&n, "d1234567"), 3..11);
        assert_eq!(norm("A B 1 2 3 4").text(), "ab1234");
        assert_eq!(norm("a b one two three four").text(), "ab1234");
        assert_eq!(norm("x y twelve thirty four").text(), "xy1234");
        assert_eq!(
            norm("G B eight two W E S T one two three four five six nine eight seven six five four three two").text(),
            "gb82west12345698765432"
        );
        assert_eq!(
            norm("G B 8 2, W E S T, 1 2 3 4, 5 6 9 8, 7 6 5 4, 3 2.").text(),
            "gb82west12345698765432"
        );
        assert_eq!(
            norm("n l nine one a b n a zero four one seven one six four three zero zero").text(),
            "nl91abna0417164300"
        );
        // A letter after the digits ends a UK National Insurance number.
        assert_eq!(
            norm("q q one two three four five six c").text(),
            "qq123456c"
        );
        assert_eq!(
            norm("passport x y dash one two three").text(),
            "passport xy123"
        );
        // "o" after a letter is the letter, after a digit a zero.
        assert_eq!(norm("d o one two").text(), "do12");
        assert_eq!(norm("d one o two").text(), "d102");
        assert_eq!(norm("d one double o two").text(), "d1002");
        // "a" and "i" next to digits are words.
        assert_eq!(norm("a 1234").text(), "a 1234");
        assert_eq!(norm("i 555 1234").text(), "i 5551234");
        assert_eq!(norm("d 1234 a day").text(), "d1234 a day");
        // A run never starts with digits: a digit run stays a digit run.
        assert_eq!(norm("4111 1111 b").text(), "41111111 b");
        // An ordinal ends a run.
        assert_eq!(norm("a b c twenty first").text(), "abc 21st");
    }

    #[test]
    fn as_in_spelling() {
        let n = norm("it is D as in David thanks");
        assert_eq!(n.text(), "it is d thanks");
        assert_eq!(words_of(&n, "d"), 2..6);
        assert_eq!(norm("M as in Mary").text(), "m");
        let n = norm("k as in kilo o w a l s k i");
        assert_eq!(n.text(), "kowalski");
        assert_eq!(words_of(&n, "kowalski"), 0..11);
        assert_eq!(n.word_range(0..1), 0..4, "the k stands for 'k as in kilo'");
        assert_eq!(n.word_range(1..2), 4..5);
        assert_eq!(norm("s as in sam m i t h as in harry").text(), "smith");
        assert_eq!(norm("em as in mary a r y").text(), "mary");
        assert_eq!(norm("b as in x-ray one two").text(), "b12");
        // A letter name needs a matching example word; an ordinary "as in" stays.
        assert_eq!(norm("see as in the film").text(), "see as in the film");
        assert_eq!(norm("such as in march").text(), "such as in march");
        assert_eq!(norm("d as in").text(), "d as in");
        assert_eq!(norm("i as in india").text(), "i");
        assert_eq!(norm("i as in tea").text(), "i as in tea");
    }

    #[test]
    fn double_you_stands_for_both_words() {
        let n = norm("a b double you x");
        assert_eq!(n.text(), "abwx");
        assert_eq!(n.word_range(2..3), 2..4);
        assert_eq!(n.word_range(3..4), 4..5);
    }

    #[test]
    fn letters_only_runs_for_names() {
        let runs = |t: &str| super::spelled_letters(&t.split(' ').collect::<Vec<_>>());
        assert_eq!(runs("that's s m i t h"), vec![(1..6, "smith".to_string())]);
        assert_eq!(
            runs("spelled d as in david o e"),
            vec![(1..7, "doe".to_string())]
        );
        assert_eq!(runs("s see o t t"), vec![(0..5, "scott".to_string())]);
        // Digits end a run of letters: "smith" is the name, not "smith12".
        assert_eq!(runs("s m i t h 1 2"), vec![(0..5, "smith".to_string())]);
        assert_eq!(runs("i see you"), vec![]);
    }
}
