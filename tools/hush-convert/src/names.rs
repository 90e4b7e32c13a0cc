//! Tensor naming: CTranslate2 WhisperSpec variables → whisper.cpp (OpenAI PyTorch) tensors.
//!
//! CTranslate2 fuses attention projections by rows: self-attention `linear_0` is q, k, v stacked
//! and cross-attention `linear_1` is k, v stacked. whisper.cpp wants them separate, and has no key
//! bias at all. Dropping the key bias is exact: it adds `q·b_k` to every logit of a query, which is
//! constant across keys, and softmax is invariant to that (CTranslate2 stores zeros there anyway).

/// One output tensor produced from (part of) a CTranslate2 variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mapping {
    pub ggml: String,
    /// Which equal row block of the source this is, out of how many (`(0, 1)` = the whole thing).
    pub part: usize,
    pub parts: usize,
}

fn whole(name: String) -> Vec<Mapping> {
    vec![Mapping {
        ggml: name,
        part: 0,
        parts: 1,
    }]
}

/// Splits a fused projection into its row blocks. `names[i]` is `None` for a dropped block.
fn fused(prefix: &str, leaf: &str, names: &[Option<&str>]) -> Vec<Mapping> {
    names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            n.map(|n| Mapping {
                ggml: format!("{prefix}.{n}.{leaf}"),
                part: i,
                parts: names.len(),
            })
        })
        .collect()
}

/// Maps one CTranslate2 tensor variable to the whisper.cpp tensors it becomes.
///
/// Scalars (hyperparameters) are not passed here. Returns an error for names we do not know, so
/// a change in the CTranslate2 spec fails loudly instead of yielding a model that cannot load.
pub(crate) fn map_name(ct2: &str) -> Result<Vec<Mapping>, String> {
    let unknown = || format!("unexpected CTranslate2 variable {ct2:?}");
    let parts: Vec<&str> = ct2.split('/').collect();
    let (side, rest) = match parts.split_first() {
        Some((&s @ ("encoder" | "decoder"), rest)) => (s, rest),
        _ => return Err(unknown()),
    };
    // `gamma`/`beta` are LayerNorm's scale/shift; PyTorch calls them weight/bias.
    let leaf = |l: &str| -> Result<&'static str, String> {
        match l {
            "weight" | "gamma" => Ok("weight"),
            "bias" | "beta" => Ok("bias"),
            _ => Err(unknown()),
        }
    };
    Ok(match rest {
        [conv @ ("conv1" | "conv2"), l] if side == "encoder" => {
            whole(format!("encoder.{conv}.{}", leaf(l)?))
        }
        ["position_encodings", "encodings"] => whole(format!("{side}.positional_embedding")),
        ["embeddings", "weight"] if side == "decoder" => {
            whole("decoder.token_embedding.weight".into())
        }
        ["layer_norm", l] => {
            let ln = if side == "encoder" { "ln_post" } else { "ln" };
            whole(format!("{side}.{ln}.{}", leaf(l)?))
        }
        [layer, module, sub, l] => {
            let i: usize = layer
                .strip_prefix("layer_")
                .and_then(|n| n.parse().ok())
                .ok_or_else(unknown)?;
            let p = format!("{side}.blocks.{i}");
            let l = leaf(l)?;
            let is_bias = l == "bias";
            match (*module, *sub) {
                ("self_attention", "layer_norm") => whole(format!("{p}.attn_ln.{l}")),
                ("self_attention", "linear_0") => {
                    let key = if is_bias { None } else { Some("key") };
                    fused(
                        &format!("{p}.attn"),
                        l,
                        &[Some("query"), key, Some("value")],
                    )
                }
                ("self_attention", "linear_1") => whole(format!("{p}.attn.out.{l}")),
                ("attention", "layer_norm") if side == "decoder" => {
                    whole(format!("{p}.cross_attn_ln.{l}"))
                }
                ("attention", "linear_0") if side == "decoder" => {
                    whole(format!("{p}.cross_attn.query.{l}"))
                }
                ("attention", "linear_1") if side == "decoder" => {
                    let key = if is_bias { None } else { Some("key") };
                    fused(&format!("{p}.cross_attn"), l, &[key, Some("value")])
                }
                ("attention", "linear_2") if side == "decoder" => {
                    whole(format!("{p}.cross_attn.out.{l}"))
                }
                ("ffn", "layer_norm") => whole(format!("{p}.mlp_ln.{l}")),
                ("ffn", "linear_0") => whole(format!("{p}.mlp.0.{l}")),
                ("ffn", "linear_1") => whole(format!("{p}.mlp.2.{l}")),
                _ => return Err(unknown()),
            }
        }
        _ => return Err(unknown()),
    })
}

/// The layer index of an `encoder/layer_N/...` or `decoder/layer_N/...` variable.
pub(crate) fn layer_index(ct2: &str, side: &str) -> Option<usize> {
    let rest = ct2.strip_prefix(side)?.strip_prefix("/layer_")?;
    rest.split('/').next()?.parse().ok()
}

/// Every tensor whisper.cpp expects, in the order of the PyTorch state dict (which is the order
/// OpenAI's checkpoints and whisper.cpp's own converter use). A fixed order keeps output
/// byte-for-byte reproducible.
pub(crate) fn whisper_tensor_names(n_audio_layer: usize, n_text_layer: usize) -> Vec<String> {
    fn attn(out: &mut Vec<String>, p: &str) {
        for n in [
            "query.weight",
            "query.bias",
            "key.weight",
            "value.weight",
            "value.bias",
            "out.weight",
            "out.bias",
        ] {
            out.push(format!("{p}.{n}"));
        }
    }
    fn pair(out: &mut Vec<String>, p: &str) {
        out.push(format!("{p}.weight"));
        out.push(format!("{p}.bias"));
    }
    let mut v = Vec::new();
    v.push("encoder.positional_embedding".to_string());
    pair(&mut v, "encoder.conv1");
    pair(&mut v, "encoder.conv2");
    for i in 0..n_audio_layer {
        let p = format!("encoder.blocks.{i}");
        attn(&mut v, &format!("{p}.attn"));
        pair(&mut v, &format!("{p}.attn_ln"));
        pair(&mut v, &format!("{p}.mlp.0"));
        pair(&mut v, &format!("{p}.mlp.2"));
        pair(&mut v, &format!("{p}.mlp_ln"));
    }
    pair(&mut v, "encoder.ln_post");
    v.push("decoder.positional_embedding".to_string());
    v.push("decoder.token_embedding.weight".to_string());
    for i in 0..n_text_layer {
        let p = format!("decoder.blocks.{i}");
        attn(&mut v, &format!("{p}.attn"));
        pair(&mut v, &format!("{p}.attn_ln"));
        attn(&mut v, &format!("{p}.cross_attn"));
        pair(&mut v, &format!("{p}.cross_attn_ln"));
        pair(&mut v, &format!("{p}.mlp.0"));
        pair(&mut v, &format!("{p}.mlp.2"));
        pair(&mut v, &format!("{p}.mlp_ln"));
    }
    pair(&mut v, "decoder.ln");
    v
}

/// The row range of block `part` out of `parts` equal blocks of a `rows`-row tensor.
pub(crate) fn split_rows(
    rows: usize,
    part: usize,
    parts: usize,
) -> Result<std::ops::Range<usize>, String> {
    if parts == 0 || part >= parts || !rows.is_multiple_of(parts) {
        return Err(format!(
            "cannot split {rows} rows into {parts} equal blocks"
        ));
    }
    let n = rows / parts;
    Ok(part * n..(part + 1) * n)
}

/// whisper.cpp keeps vectors, conv biases and positional embeddings in f32 (what its own
/// converter does); everything else is f16.
pub(crate) fn wants_f32(ggml_name: &str, n_dims: usize) -> bool {
    n_dims < 2
        || matches!(
            ggml_name,
            "encoder.conv1.bias"
                | "encoder.conv2.bias"
                | "encoder.positional_embedding"
                | "decoder.positional_embedding"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(ct2: &str) -> Vec<(String, usize, usize)> {
        map_name(ct2)
            .unwrap()
            .into_iter()
            .map(|m| (m.ggml, m.part, m.parts))
            .collect()
    }

    #[test]
    fn maps_simple_names() {
        let one = |s: &str| vec![(s.to_string(), 0, 1)];
        assert_eq!(names("encoder/conv1/weight"), one("encoder.conv1.weight"));
        assert_eq!(names("encoder/conv2/bias"), one("encoder.conv2.bias"));
        assert_eq!(
            names("encoder/position_encodings/encodings"),
            one("encoder.positional_embedding")
        );
        assert_eq!(
            names("decoder/position_encodings/encodings"),
            one("decoder.positional_embedding")
        );
        assert_eq!(
            names("decoder/embeddings/weight"),
            one("decoder.token_embedding.weight")
        );
        assert_eq!(
            names("encoder/layer_norm/gamma"),
            one("encoder.ln_post.weight")
        );
        assert_eq!(names("decoder/layer_norm/beta"), one("decoder.ln.bias"));
        assert_eq!(
            names("encoder/layer_3/self_attention/layer_norm/gamma"),
            one("encoder.blocks.3.attn_ln.weight")
        );
        assert_eq!(
            names("encoder/layer_0/self_attention/linear_1/bias"),
            one("encoder.blocks.0.attn.out.bias")
        );
        assert_eq!(
            names("decoder/layer_1/attention/layer_norm/beta"),
            one("decoder.blocks.1.cross_attn_ln.bias")
        );
        assert_eq!(
            names("decoder/layer_1/attention/linear_0/weight"),
            one("decoder.blocks.1.cross_attn.query.weight")
        );
        assert_eq!(
            names("decoder/layer_1/attention/linear_2/bias"),
            one("decoder.blocks.1.cross_attn.out.bias")
        );
        assert_eq!(
            names("decoder/layer_2/ffn/layer_norm/gamma"),
            one("decoder.blocks.2.mlp_ln.weight")
        );
        assert_eq!(
            names("decoder/layer_2/ffn/linear_0/weight"),
            one("decoder.blocks.2.mlp.0.weight")
        );
        assert_eq!(
            names("encoder/layer_11/ffn/linear_1/bias"),
            one("encoder.blocks.11.mlp.2.bias")
        );
    }

    #[test]
    fn splits_fused_attention_and_drops_key_bias() {
        assert_eq!(
            names("encoder/layer_0/self_attention/linear_0/weight"),
            vec![
                ("encoder.blocks.0.attn.query.weight".into(), 0, 3),
                ("encoder.blocks.0.attn.key.weight".into(), 1, 3),
                ("encoder.blocks.0.attn.value.weight".into(), 2, 3),
            ]
        );
        assert_eq!(
            names("decoder/layer_0/self_attention/linear_0/bias"),
            vec![
                ("decoder.blocks.0.attn.query.bias".into(), 0, 3),
                ("decoder.blocks.0.attn.value.bias".into(), 2, 3)
            ]
        );
        assert_eq!(
            names("decoder/layer_5/attention/linear_1/weight"),
            vec![
                ("decoder.blocks.5.cross_attn.key.weight".into(), 0, 2),
                ("decoder.blocks.5.cross_attn.value.weight".into(), 1, 2)
            ]
        );
        assert_eq!(
            names("decoder/layer_5/attention/linear_1/bias"),
            vec![("decoder.blocks.5.cross_attn.value.bias".into(), 1, 2)]
        );
    }

    #[test]
    fn rejects_unknown_names() {
        for bad in [
            "encoder/attention/linear_0/weight",
            "encoder/layer_0/attention/linear_0/weight",
            "decoder/conv1/weight",
            "decoder/layer_x/ffn/linear_0/weight",
            "decoder/layer_0/ffn/linear_0/scale",
            "decoder/layer_0/ffn/linear_9/weight",
            "other/thing",
        ] {
            assert!(map_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn canonical_names_cover_every_mapping_once() {
        let names = whisper_tensor_names(4, 4);
        // whisper.cpp's tiny model: 7 + 4*15 encoder tensors, 4 + 4*24 decoder tensors.
        assert_eq!(names.len(), 167);
        let unique: std::collections::BTreeSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
        assert_eq!(names[0], "encoder.positional_embedding");
        assert_eq!(names.last().unwrap(), "decoder.ln.bias");
        assert_eq!(whisper_tensor_names(6, 6).len(), 7 + 6 * 15 + 4 + 6 * 24);
    }

    #[test]
    fn layer_indices() {
        assert_eq!(
            layer_index("encoder/layer_12/ffn/linear_0/weight", "encoder"),
            Some(12)
        );
        assert_eq!(
            layer_index("encoder/layer_12/ffn/linear_0/weight", "decoder"),
            None
        );
        assert_eq!(layer_index("encoder/layer_norm/gamma", "encoder"), None);
    }

    #[test]
    fn row_splits() {
        assert_eq!(split_rows(1152, 0, 3).unwrap(), 0..384);
        assert_eq!(split_rows(1152, 2, 3).unwrap(), 768..1152);
        assert_eq!(split_rows(768, 1, 2).unwrap(), 384..768);
        assert_eq!(split_rows(10, 0, 1).unwrap(), 0..10);
        assert!(split_rows(10, 0, 3).is_err());
        assert!(split_rows(9, 3, 3).is_err());
    }

    #[test]
    fn f32_tensors() {
        assert!(wants_f32("encoder.blocks.0.attn_ln.weight", 1));
        assert!(wants_f32("encoder.conv1.bias", 2));
        assert!(wants_f32("decoder.positional_embedding", 2));
        assert!(!wants_f32("encoder.conv1.weight", 3));
        assert!(!wants_f32("decoder.token_embedding.weight", 2));
    }
}
