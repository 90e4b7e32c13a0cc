//! G.711 companding (μ-law and A-law), the sample formats of most telephony: 8-bit codes
//! expanded to 16-bit linear PCM as ITU-T G.711 defines them.
//!
//! A table per law, built at compile time, so decoding a stream costs one lookup per sample.
//! Owns the code-to-sample expansion only.

/// The companding law of 8-bit telephony samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Law {
    /// North America and Japan.
    Mu,
    /// Europe and most other international links.
    A,
}

impl Law {
    /// The linear 16-bit sample a code stands for.
    pub fn decode(self, code: u8) -> i16 {
        match self {
            Law::Mu => MU[code as usize],
            Law::A => A[code as usize],
        }
    }

    /// The code as a sample in [-1, 1).
    pub fn decode_f32(self, code: u8) -> f32 {
        f32::from(self.decode(code)) / 32768.0
    }
}

const fn mu_to_linear(code: u8) -> i16 {
    let u = !code;
    let t = ((((u & 0x0f) as i32) << 3) + 0x84) << ((u & 0x70) >> 4);
    (if u & 0x80 != 0 { 0x84 - t } else { t - 0x84 }) as i16
}

const fn a_to_linear(code: u8) -> i16 {
    let a = code ^ 0x55;
    let mut t = ((a & 0x0f) as i32) << 4;
    let seg = (a & 0x70) >> 4;
    t = match seg {
        0 => t + 8,
        _ => (t + 0x108) << (seg - 1),
    };
    (if a & 0x80 != 0 { t } else { -t }) as i16
}

const fn table(law: Law) -> [i16; 256] {
    let mut out = [0i16; 256];
    let mut i = 0;
    while i < 256 {
        out[i] = match law {
            Law::Mu => mu_to_linear(i as u8),
            Law::A => a_to_linear(i as u8),
        };
        i += 1;
    }
    out
}

static MU: [i16; 256] = table(Law::Mu);
static A: [i16; 256] = table(Law::A);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mu_law_reference_values() {
        // ITU-T G.711 μ-law: 0xFF and 0x7F are the two zeros, 0x80/0x00 full scale.
        assert_eq!(Law::Mu.decode(0xff), 0);
        assert_eq!(Law::Mu.decode(0x7f), 0);
        assert_eq!(Law::Mu.decode(0x80), 32124);
        assert_eq!(Law::Mu.decode(0x00), -32124);
        assert_eq!(Law::Mu.decode(0xfe), -(Law::Mu.decode(0x7e)));
        // Exponent 1, mantissa 0: (0x84 << 1) - 0x84.
        assert_eq!(Law::Mu.decode(0xef), 132);
    }

    #[test]
    fn a_law_reference_values() {
        // ITU-T G.711 A-law: 0xD5/0x55 are the smallest steps, 0xAA/0x2A full scale.
        assert_eq!(Law::A.decode(0xd5), 8);
        assert_eq!(Law::A.decode(0x55), -8);
        assert_eq!(Law::A.decode(0xaa), 32256);
        assert_eq!(Law::A.decode(0x2a), -32256);
    }

    #[test]
    fn both_laws_are_odd_symmetric_and_monotonic_per_sign() {
        for law in [Law::Mu, Law::A] {
            let mut positives: Vec<i16> = (0..=255u8)
                .map(|c| law.decode(c))
                .filter(|&v| v > 0)
                .collect();
            positives.sort_unstable();
            positives.dedup();
            let mut negatives: Vec<i16> = (0..=255u8)
                .map(|c| -law.decode(c))
                .filter(|&v| v > 0)
                .collect();
            negatives.sort_unstable();
            negatives.dedup();
            assert_eq!(positives, negatives, "{law:?}");
            assert!(
                positives.len() >= 127,
                "{law:?}: {} levels",
                positives.len()
            );
        }
    }
}
