//! Spoken e-mail addresses and domains: "sarah dot johnson at gmail dot com" →
//! `sarah.johnson@gmail.com`, only where the words form a plausible address (a known top-level
//! domain, a local part that is not a common word). Part of the normalized view; reports no
//! entities (the `email` and `url` recognizers do).

use super::*;

/// Spoken words that join address parts; never a part themselves.
pub(super) const ADDRESS_KEYWORDS: &[&str] =
    &["at", "@", "dot", "underscore", "dash", "hyphen", "plus"];

/// Common words that precede "at" or "dot" in ordinary speech ("looked at", "the dot com
/// bubble"). A one-word local part or first domain label from this list is not an address.
pub(super) const STOPWORDS: &[&str] = &[
    "a", "an", "the", "is", "am", "are", "was", "were", "be", "been", "being", "it", "its", "this",
    "that", "these", "those", "there", "here", "me", "him", "her", "us", "them", "you", "i", "we",
    "they", "he", "she", "my", "your", "our", "their", "his", "one", "all", "up", "out", "in",
    "on", "of", "to", "for", "and", "or", "but", "so", "not", "no", "yes", "just", "only", "also",
    "what", "who", "where", "when", "how", "why", "which", "look", "looked", "looking", "looks",
    "stay", "stayed", "staying", "work", "works", "worked", "working", "meet", "met", "arrive",
    "arrived", "live", "lives", "lived", "living", "go", "went", "going", "come", "came", "coming",
    "sign", "signed", "stare", "stared", "staring", "laugh", "laughed", "laughing", "point",
    "pointed", "pointing", "aim", "shop", "shopping", "eat", "ate", "eating", "smile", "smiled",
    "good", "great", "best", "now", "then", "still", "again", "back", "home", "once", "least",
    "most", "first", "last", "times", "time", "night", "noon", "bubble",
];

pub(super) fn is_local_label(w: &str) -> bool {
    is_label(w, b"._%+-")
}

pub(super) fn is_domain_label(w: &str) -> bool {
    is_label(w, b".-")
}

/// An address part: ASCII alphanumerics plus `extra`, starting and ending alphanumeric.
pub(super) fn is_label(w: &str, extra: &[u8]) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && !ADDRESS_KEYWORDS.contains(&w)
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
}

/// What one part of a spoken local part is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Local {
    /// A word ("kowalski", "sarah.j").
    Word,
    /// Spelled letters, maybe with digits ("j", "s m i t h", "k as in kilo o w").
    Spelled,
    /// A number ("eighty two", "1982").
    Digits,
}

/// The spoken separator a local part may contain.
pub(super) fn local_separator(w: &str) -> Option<&'static str> {
    Some(match w {
        "dot" => ".",
        "underscore" => "_",
        "dash" | "hyphen" => "-",
        "plus" => "+",
        _ => return None,
    })
}

/// A number said inside a local part ("nguyen eighty two", "j oh seven"), without the joiners
/// a digit run takes: in an address a "dash" is a character.
pub(super) fn local_digits(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>)> {
    let mut pieces = Pieces::new();
    let mut j = k;
    while let Some((next, item)) = number_item(w, j, pieces.is_empty()) {
        if item.first().is_some_and(|(s, _)| s.starts_with('+')) {
            break;
        }
        pieces.extend(item);
        j = next;
    }
    (j > k).then_some((j, pieces))
}

/// One part of a local part at word `k`.
pub(super) fn local_unit(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>, Local)> {
    if let Some((next, p)) = spelled_run(w, k, 1, false, true) {
        return Some((next, p, Local::Spelled));
    }
    if let Some((next, p)) = local_digits(w, k) {
        return Some((next, p, Local::Digits));
    }
    let x = w.get(k)?;
    (x.num == Num::Other && is_local_label(x))
        .then(|| (k + 1, vec![(x.as_str().into(), k)], Local::Word))
}

/// `<part> (<separator>? <part>)* (at|@) <domain>` starting at word `i`: parts are words,
/// spelled letters and numbers; separators are "dot", "underscore", "dash"/"hyphen" and
/// "plus". Parts follow each other without a separator only where the later one is a number
/// ("nguyen eighty two" → `nguyen82`), so "is j smith at …" does not swallow "is j".
pub(super) fn spoken_email(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    let (mut j, mut pieces, mut kind) = local_unit(w, i)?;
    // A one-word part from the stop list: "looked at …", "the 5 at …".
    let stop_at = |start: usize, end: usize| end == start + 1 && w[start].stop();
    let first_end = j;
    let mut parts = 1;
    let mut part_start = i;
    loop {
        if let Some(sep) = w.get(j).and_then(|x| local_separator(x)) {
            let Some((next, p, k)) = local_unit(w, j + 1) else {
                break;
            };
            pieces.push((sep.into(), j));
            pieces.extend(p);
            part_start = j + 1;
            (j, kind) = (next, k);
        } else if kind != Local::Digits {
            let Some((next, p)) = local_digits(w, j).filter(|_| !stop_at(part_start, j)) else {
                break;
            };
            pieces.extend(p);
            part_start = j;
            (j, kind) = (next, Local::Digits);
        } else {
            break;
        }
        parts += 1;
    }
    if !matches!(w.get(j).map(|x| x.as_str()), Some("at" | "@")) {
        return None;
    }
    if parts == 1 && stop_at(i, first_end) {
        return None;
    }
    let (end, domain) = domain(w, j + 1)?;
    pieces.push(("@".into(), j));
    pieces.extend(domain);
    Some((end, pieces))
}

/// A domain spoken with at least one "dot" ("example dot com", "w w w dot example dot co dot
/// uk"). Written domains ("example.com") are already one word and need no joining.
pub(super) fn spoken_domain(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    domain(w, i).filter(|(end, _)| w[i..*end].iter().any(|x| x == "dot"))
}

/// One domain label at word `k`: a word, or spelled letters ("w w w", "a b c").
pub(super) fn domain_label(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>)> {
    if let Some(run) = spelled_run(w, k, SPELLED_MIN_LETTERS, false, true) {
        return Some(run);
    }
    let x = w.get(k)?;
    is_domain_label(x).then(|| (k + 1, vec![(x.as_str().into(), k)]))
}

/// Whether the label made of `pieces` ends in a known top-level domain ("com", "gmail.com").
pub(super) fn ends_in_tld(pieces: &[(Cow<'_, str>, usize)]) -> bool {
    match pieces {
        [(s, _)] => s.rsplit('.').next().is_some_and(is_known_tld),
        _ => is_known_tld(&pieces.iter().map(|(s, _)| s.as_ref()).collect::<String>()),
    }
}

/// The longest `<label> ((dot|dash) <label>)*` starting at word `j` whose last label ends in a
/// known top-level domain. The first label may be written ("gmail.com"), but not a stop word.
pub(super) fn domain(w: &[Cleaned], j: usize) -> Option<(usize, Pieces<'_>)> {
    let (mut k, mut pieces) = domain_label(w, j)?;
    let first_end = k;
    // A written first label ("gmail.com") may already end the domain.
    let mut best = (pieces.len() == 1 && pieces[0].0.contains('.') && ends_in_tld(&pieces))
        .then_some((k, pieces.len()));
    while k + 1 < w.len() {
        let sep = match w[k].as_str() {
            "dot" => ".",
            "dash" | "hyphen" => "-",
            _ => break,
        };
        let Some((next, label)) = domain_label(w, k + 1) else {
            break;
        };
        let tld = sep == "." && ends_in_tld(&label);
        pieces.push((sep.into(), k));
        pieces.extend(label);
        k = next;
        if tld {
            best = Some((k, pieces.len()));
        }
    }
    let (end, n) = best?;
    if first_end == j + 1 && w[j].stop() {
        return None;
    }
    pieces.truncate(n);
    Some((end, pieces))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{norm, words_of};

    #[test]
    fn spoken_email() {
        let n = norm("it is sarah dot johnson at gmail dot com thanks");
        assert_eq!(n.text(), "it is sarah.johnson@gmail.com thanks");
        assert_eq!(words_of(&n, "sarah.johnson@gmail.com"), 2..9);
        assert_eq!(
            norm("john underscore smith at example dot co dot uk").text(),
            "john_smith@example.co.uk"
        );
        assert_eq!(
            norm("Sarah.Johnson at gmail.com").text(),
            "sarah.johnson@gmail.com"
        );
        // Round eleven's joe (a tuning set since), as Whisper wrote it.
        assert_eq!(
            norm("Deepwater underscore Ezra 9 at Prokon.me.").text(),
            "deepwater_ezra9@prokon.me"
        );
        assert_eq!(
            norm("kim dot lee at proton dot me").text(),
            "kim.lee@proton.me"
        );
        // Overshooting labels are trimmed back to the last known TLD.
        assert_eq!(
            norm("bob at mail dot com dot she").text(),
            "bob@mail.com dot she"
        );
    }

    #[test]
    fn at_and_dot_in_ordinary_speech_are_left_alone() {
        for s in [
            "we met at the store dot",
            "i looked at google dot store",
            "look at it",
            "email me at home",
            "the dot com bubble",
            "she arrived at noon",
        ] {
            let n = norm(s);
            assert!(!n.text().contains('@'), "{s} -> {}", n.text());
        }
        assert_eq!(norm("the dot com bubble").text(), "the dot com bubble");
        assert_eq!(
            norm("looked at amazon dot com").text(),
            "looked at amazon.com"
        );
    }

    #[test]
    fn spoken_domains() {
        let n = norm("visit w w w dot example dot com today");
        assert_eq!(n.text(), "visit www.example.com today");
        assert_eq!(words_of(&n, "www.example.com"), 1..8);
        assert_eq!(norm("example dot org").text(), "example.org");
        assert_eq!(norm("example dot nothing").text(), "example dot nothing");
    }

    #[test]
    fn spoken_email_with_spelling_digits_and_separators() {
        let n = norm("it is r dot kowalski at gmail dot com ok");
        assert_eq!(n.text(), "it is r.kowalski@gmail.com ok");
        assert_eq!(words_of(&n, "r.kowalski@gmail.com"), 2..9);
        let n = norm("j underscore nguyen eighty two at outlook dot com");
        assert_eq!(n.text(), "j_nguyen82@outlook.com");
        assert_eq!(words_of(&n, "j_nguyen82@outlook.com"), 0..9);
        assert_eq!(norm("s m i t h at gmail dot com").text(), "smith@gmail.com");
        assert_eq!(
            norm("j o h n dot s m i t h one nine at yahoo dot co dot uk").text(),
            "john.smith19@yahoo.co.uk"
        );
        assert_eq!(
            norm("mary dash ann plus news at proton dot org").text(),
            "mary-ann+news@proton.org"
        );
        assert_eq!(
            norm("mary hyphen ann at example dot org").text(),
            "mary-ann@example.org"
        );
        assert_eq!(
            norm("k as in kilo o w a l s k i at gmail dot com").text(),
            "kowalski@gmail.com"
        );
        assert_eq!(
            norm("sarah one nine eight two at gmail dot com").text(),
            "sarah1982@gmail.com"
        );
        assert_eq!(
            norm("james oh seven at mi6 dot uk").text(),
            "james07@mi6.uk"
        );
        // Spelled domain labels.
        assert_eq!(norm("bob at a b c dot com").text(), "bob@abc.com");
        // Two words are not joined, and a stop word does not start a part.
        assert_eq!(
            norm("it is j smith at gmail dot com").text(),
            "it is j smith@gmail.com"
        );
        assert_eq!(norm("is five at gmail dot com").text(), "is 5@gmail.com");
        assert_eq!(norm("i met twenty two at noon").text(), "i met 22 at noon");
        assert_eq!(norm("two plus two at home").text(), "2 plus 2 at home");
    }
}
