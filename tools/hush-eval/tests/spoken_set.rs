//! The spoken set as a regression check: the numeric kinds that must never leak (cards and their
//! codes, SSNs, phone numbers, e-mail addresses, bank accounts and routing numbers) are redacted
//! from real recordings, wideband and telephone, through the whole pipeline.
//!
//! Runs `hush-eval speech` on a fixed subset (12 utterances × 2 variants, about 30–60 s) and reads
//! the JSON it writes, so the test fails on a leak and cannot pass by scoring nothing. Uses the
//! real models and recordings of the repository root (two levels above this crate).

use std::path::PathBuf;
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The built `hush-eval` binary, pointed at the repository's models.
fn hush_eval() -> Command {
    let models = repo().join("models");
    assert!(
        models.join("ggml-tiny.en.bin").exists(),
        "models are not installed in {}: run scripts/setup first",
        models.display()
    );
    let mut c = Command::new(env!("CARGO_BIN_EXE_hush-eval"));
    c.env("HUSH_MODELS_DIR", models);
    c.env_remove("RUST_LOG");
    c
}

/// Utterances of samples/spoken covering every kind in [`KINDS`], chosen once and kept fixed so
/// results compare across changes.
const IDS: &[&str] = &[
    "card_combo_expiry_cvv_10",      // CREDIT_CARD, CARD_EXPIRY, CVV
    "card_pairs_03",                 // CREDIT_CARD said in pairs
    "card_digits_02",                // tel: "a Visa" heard as "Avisa", a digit dropped
    "card_combo_expiry_12",          // tel: the card heard as three sentences of digits
    "cvv_security_code_01",          // CVV
    "ssn_double_02",                 // SSN with "double"
    "combo_person_ssn_02",           // PERSON, SSN
    "phone_triple_02",               // PHONE with "triple"
    "combo_phone_email_04",          // PHONE, EMAIL
    "email_underscore_02",           // EMAIL with "underscore"
    "bank_combo_routing_account_10", // ROUTING_NUMBER, BANK_ACCOUNT
    "bank_routing_07",               // ROUTING_NUMBER
];

const KINDS: &[&str] = &[
    "CREDIT_CARD",
    "CVV",
    "SSN",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "ROUTING_NUMBER",
];

/// At least this many items of [`KINDS`] must be scored over both variants.
const MIN_ITEMS: u64 = 20;

#[test]
fn numeric_kinds_do_not_leak_from_the_spoken_set() {
    let set = repo().join("samples/spoken");
    assert!(
        set.join("manifest.json").exists(),
        "samples/spoken/manifest.json is missing (scripts/make-spoken-set)"
    );
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("speech.json");
    let out = hush_eval()
        .args(["speech", "--quiet", "--variant", "both", "--set"])
        .arg(&set)
        .arg("--ids")
        .arg(IDS.join(","))
        .arg("--fail-on-leak")
        .arg(KINDS.join(","))
        .arg("--json")
        .arg(&json)
        .output()
        .unwrap();
    // The report holds ids and counts only, so it is safe to show on failure.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "hush-eval speech failed ({:?}):\n{stdout}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let variants = report["variants"].as_array().unwrap();
    assert_eq!(variants.len(), 2, "wb and tel");
    let mut scored = 0;
    for v in variants {
        assert_eq!(v["utterances"].as_u64(), Some(IDS.len() as u64), "{stdout}");
        let rows = v["families"].as_array().unwrap();
        for kind in KINDS {
            let row = rows
                .iter()
                .find(|r| r["family"] == *kind)
                .unwrap_or_else(|| panic!("no {kind} item among the ids:\n{stdout}"));
            assert_eq!(
                row["leaked"], 0,
                "{} {kind} leaked:\n{stdout}",
                v["variant"]
            );
            scored += row["gold"].as_u64().unwrap() - row["unchecked"].as_u64().unwrap();
        }
    }
    assert!(
        scored >= MIN_ITEMS,
        "only {scored} items of {KINDS:?} were checked:\n{stdout}"
    );
}
