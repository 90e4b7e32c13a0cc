//! IPv4 addresses: a dotted quad (typed, or spoken "one nine two dot one six eight …") whose
//! octets are all 0–255. Version numbers share the shape, so the score is moderate without a cue.

use super::{entity, near, score, tokens, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::ipv4;
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &[
    "ip", "address", "server", "host", "router", "gateway", "dns", "subnet", "vpn",
];

pub struct IpAddress;

impl Recognizer for IpAddress {
    fn name(&self) -> &'static str {
        "ip_address"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for t in tokens(text).filter(|t| ipv4(t.text)) {
            let s = score(near(text, &t.bytes, CUES), 0.6, 0.9);
            out.push(entity(text, t.bytes, EntityKind::IpAddress, self.name(), s));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn typed_and_spoken() {
        let e = one(
            IpAddress,
            "the server is 10.0.0.254.",
            EntityKind::IpAddress,
        );
        assert_eq!((e.words, e.score), (3..4, 0.9));
        let e = one(
            IpAddress,
            "it was one nine two dot one six eight dot one dot twenty ok",
            EntityKind::IpAddress,
        );
        assert_eq!((e.words, e.score), (2..13, 0.6));
    }

    #[test]
    fn invalid_octets_and_other_shapes() {
        none(IpAddress, "ip 256.1.1.1");
        none(IpAddress, "ip 1.2.3");
        none(IpAddress, "ip 01.2.3.4");
        none(IpAddress, "pi is 3.14159");
    }
}
