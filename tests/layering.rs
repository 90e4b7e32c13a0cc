//! The library's layering stays one-way: audio → transcribe → detect → redact → retention →
//! output (sinks), with runtime and the CLI on top, and the base modules (error, compute, files,
//! models, onnx) usable by all. This test reads every `crate::` path in each module's files and fails on an
//! upward import, so the layering cannot rot quietly.

use std::collections::BTreeMap;
use std::path::Path;

/// Rank of each top-level module: a module may use only modules of a lower rank (or its own).
const LAYERS: &[(&str, u32)] = &[
    ("error", 0),
    ("compute", 0),
    ("files", 0),
    ("models", 0),
    ("onnx", 0),
    ("audio", 1),
    ("transcribe", 2),
    ("detect", 3),
    ("redact", 4),
    ("retention", 5),
    ("output", 6),
    ("runtime", 7),
    ("batch", 7),
    ("app", 8),
    ("lib", 8),
];

fn rank(module: &str) -> Option<u32> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Top-level modules named by `crate::x` paths and `use crate::{x, y::z}` groups.
fn crate_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            // Top-level names in the group: split at commas outside nested braces.
            let mut depth = 0;
            let mut name = String::new();
            let mut at_start = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        at_start = true;
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 && at_start {
                    if c.is_alphanumeric() || c == '_' {
                        name.push(c);
                    } else if !name.is_empty() {
                        out.push(std::mem::take(&mut name));
                        at_start = false;
                    }
                }
            }
            if !name.is_empty() {
                out.push(name);
            }
        } else {
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
        rest = after;
    }
    out
}

#[test]
fn no_module_imports_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut violations: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut checked = 0;
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "main" || module == "cli" {
            continue; // the binary uses the library through `hush::`, from the top
        }
        let Some(own) = rank(&module) else {
            panic!(
                "src/{} is not in a layer: add `{module}` to LAYERS",
                rel.display()
            );
        };
        // Code only: comments and docs may name any module.
        let text: String = std::fs::read_to_string(f)
            .unwrap()
            .lines()
            .map(|l| format!("{}\n", l.split("//").next().unwrap_or_default()))
            .collect();
        for r in crate_refs(&text) {
            checked += 1;
            if r == module || r == "Error" || r == "Result" {
                continue;
            }
            match rank(&r) {
                Some(other) if other <= own => {}
                _ => violations
                    .entry(format!("src/{}", rel.display()))
                    .or_default()
                    .push(format!("{module} → {r}")),
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} crate:: paths found: is the parser broken?"
    );
    assert!(
        violations.is_empty(),
        "upward imports (a module may only use the layers below it):\n{violations:#?}"
    );
}

#[test]
fn the_parser_sees_grouped_and_nested_imports() {
    let refs = crate_refs(
        "use crate::audio::X;\nuse crate::{detect::{A, B}, redact::C};\nlet x = crate::output::f();",
    );
    assert_eq!(refs, ["audio", "detect", "redact", "output"]);
}
