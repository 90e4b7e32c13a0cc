//! Seams of a live stream: every kind of personal data in the spoken set, split across two
//! utterances (a pause inside the value) and across the two speakers of a call (the agent asks,
//! the caller answers in pieces), streamed through `hush stream`, leaks nothing in the JSON Lines
//! hush prints as it goes, and the lines come in time order.
//!
//! Runs `hush-eval stream` (unpaced, so it takes as long as hush needs) on one utterance per
//! kind and reads the JSON report it writes, so the test fails on a leak and cannot pass by
//! scoring nothing.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One utterance with a single item for each kind the spoken set has.
const IDS: &str = "card_digits_01,cvv_security_code_01,expiry_month_year_01,ssn_digits_01,\
phone_digits_01,email_initial_01,bank_account_01,bank_routing_06,iban_gb_01,zip_digits_01,\
dob_born_01,address_common_01,dl_letter_01,passport_digits_01,id_customer_01,medical_mrn_01,\
health_member_01,person_calling_01";

fn stream(layout: &str, variant: &str) -> Value {
    let models = repo().join("models");
    assert!(
        models.join("ggml-tiny.en.bin").exists(),
        "models are not installed in {}: run scripts/setup first",
        models.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let out = Command::new(env!("CARGO_BIN_EXE_hush-eval"))
        .current_dir(repo())
        .env("HUSH_MODELS_DIR", &models)
        .env_remove("RUST_LOG")
        .args([
            "stream",
            "--layout",
            layout,
            "--variant",
            variant,
            "--ids",
            IDS,
        ])
        .arg("--json")
        .arg(&report)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "hush-eval stream failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap()
}

fn check(r: &Value) {
    let kinds = r["by_kind"].as_object().unwrap();
    assert_eq!(kinds.len(), 18, "every kind scored: {kinds:?}");
    assert!(r["items"].as_u64().unwrap() >= 18);
    assert!(r["lines"].as_u64().unwrap() >= 18);
    assert_eq!(
        r["leaked"].as_array().unwrap().len(),
        0,
        "leaked: {}",
        r["leaked"]
    );
    assert_eq!(r["monotonic"], true);
}

#[test]
fn every_kind_split_across_two_utterances_leaks_nothing_live() {
    check(&stream("seams", "wb"));
}

#[test]
fn a_telephone_call_answered_in_pieces_on_the_other_channel_leaks_nothing_live() {
    // 8 kHz G.711 μ-law, two channels: the agent's question is the cue for the caller's value.
    check(&stream("call", "tel"));
}
