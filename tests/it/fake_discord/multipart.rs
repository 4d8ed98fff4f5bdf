//! Reading the multipart bodies serenity sends when a message carries files: the JSON part as
//! the recorded body, and what each file was.

use serde_json::{json, Value};

/// A multipart body as serenity sends one with files: its `payload_json`, with each file's
/// name, size and whether it is a PNG under `_files`. `None` for any other body.
pub(super) fn multipart_json(content_type: &str, body: &[u8]) -> Option<Value> {
    let boundary = content_type
        .strip_prefix("multipart/form-data")?
        .split("boundary=")
        .nth(1)?
        .trim_matches('"');
    let delim = format!("--{boundary}");
    let mut payload = Value::Null;
    let mut files = Vec::new();
    for part in split_on(body, delim.as_bytes()) {
        let Some(head_end) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..head_end]);
        let content = &part[head_end + 4..];
        let content = content.strip_suffix(b"\r\n").unwrap_or(content);
        if head.contains("name=\"payload_json\"") {
            payload = serde_json::from_slice(content).unwrap_or(Value::Null);
        } else if let Some(rest) = head.split("filename=\"").nth(1) {
            files.push(json!({
                "filename": rest.split('"').next().unwrap_or_default(),
                "size": content.len(),
                "png": content.starts_with(b"\x89PNG\r\n\x1a\n"),
            }));
        }
    }
    if let Some(obj) = payload.as_object_mut() {
        obj.insert("_files".into(), json!(files));
    }
    Some(payload)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The pieces of `body` between occurrences of `delim`.
fn split_on<'a>(body: &'a [u8], delim: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(at) = find(rest, delim) {
        parts.push(&rest[..at]);
        rest = &rest[at + delim.len()..];
    }
    parts.push(rest);
    parts
}
