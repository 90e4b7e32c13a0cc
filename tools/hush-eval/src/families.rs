//! Scored families: which gold labels are scored, and which predicted kinds count for each.
//!
//! Datasets and detectors name things differently (Presidio's `STREET_ADDRESS` is hush's
//! `ADDRESS`, `LOCATION` and `ZIP`, which hush reports separately), so a score is only fair over a
//! table that says, per gold label, which predicted kinds find it. The table is the one place
//! those decisions live:
//!
//! | family (Presidio label) | predicted kinds that count |
//! |---|---|
//! | PERSON | PERSON |
//! | STREET_ADDRESS | ADDRESS, LOCATION, ZIP |
//! | PHONE_NUMBER | PHONE |
//! | EMAIL_ADDRESS | EMAIL |
//! | CREDIT_CARD | CREDIT_CARD |
//! | US_SSN | SSN |
//! | IBAN_CODE | IBAN |
//! | DATE_TIME | DATE, CARD_EXPIRY |
//!
//! Other Presidio labels (GPE, ORGANIZATION, TITLE, ZIP_CODE, AGE, NRP, ...) are *unscored*:
//! neither counted as gold nor held against a prediction that overlaps them.
//!
//! The spoken set is labelled with hush kinds, so there each kind is its own family, with a few
//! kinds that are easily told apart by a listener but not by a detector accepted for each other
//! ([`spoken_compat`]): an address found as a location still is found.

use hush::detect::EntityKind;

/// One scored family.
#[derive(Debug, Clone)]
pub struct Family {
    /// The family's name in reports (the gold label).
    pub name: String,
    /// Predicted kinds that find an item of this family.
    pub accepts: Vec<EntityKind>,
    /// Whether the item's words (not just its digits) identify someone: names, addresses,
    /// e-mail addresses. Text-mode leak checks look at leftover words only for these.
    pub wordy: bool,
}

/// A set of families plus the mapping from gold labels and predicted kinds onto them.
#[derive(Debug, Clone)]
pub struct Scheme {
    pub name: &'static str,
    pub families: Vec<Family>,
    /// Gold label → family index.
    labels: Vec<(String, usize)>,
}

impl Scheme {
    /// A scheme whose gold labels are its family names.
    fn new(name: &'static str, families: Vec<Family>) -> Scheme {
        let labels = families
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.clone(), i))
            .collect();
        Scheme {
            name,
            families,
            labels,
        }
    }

    /// The Presidio synthetic dataset's scored families (see the module docs).
    pub fn presidio() -> Scheme {
        use EntityKind::*;
        let table: [(&str, &[EntityKind], bool); 8] = [
            ("PERSON", &[Person], true),
            ("STREET_ADDRESS", &[Address, Location, Zip], true),
            ("PHONE_NUMBER", &[Phone], false),
            ("EMAIL_ADDRESS", &[Email], true),
            ("CREDIT_CARD", &[CreditCard], false),
            ("US_SSN", &[Ssn], false),
            ("IBAN_CODE", &[Iban], false),
            ("DATE_TIME", &[Date, CardExpiry], false),
        ];
        let families: Vec<Family> = table
            .iter()
            .map(|(name, accepts, wordy)| Family {
                name: name.to_string(),
                accepts: accepts.to_vec(),
                wordy: *wordy,
            })
            .collect();
        Scheme::new("presidio", families)
    }

    /// One family per hush kind, with [`spoken_compat`] deciding what else finds it.
    pub fn spoken() -> Scheme {
        let families: Vec<Family> = EntityKind::ALL
            .iter()
            .map(|&k| Family {
                name: k.as_str().to_string(),
                accepts: spoken_compat(k),
                wordy: matches!(
                    k,
                    EntityKind::Person
                        | EntityKind::Address
                        | EntityKind::Location
                        | EntityKind::Email
                ),
            })
            .collect();
        Scheme::new("spoken", families)
    }

    /// The family a gold label is scored in; `None`: unscored.
    pub fn family_of_label(&self, label: &str) -> Option<usize> {
        self.labels
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(label))
            .map(|(_, i)| *i)
    }

    /// The family a false positive of `kind` is charged to: the family named after it, else the
    /// first family that accepts it; `None` when no family does (the prediction is not scored).
    pub fn home(&self, kind: EntityKind) -> Option<usize> {
        self.family_of_label(kind.as_str())
            .filter(|&i| self.families[i].accepts.contains(&kind))
            .or_else(|| self.families.iter().position(|f| f.accepts.contains(&kind)))
    }

    pub fn accepts(&self, family: usize, kind: EntityKind) -> bool {
        self.families[family].accepts.contains(&kind)
    }
}

/// Predicted kinds that find a gold item of `kind` on the spoken set: the kind itself plus the
/// kinds a detector may fairly report for the same words.
pub fn spoken_compat(kind: EntityKind) -> Vec<EntityKind> {
    use EntityKind::*;
    let ids = [IdNumber, DriverLicense, Passport, MedicalRecord, HealthPlan];
    let mut accepts = match kind {
        Address => vec![Address, Location, Zip],
        Location => vec![Location, Address],
        Zip => vec![Zip, Address, Location],
        Date => vec![Date, CardExpiry],
        CardExpiry => vec![CardExpiry, Date],
        IdNumber => ids.to_vec(),
        DriverLicense | Passport | MedicalRecord | HealthPlan => vec![kind, IdNumber],
        other => vec![other],
    };
    // `numbers = "all"` reports any number as NUMBER: it finds every kind that is a number.
    // Not an address, a place, a name or a written address, whose words are more than a number.
    if !matches!(kind, Person | Email | Url | Address | Location | Number) {
        accepts.push(Number);
    }
    accepts
}

/// A Presidio (or other external tool's) entity type as a hush kind; `None`: not mapped (the
/// span still counts as redacted for leak checks, but is not scored).
pub fn external_kind(label: &str) -> Option<EntityKind> {
    use EntityKind::*;
    Some(match label.to_ascii_uppercase().as_str() {
        "PERSON" => Person,
        "LOCATION" => Location,
        "PHONE_NUMBER" => Phone,
        "EMAIL_ADDRESS" => Email,
        "CREDIT_CARD" => CreditCard,
        "US_SSN" => Ssn,
        "IBAN_CODE" => Iban,
        "DATE_TIME" => Date,
        "US_BANK_NUMBER" => BankAccount,
        "US_DRIVER_LICENSE" => DriverLicense,
        "US_PASSPORT" => Passport,
        "IP_ADDRESS" => IpAddress,
        "URL" => Url,
        other => return EntityKind::parse(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presidio_table() {
        let s = Scheme::presidio();
        let addr = s.family_of_label("STREET_ADDRESS").unwrap();
        assert!(s.accepts(addr, EntityKind::Location));
        assert!(s.accepts(addr, EntityKind::Zip));
        assert_eq!(s.home(EntityKind::Zip), Some(addr));
        assert_eq!(s.family_of_label("GPE"), None, "GPE is unscored");
        assert_eq!(s.home(EntityKind::IpAddress), None);
        let date = s.family_of_label("DATE_TIME").unwrap();
        assert_eq!(s.home(EntityKind::CardExpiry), Some(date));
    }

    #[test]
    fn spoken_families_are_kinds() {
        let s = Scheme::spoken();
        let addr = s.family_of_label("ADDRESS").unwrap();
        assert!(s.accepts(addr, EntityKind::Location));
        assert_eq!(s.home(EntityKind::Location), s.family_of_label("LOCATION"));
        let card = s.family_of_label("credit_card").unwrap();
        assert!(!s.accepts(card, EntityKind::BankAccount));
    }

    #[test]
    fn external_types() {
        assert_eq!(external_kind("US_SSN"), Some(EntityKind::Ssn));
        assert_eq!(external_kind("DATE_TIME"), Some(EntityKind::Date));
        assert_eq!(external_kind("NRP"), None);
        assert_eq!(external_kind("UK_NHS"), None);
    }
}
