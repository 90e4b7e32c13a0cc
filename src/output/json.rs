//! JSON renderer (schema in the README, versioned by [`super::SCHEMA_VERSION`]).

use serde::Serialize;

use super::{Transcript, SCHEMA_VERSION};

#[derive(Serialize)]
struct Doc<'a> {
    schema: &'static str,
    version: u32,
    #[serde(flatten)]
    transcript: &'a Transcript,
}

pub fn render(t: &Transcript) -> Vec<u8> {
    let doc = Doc {
        schema: "hush.transcript",
        version: SCHEMA_VERSION,
        transcript: t,
    };
    let mut v = serde_json::to_vec_pretty(&doc).expect("transcript serializes");
    v.push(b'\n');
    v
}
