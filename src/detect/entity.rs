//! The public entity taxonomy and what the detector reports.
//!
//! An [`Entity`] points at words by index; it never carries the matched text, so an entity can be
//! logged, counted or serialized without leaking what was said.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Stable, public entity types. The NER model's own labels and each recognizer map onto these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityKind {
    Person,
    Email,
    Phone,
    /// Street address: building number, street name, unit.
    Address,
    /// City or state.
    Location,
    Zip,
    /// Government, passport, driver's licence, tax or member ID numbers.
    IdNumber,
    BankAccount,
    RoutingNumber,
    CreditCard,
    Ssn,
    Iban,
    IpAddress,
    Url,
    Date,
    /// Card security code (CVV/CVC), said after its context words.
    Cvv,
    /// Card expiry date ("expires oh four twenty seven").
    CardExpiry,
    DriverLicense,
    Passport,
    /// Medical record number.
    MedicalRecord,
    /// Health plan beneficiary / insurance member number.
    HealthPlan,
    /// Vehicle identifiers: VIN, licence plate.
    VehicleId,
    /// Device identifiers and serial numbers.
    DeviceId,
    /// Any other number of three digits or more, whatever it is: only under a policy with
    /// `numbers = "all"` (the `strict` preset), for recordings where no number may survive.
    Number,
}

impl EntityKind {
    pub const ALL: [EntityKind; 24] = [
        EntityKind::Person,
        EntityKind::Email,
        EntityKind::Phone,
        EntityKind::Address,
        EntityKind::Location,
        EntityKind::Zip,
        EntityKind::IdNumber,
        EntityKind::BankAccount,
        EntityKind::RoutingNumber,
        EntityKind::CreditCard,
        EntityKind::Ssn,
        EntityKind::Iban,
        EntityKind::IpAddress,
        EntityKind::Url,
        EntityKind::Date,
        EntityKind::Cvv,
        EntityKind::CardExpiry,
        EntityKind::DriverLicense,
        EntityKind::Passport,
        EntityKind::MedicalRecord,
        EntityKind::HealthPlan,
        EntityKind::VehicleId,
        EntityKind::DeviceId,
        EntityKind::Number,
    ];

    /// The public name, e.g. `CREDIT_CARD`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Email => "EMAIL",
            EntityKind::Phone => "PHONE",
            EntityKind::Address => "ADDRESS",
            EntityKind::Location => "LOCATION",
            EntityKind::Zip => "ZIP",
            EntityKind::IdNumber => "ID_NUMBER",
            EntityKind::BankAccount => "BANK_ACCOUNT",
            EntityKind::RoutingNumber => "ROUTING_NUMBER",
            EntityKind::CreditCard => "CREDIT_CARD",
            EntityKind::Ssn => "SSN",
            EntityKind::Iban => "IBAN",
            EntityKind::IpAddress => "IP_ADDRESS",
            EntityKind::Url => "URL",
            EntityKind::Date => "DATE",
            EntityKind::Cvv => "CVV",
            EntityKind::CardExpiry => "CARD_EXPIRY",
            EntityKind::DriverLicense => "DRIVER_LICENSE",
            EntityKind::Passport => "PASSPORT",
            EntityKind::MedicalRecord => "MEDICAL_RECORD",
            EntityKind::HealthPlan => "HEALTH_PLAN",
            EntityKind::VehicleId => "VEHICLE_ID",
            EntityKind::DeviceId => "DEVICE_ID",
            EntityKind::Number => "NUMBER",
        }
    }

    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s))
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which detector found an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DetectorKind {
    /// The ONNX token-classification model.
    Ner,
    /// A rule recognizer, named (e.g. `credit_card`).
    Rule(&'static str),
}

impl std::fmt::Display for DetectorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DetectorKind::Ner => f.write_str("ner"),
            DetectorKind::Rule(name) => write!(f, "rule:{name}"),
        }
    }
}

/// A detected entity: a kind, the words it covers (indices into the words the detector was
/// given) and a confidence in `[0, 1]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    pub words: Range<usize>,
    pub score: f32,
    pub detector: DetectorKind,
}
