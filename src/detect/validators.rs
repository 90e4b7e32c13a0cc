//! Checksums and format rules that turn a regex candidate into a validated match.
//!
//! A recognizer's pattern only says "this looks like a card number"; these functions say "this
//! *is* a well-formed card number" (Luhn), IBAN (ISO 13616 mod-97), US SSN (SSA area/group/serial
//! rules), ABA routing number (3-7-1 checksum), NANP phone number, IPv4 address, numeric date,
//! card expiry, date of birth, ZIP code, VIN (ISO 3779 check digit), IMEI (Luhn).
//! Keeping them apart from the patterns (Presidio's recognizer/validator split) lets each be
//! tested on its own and reused: the operators and the normalizer share the TLD list, several
//! recognizers share Luhn, the normalizer and the date recognizer share the date shapes.
//!
//! Every function takes ASCII digits (or, for IBAN, ASCII alphanumerics) with separators already
//! removed, except [`numeric_date`], whose separators are part of the shape, and returns `false`
//! for anything else rather than panicking.

/// True when `s` is non-empty and all ASCII digits.
pub fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// True when every digit is the same ("0000000000000000" passes Luhn but is no card).
pub fn repeated_digit(s: &str) -> bool {
    s.bytes().all(|b| Some(b) == s.bytes().next())
}

/// The Luhn (mod-10) check used by payment cards.
pub fn luhn(digits: &str) -> bool {
    if !all_digits(digits) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// The card network whose issuer identification number (IIN) prefix and length `digits` match,
/// if any. A known prefix raises confidence; an unknown one does not rule a card out.
pub fn card_network(digits: &str) -> Option<&'static str> {
    if !all_digits(digits) {
        return None;
    }
    let len = digits.len();
    let prefix = |n: usize| digits[..n.min(len)].parse::<u32>().unwrap_or(0);
    let (p1, p2, p3, p4) = (prefix(1), prefix(2), prefix(3), prefix(4));
    match () {
        _ if p1 == 4 && matches!(len, 13 | 16 | 19) => Some("visa"),
        _ if ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16 => {
            Some("mastercard")
        }
        _ if matches!(p2, 34 | 37) && len == 15 => Some("amex"),
        _ if (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65) && (16..=19).contains(&len) => {
            Some("discover")
        }
        _ if (3528..=3589).contains(&p4) && (16..=19).contains(&len) => Some("jcb"),
        _ if ((300..=305).contains(&p3) || matches!(p2, 36 | 38 | 39))
            && (14..=19).contains(&len) =>
        {
            Some("diners")
        }
        _ if p2 == 62 && (16..=19).contains(&len) => Some("unionpay"),
        _ if matches!(p2, 50 | 56..=58) && (12..=19).contains(&len) => Some("maestro"),
        _ => None,
    }
}

/// US Social Security number rules: 9 digits; area not 000, 666 or 900–999; group not 00; serial
/// not 0000; and not one of the numbers published in advertising or as examples.
pub fn ssn(digits: &str) -> bool {
    if digits.len() != 9 || !all_digits(digits) || repeated_digit(digits) {
        return false;
    }
    let (area, group, serial) = (&digits[..3], &digits[3..5], &digits[5..]);
    let area_ok = area != "000" && area != "666" && !area.starts_with('9');
    // 078-05-1120 (the Woolworth wallet card) and 219-09-9999 (an SSA ad) were never issued;
    // "123456789" is someone counting.
    let published = matches!(digits, "078051120" | "219099999" | "123456789");
    area_ok && group != "00" && serial != "0000" && !published
}

/// ABA routing transit number: 9 digits, a valid Federal Reserve prefix and the 3-7-1 checksum.
pub fn aba_routing(digits: &str) -> bool {
    if digits.len() != 9 || !all_digits(digits) || repeated_digit(digits) {
        return false;
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let prefix = d[0] * 10 + d[1];
    let prefix_ok = matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80);
    let sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
    prefix_ok && sum.is_multiple_of(10)
}

/// A 10-digit North American number: area code and exchange each start with 2–9.
pub fn nanp(digits: &str) -> bool {
    let b = digits.as_bytes();
    digits.len() == 10 && all_digits(digits) && b[0] >= b'2' && b[3] >= b'2'
}

/// A dotted-quad IPv4 address with every octet in 0–255 and no leading zeros (which some
/// parsers read as octal, and which real speakers don't produce).
pub fn ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            all_digits(p)
                && p.len() <= 3
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

/// Registered IBAN length per country (ISO 13616 registry, the commonly used subset).
pub fn iban_length(country: &str) -> Option<usize> {
    // "CCnn": country code and length, e.g. GB22.
    const LENGTHS: &str =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 \
         EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IS26 \
         IT27 JO30 KW30 KZ20 LB28 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 \
         NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SE24 SI19 SK24 SM27 TN24 TR26 UA29 VG24 \
         XK20";
    LENGTHS
        .split_ascii_whitespace()
        .find(|e| e[..2].eq_ignore_ascii_case(country))
        .and_then(|e| e[2..].parse().ok())
}

/// IBAN check: known country, registered length, and ISO 7064 mod-97 of the rearranged number
/// equal to 1. Case-insensitive; `iban` must have no spaces.
pub fn iban(iban: &str) -> bool {
    let b = iban.as_bytes();
    if b.len() < 5 || !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    if !b[..2].iter().all(u8::is_ascii_alphabetic) || !b[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    if iban_length(&iban[..2]) != Some(b.len()) {
        return false;
    }
    // Move the first four characters to the end, read letters as 10..35, reduce mod 97 as we go
    // so the number never overflows.
    let mut rem: u32 = 0;
    for &c in b[4..].iter().chain(&b[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            _ => u32::from(c.to_ascii_uppercase() - b'A') + 10,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// Days in `month` (1–12) of a year that may be a leap year; 0 for no such month.
fn days_in_month(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// Whether `day` can fall in `month` (February 29 is allowed: the year may be a leap year).
pub fn valid_day(month: u32, day: u32) -> bool {
    day >= 1 && day <= days_in_month(month)
}

/// A written numeric date with one separator (`/`, `-` or `.`) used twice: year-month-day
/// ("1982-03-14"), or day and month in either order before a four-digit year ("12/25/1982",
/// "25.12.1982"; with `/` also a two-digit year, "12/25/82"). Day and month must be in range.
/// Phone, card and SSN groups ("415-555-2671", "536-22-8523") have a three- or four-digit first
/// or middle part and never match.
pub fn numeric_date(s: &str) -> bool {
    let Some(sep) = s.chars().find(|c| matches!(c, '/' | '-' | '.')) else {
        return false;
    };
    let parts: Vec<&str> = s.split(sep).collect();
    if parts.len() != 3 || !parts.iter().all(|p| all_digits(p)) {
        return false;
    }
    let n = |p: &str| p.parse::<u32>().unwrap_or(0);
    let (a, b, c) = (parts[0], parts[1], parts[2]);
    let short = |p: &str| (1..=2).contains(&p.len());
    let year = |p: &str| p.len() == 4 && (1800..=2199).contains(&n(p));
    if year(a) && short(b) && short(c) {
        return valid_day(n(b), n(c));
    }
    let year_last = year(c) || (sep == '/' && c.len() == 2);
    short(a) && short(b) && year_last && (valid_day(n(a), n(b)) || valid_day(n(b), n(a)))
}

/// A payment card expiry: month 1–12 and a year written with two digits ("27") or four
/// ("2027", 2000–2099).
pub fn card_expiry(month: u32, year: &str) -> bool {
    let year_ok = match year.len() {
        2 => all_digits(year),
        4 => all_digits(year) && year.starts_with("20"),
        _ => false,
    };
    (1..=12).contains(&month) && year_ok
}

/// A plausible year of birth: two digits ("82"), or four digits from 1900 to 2039.
pub fn birth_year(year: &str) -> bool {
    all_digits(year)
        && match year.len() {
            2 => true,
            4 => (1900..=2039).contains(&year.parse::<u32>().unwrap_or(0)),
            _ => false,
        }
}

/// A date said as digits with no separators, month first ("031482", "03141982", "31482" from
/// "oh three fourteen eighty two", "three fourteen eighty two") or, failing that, day first:
/// `(month, day)` when some split into month, day and a [`birth_year`] is valid. Five to eight
/// digits; the first valid split wins.
pub fn compact_date(digits: &str) -> Option<(u32, u32)> {
    if !all_digits(digits) {
        return None;
    }
    // (month digits, day digits) per length; the rest is the year.
    let splits: &[(usize, usize)] = match digits.len() {
        5 => &[(1, 2), (2, 1)],
        6 => &[(2, 2), (1, 1)],
        7 => &[(1, 2), (2, 1)],
        8 => &[(2, 2)],
        _ => return None,
    };
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    for &(m, d) in splits {
        let (a, b, year) = (&digits[..m], &digits[m..m + d], &digits[m + d..]);
        if !birth_year(year) {
            continue;
        }
        if valid_day(n(a), n(b)) {
            return Some((n(a), n(b)));
        }
        if m == d && valid_day(n(b), n(a)) {
            return Some((n(b), n(a)));
        }
    }
    None
}

/// A US ZIP code: five digits, or nine (ZIP+4, its dash already removed); not all zeros.
pub fn us_zip(digits: &str) -> bool {
    matches!(digits.len(), 5 | 9) && all_digits(digits) && !digits[..5].bytes().all(|b| b == b'0')
}

/// A vehicle identification number's shape (ISO 3779): 17 letters and digits, never I, O or Q,
/// with at least one letter and one digit. Case-insensitive.
pub fn vin_shape(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 17
        && b.iter().all(u8::is_ascii_alphanumeric)
        && !b
            .iter()
            .any(|c| matches!(c.to_ascii_uppercase(), b'I' | b'O' | b'Q'))
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().any(u8::is_ascii_alphabetic)
}

/// A North American VIN: [`vin_shape`] and the check digit in position 9 (weighted sum of the
/// transliterated characters mod 11; 10 is written `X`). Vehicles made for other markets need
/// not carry a check digit.
pub fn vin(s: &str) -> bool {
    if !vin_shape(s) {
        return false;
    }
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let value = |c: u8| -> u32 {
        match c.to_ascii_uppercase() {
            c @ b'0'..=b'9' => u32::from(c - b'0'),
            // A–H 1–8, J–R 1–9 (no O, Q), S–Z 2–9.
            c @ b'A'..=b'H' => u32::from(c - b'A') + 1,
            c @ b'J'..=b'R' => u32::from(c - b'J') + 1,
            c => u32::from(c - b'S') + 2,
        }
    };
    let sum: u32 = s.bytes().zip(WEIGHTS).map(|(c, w)| value(c) * w).sum();
    let check = match sum % 11 {
        10 => b'X',
        r => b'0' + u8::try_from(r).unwrap_or(0),
    };
    s.as_bytes()[8].to_ascii_uppercase() == check
}

/// A mobile device IMEI: 15 digits passing Luhn.
pub fn imei(digits: &str) -> bool {
    digits.len() == 15 && luhn(digits) && !repeated_digit(digits)
}

/// Top-level domains accepted for bare domains and spoken e-mail addresses. Deliberately short:
/// every entry is a way ordinary speech ("the store dot", "it dot …") could be misread, so only
/// endings people actually say aloud are listed.
const KNOWN_TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "mil", "io", "co", "ai", "app", "dev", "info", "biz", "uk",
    "ca", "au", "nz", "ie", "de", "fr", "es", "nl", "ch", "se", "dk", "fi", "pl", "cz", "pt", "br",
    "mx", "jp", "cn", "kr", "eu", "tv", "ly",
    // Country and personal domains that are also words ("proton dot me", "x dot at"): only ever
    // the last label after a dot or at, so "look at me" stays speech. Round eleven's `joe` (a
    // tuning set since) had a proton.me address.
    "me", "us", "in", "it", "be", "at", "za", "sg", "hk", "xyz", "tech", "online",
];

/// True when `tld` (without the dot) is in the known list; case-insensitive.
pub fn is_known_tld(tld: &str) -> bool {
    KNOWN_TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_valid_and_rejects_altered_numbers() {
        assert!(luhn("4111111111111111"));
        assert!(luhn("378282246310005"));
        assert!(luhn("79927398713"));
        assert!(!luhn("4111111111111112"));
        assert!(!luhn("79927398710"));
        assert!(!luhn("4111-1111"));
        assert!(!luhn(""));
    }

    #[test]
    fn card_network_reads_iin_prefixes() {
        assert_eq!(card_network("4111111111111111"), Some("visa"));
        assert_eq!(card_network("5500000000000004"), Some("mastercard"));
        assert_eq!(card_network("2223000048400011"), Some("mastercard"));
        assert_eq!(card_network("378282246310005"), Some("amex"));
        assert_eq!(card_network("6011111111111117"), Some("discover"));
        assert_eq!(card_network("3530111333300000"), Some("jcb"));
        assert_eq!(card_network("30569309025904"), Some("diners"));
        // Right prefix, wrong length for the network.
        assert_eq!(card_network("41111111111111"), None);
        assert_eq!(card_network("9111111111111111"), None);
    }

    #[test]
    fn ssn_rules() {
        assert!(ssn("536228523"));
        assert!(ssn("899451234"));
        for bad in [
            "000451234", // area 000
            "666451234", // area 666
            "900451234", // area 9xx
            "536004523", // group 00
            "536220000", // serial 0000
            "078051120", // Woolworth
            "123456789",
            "111111111",
            "53622852", // 8 digits
            "53622852a",
        ] {
            assert!(!ssn(bad), "{bad}");
        }
    }

    #[test]
    fn aba_checksum_and_prefix() {
        assert!(aba_routing("011000015")); // Federal Reserve Bank of Boston
        assert!(aba_routing("021000021")); // JPMorgan Chase
        assert!(aba_routing("121000358")); // Bank of America
        assert!(!aba_routing("021000022")); // checksum off by one
        assert!(!aba_routing("501000017")); // prefix 50 is unassigned (checksum holds)
        assert!(!aba_routing("02100002"));
    }

    #[test]
    fn nanp_area_and_exchange() {
        assert!(nanp("4155552671"));
        assert!(!nanp("1155552671")); // area starts with 1
        assert!(!nanp("4150552671")); // exchange starts with 0
        assert!(!nanp("415555267"));
    }

    #[test]
    fn ipv4_octets() {
        assert!(ipv4("192.168.1.1"));
        assert!(ipv4("0.0.0.0"));
        assert!(ipv4("255.255.255.255"));
        assert!(!ipv4("256.1.1.1"));
        assert!(!ipv4("1.2.3"));
        assert!(!ipv4("1.2.3.4.5"));
        assert!(!ipv4("01.2.3.4"));
        assert!(!ipv4("1..3.4"));
    }

    #[test]
    fn iban_lengths() {
        assert_eq!(iban_length("GB"), Some(22));
        assert_eq!(iban_length("no"), Some(15));
        assert_eq!(iban_length("XK"), Some(20));
        assert_eq!(iban_length("ZZ"), None);
        assert_eq!(iban_length("G"), None);
    }

    #[test]
    fn iban_mod97() {
        assert!(iban("GB82WEST12345698765432"));
        assert!(iban("gb82west12345698765432"));
        assert!(iban("DE89370400440532013000"));
        assert!(iban("NL91ABNA0417164300"));
        assert!(!iban("GB82WEST12345698765433")); // checksum
        assert!(!iban("GB82WEST1234569876543")); // length for GB
        assert!(!iban("ZZ82WEST12345698765432")); // unknown country
        assert!(!iban("GB82 WEST12345698765432"));
    }

    #[test]
    fn numeric_dates() {
        for ok in [
            "12/25/1982",
            "25/12/1982",
            "25.12.1982",
            "1982-03-14",
            "3/4/82",
            "2/29/2000",
            "1-2-2020",
        ] {
            assert!(numeric_date(ok), "{ok}");
        }
        for bad in [
            "415-555-2671",
            "536-22-8523",
            "13/13/1982", // no month 13
            "4/31/1982",  // April has 30 days
            "1982-14-03",
            "12/25",
            "12-25-82", // two-digit years only with slashes
            "12/25/1982/1",
            "1.2.3.4",
            "3.5",
            "a/b/1982",
            "",
        ] {
            assert!(!numeric_date(bad), "{bad}");
        }
        assert!(valid_day(2, 29) && !valid_day(2, 30) && !valid_day(13, 1) && !valid_day(1, 0));
    }

    #[test]
    fn card_expiries() {
        assert!(card_expiry(4, "27"));
        assert!(card_expiry(12, "2027"));
        assert!(card_expiry(1, "00"));
        assert!(!card_expiry(0, "27"));
        assert!(!card_expiry(13, "27"));
        assert!(!card_expiry(4, "1999"));
        assert!(!card_expiry(4, "7"));
        assert!(!card_expiry(4, "2x"));
    }

    #[test]
    fn birth_years_and_compact_dates() {
        assert!(birth_year("82") && birth_year("1982") && birth_year("2010"));
        assert!(!birth_year("1850") && !birth_year("2150") && !birth_year("982"));
        // "oh three fourteen eighty two" and its variants.
        assert_eq!(compact_date("031482"), Some((3, 14)));
        assert_eq!(compact_date("03141982"), Some((3, 14)));
        assert_eq!(compact_date("31482"), Some((3, 14)));
        assert_eq!(compact_date("3141982"), Some((3, 14)));
        assert_eq!(compact_date("121582"), Some((12, 15)));
        // Day first when month first is impossible.
        assert_eq!(compact_date("140382"), Some((3, 14)));
        assert_eq!(compact_date("25121982"), Some((12, 25)));
        for bad in ["133282", "02301982", "0314", "031418500", "1234", "03148a"] {
            assert_eq!(compact_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn zip_codes() {
        assert!(us_zip("80304"));
        assert!(us_zip("803041234"));
        assert!(!us_zip("00000"));
        assert!(!us_zip("8030"));
        assert!(!us_zip("8030412"));
        assert!(!us_zip("8030a"));
    }

    #[test]
    fn vins() {
        assert!(vin("1HGCM82633A004352"));
        assert!(vin("1hgcm82633a004352"));
        assert!(!vin("11111111111111111"), "no letters");
        assert!(vin("1M8GDM9AXKP042788"), "check digit X");
        assert!(!vin("1HGCM82643A004352"), "check digit off");
        assert!(!vin("1HGCM82633A00435"), "16 characters");
        assert!(!vin("1HGCM82633I004352"), "I is never used");
        assert!(vin_shape("WVWZZZ1JZXW000001"), "European, no check digit");
        assert!(!vin_shape("WVWZZZ1JZXW00000O"));
    }

    #[test]
    fn imeis() {
        assert!(imei("490154203237518"));
        assert!(!imei("490154203237519"));
        assert!(!imei("49015420323751"));
        assert!(!imei("000000000000000"));
    }

    #[test]
    fn tlds() {
        assert!(is_known_tld("com"));
        assert!(is_known_tld("COM"));
        assert!(!is_known_tld("store"));
        assert!(!is_known_tld(""));
    }
}
