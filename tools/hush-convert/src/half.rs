//! IEEE 754 half-precision conversions, bit-exact and dependency-free.
//!
//! The converter needs f16 → f32 (exact) for the small tensors whisper.cpp wants in f32, and
//! f32 → f16 (round to nearest, ties to even, as numpy's `astype(float16)` does) only when a
//! CTranslate2 model was saved in f32. Both must be deterministic so the converted file's
//! sha256 is reproducible on every machine.

/// Widens an f16 bit pattern to f32. Every f16 value is exactly representable in f32.
pub(crate) fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h >> 15) << 31;
    let exp = u32::from((h >> 10) & 0x1f);
    let man = u32::from(h & 0x3ff);
    let bits = match (exp, man) {
        (0, 0) => sign,
        (0, _) => {
            // Subnormal: shift the mantissa up until its leading 1 reaches the implicit bit.
            let mut e: u32 = 127 - 15 + 1;
            let mut m = man;
            while m & 0x400 == 0 {
                m <<= 1;
                e -= 1;
            }
            sign | (e << 23) | ((m & 0x3ff) << 13)
        }
        (0x1f, _) => sign | 0x7f80_0000 | (man << 13),
        _ => sign | ((exp + 127 - 15) << 23) | (man << 13),
    };
    f32::from_bits(bits)
}

/// Narrows an f32 to the nearest f16 bit pattern (ties to even; overflow to infinity).
pub(crate) fn f32_to_f16(x: f32) -> u16 {
    let x = x.to_bits();
    let sign = (x >> 16) & 0x8000;
    let exp = ((x >> 23) & 0xff) as i32;
    let man = x & 0x007f_ffff;

    if exp == 0xff {
        // Inf stays inf; NaN keeps its top payload bits and stays a (quiet) NaN.
        let quiet = if man == 0 { 0 } else { 0x0200 };
        return (sign | 0x7c00 | quiet | (man >> 13)) as u16;
    }
    let half_exp = exp - 127 + 15;
    if half_exp >= 0x1f {
        return (sign | 0x7c00) as u16;
    }
    if half_exp <= 0 {
        // Result is subnormal (or zero) in f16.
        if 14 - half_exp > 24 {
            return sign as u16;
        }
        let man = man | 0x0080_0000;
        let shift = (14 - half_exp) as u32;
        let mut half_man = man >> shift;
        let round_bit = 1u32 << (shift - 1);
        if man & round_bit != 0 && man & (3 * round_bit - 1) != 0 {
            half_man += 1;
        }
        return (sign | half_man) as u16;
    }
    let bits = sign | ((half_exp as u32) << 10) | (man >> 13);
    let round_bit = 0x1000;
    // A carry out of the mantissa correctly bumps the exponent (and can reach infinity).
    if man & round_bit != 0 && man & (3 * round_bit - 1) != 0 {
        (bits + 1) as u16
    } else {
        bits as u16
    }
}

/// Widens a bfloat16 bit pattern to f32 (bf16 is the top half of an f32).
pub(crate) fn bf16_to_f32(b: u16) -> f32 {
    f32::from_bits(u32::from(b) << 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_f16_round_trips_through_f32() {
        for h in 0..=u16::MAX {
            let f = f16_to_f32(h);
            if f.is_nan() {
                assert!(f16_to_f32(f32_to_f16(f)).is_nan());
            } else {
                assert_eq!(f32_to_f16(f), h, "pattern {h:#06x} -> {f}");
            }
        }
    }

    #[test]
    fn known_values() {
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x7bff), 65504.0);
        assert_eq!(f16_to_f32(0x0001), 2f32.powi(-24));
        assert_eq!(f16_to_f32(0x7c00), f32::INFINITY);
        assert_eq!(f32_to_f16(1.0e6), 0x7c00);
        assert_eq!(f32_to_f16(1.0e-9), 0x0000);
        assert_eq!(bf16_to_f32(0x3f80), 1.0);
    }

    #[test]
    fn rounds_to_nearest_even() {
        // 1 + 2^-11 lies exactly between 1.0 (even) and 1 + 2^-10: ties go to even.
        assert_eq!(f32_to_f16(1.0 + 2f32.powi(-11)), 0x3c00);
        // 1 + 3 * 2^-11 lies between 1 + 2^-10 (odd) and 1 + 2^-9 (even).
        assert_eq!(f32_to_f16(1.0 + 3.0 * 2f32.powi(-11)), 0x3c02);
        // Just above the tie rounds up.
        assert_eq!(f32_to_f16(1.0 + 2f32.powi(-11) + 2f32.powi(-20)), 0x3c01);
        // Subnormal tie: 1.5 * 2^-24 rounds to 2 * 2^-24 (even).
        assert_eq!(f32_to_f16(1.5 * 2f32.powi(-24)), 0x0002);
    }
}
