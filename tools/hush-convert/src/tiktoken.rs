//! Reader for Whisper's `*.tiktoken` token tables.
//!
//! Each line is `<base64 token bytes> <rank>`. whisper.cpp assigns token ids by position in the
//! GGML token table, so we insist that ranks run 0, 1, 2, ... in file order: a reordered table
//! would silently turn every transcript into the wrong words.

use base64::Engine;

/// Parses a tiktoken table into the raw bytes of each token, indexed by rank.
pub(crate) fn parse_tiktoken(text: &str) -> std::result::Result<Vec<Vec<u8>>, String> {
    let engine = base64::engine::general_purpose::STANDARD;
    let mut tokens = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let lineno = i + 1;
        let mut parts = line.split_whitespace();
        let (Some(b64), Some(rank), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("line {lineno}: expected `<base64> <rank>`"));
        };
        let rank: usize = rank
            .parse()
            .map_err(|_| format!("line {lineno}: bad rank {rank:?}"))?;
        if rank != tokens.len() {
            return Err(format!(
                "line {lineno}: rank {rank} out of order (expected {})",
                tokens.len()
            ));
        }
        // multilingual.tiktoken encodes one empty token as a bare "=", which Python's lenient
        // b64decode (used by whisper.cpp's converter) reads as b"".
        let bytes = if b64.bytes().all(|b| b == b'=') {
            Vec::new()
        } else {
            engine
                .decode(b64)
                .map_err(|e| format!("line {lineno}: bad base64: {e}"))?
        };
        tokens.push(bytes);
    }
    if tokens.is_empty() {
        return Err("no tokens".into());
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_tokens_in_rank_order() {
        // "IQ==" is "!", "IA==" is " ", "IGhlbGxv" is " hello".
        let t = parse_tiktoken("IQ== 0\nIA== 1\r\n\nIGhlbGxv 2\n").unwrap();
        assert_eq!(t, vec![b"!".to_vec(), b" ".to_vec(), b" hello".to_vec()]);
    }

    #[test]
    fn bare_padding_is_the_empty_token() {
        let t = parse_tiktoken("IQ== 0\n= 1\n").unwrap();
        assert_eq!(t, vec![b"!".to_vec(), Vec::new()]);
    }

    #[test]
    fn keeps_non_utf8_bytes() {
        let t = parse_tiktoken("/w== 0\n").unwrap();
        assert_eq!(t, vec![vec![0xff]]);
    }

    #[test]
    fn rejects_malformed_tables() {
        assert!(parse_tiktoken("").unwrap_err().contains("no tokens"));
        assert!(parse_tiktoken("IQ== 1\n")
            .unwrap_err()
            .contains("out of order"));
        assert!(parse_tiktoken("IQ==\n").unwrap_err().contains("expected"));
        assert!(parse_tiktoken("!!! 0\n").unwrap_err().contains("base64"));
        assert!(parse_tiktoken("IQ== x\n").unwrap_err().contains("bad rank"));
    }
}
