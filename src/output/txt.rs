//! Plain-text renderer: one redacted segment per line.

use super::Transcript;

pub fn render(t: &Transcript) -> Vec<u8> {
    let mut s = String::new();
    for seg in &t.segments {
        s.push_str(seg.text.trim());
        s.push('\n');
    }
    s.into_bytes()
}
