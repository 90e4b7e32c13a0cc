//! hush must not be able to send data anywhere: no HTTP client crate may be linked.

#[test]
fn cargo_lock_has_no_http_client() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock");
    let banned = [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "attohttpc",
        "surf",
        "hf-hub",
        "h2",
        "native-tls",
        "rustls",
    ];
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert!(names.contains(&"hush"), "Cargo.lock looks wrong");
    for b in banned {
        assert!(
            !names.contains(&b),
            "Cargo.lock contains the network crate {b}"
        );
    }
}
