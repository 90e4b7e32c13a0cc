//! Plain-text renderer: one redacted segment per line, in time order, prefixed with the speaker
//! (`channel_0: ...`) when the channels of a call were transcribed apart.

use super::Transcript;

pub fn render(t: &Transcript) -> Vec<u8> {
    let mut s = String::new();
    for seg in &t.segments {
        if let Some(sp) = &seg.speaker {
            s.push_str(sp);
            s.push_str(": ");
        }
        s.push_str(seg.text.trim());
        s.push('\n');
    }
    s.into_bytes()
}
